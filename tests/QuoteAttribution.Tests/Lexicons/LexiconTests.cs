using NUnit.Framework;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Tests.Lexicons;

public sealed class LexiconTests
{
    private static readonly string[] EntityLexicons =
        ["titles.txt", "roles.txt", "organizations.txt", "anonymous.txt", "countries.txt", "first-names.txt"];

    private static IEnumerable<string> Files() => Lexicon.Files();

    [Test]
    public void EmbeddedFiles_IncludeEveryEntityLexicon()
    {
        Assert.That(Lexicon.Files(), Is.SupersetOf(EntityLexicons));
    }

    [TestCaseSource(nameof(Files))]
    public void Entries_AreLowerCaseTrimmedAndUnique(string file)
    {
        IReadOnlyList<string> entries = Lexicon.ReadEntries(file);

        Assert.That(entries, Is.Not.Empty);
        Assert.That(entries, Is.All.Matches<string>(e => string.Equals(e, e.ToLowerInvariant(), StringComparison.Ordinal)), "lower-case");
        Assert.That(entries, Is.All.Matches<string>(e => e == e.Trim() && !e.Contains("  ", StringComparison.Ordinal)), "trimmed");
        Assert.That(entries, Is.Unique, "unique");
    }

    [TestCaseSource(nameof(Files))]
    public void MapEntries_HaveNoSpaceAroundEquals(string file)
    {
        Assert.That(
            Lexicon.ReadEntries(file),
            Is.All.Matches<string>(e => !e.Contains(" =", StringComparison.Ordinal) && !e.Contains("= ", StringComparison.Ordinal)));
    }

    [TestCase("titles.txt", "Prime Minister")]
    [TestCase("titles.txt", "maj. gen.")]
    [TestCase("organizations.txt", "WHITE HOUSE")]
    public void Load_ContainsEntry_IgnoringCase(string file, string entry)
    {
        Assert.That(Lexicon.Load(file).Contains(entry), Is.True);
    }

    [Test]
    public void Load_SkipsCommentsAndBlankLines()
    {
        Assert.That(Lexicon.Load("titles.txt").Any(e => e.StartsWith('#') || e.Length == 0), Is.False);
    }

    [Test]
    public void LoadMap_SplitsKeyAndValue_AndMapsBareLinesToThemselves()
    {
        var countries = Lexicon.LoadMap("countries.txt");

        Assert.That(countries["Chinese"], Is.EqualTo("china"));
        Assert.That(countries["u.s."], Is.EqualTo("u.s."));
    }

    [Test]
    public void Honorifics_AreAllTitles()
    {
        Assert.That(Lexicon.Load("honorifics.txt"), Is.SubsetOf(Lexicon.Load("titles.txt")));
    }

    [Test]
    public void FirstNames_HaveHundredsOfEachGender()
    {
        var names = Lexicon.LoadMap("first-names.txt");

        Assert.That(names.Values.Count(v => v == "m"), Is.GreaterThan(250));
        Assert.That(names.Values.Count(v => v == "f"), Is.GreaterThan(200));
        Assert.That(names.Values, Is.All.Matches<string>(v => v is "m" or "f"));
    }

    [Test]
    public void Countries_HaveMoreThanAHundredCountries()
    {
        var countries = Lexicon.LoadMap("countries.txt");

        Assert.That(countries.Values.Distinct(StringComparer.Ordinal).Count(), Is.GreaterThan(100));
    }

    [Test]
    public void Load_UnknownFile_Throws()
    {
        Assert.That(() => Lexicon.Load("no-such.txt"), Throws.ArgumentException);
    }
}
