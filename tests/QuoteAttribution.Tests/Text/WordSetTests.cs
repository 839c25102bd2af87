using System.Collections.Frozen;
using NUnit.Framework;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Text;

public sealed class WordSetTests
{
    private static readonly string[] Probes =
    [
        "", "a", "A", "the", "The", "said", "SAID", "mayor", "Mayor", "MAYOR", "deputy mayor", "Deputy Mayor", "straße", "STRASSE",
        "naïve", "NAÏVE", "K\u212Aelvin", "ſay", "say", "x", "harbour", "Harbour-master", "o'neill", "O'NEILL", "1990s",
    ];

    [Test]
    public void CaseInsensitiveList_AnswersAsTheFrozenSetDoes()
    {
        FrozenSet<string> frozen = new[] { "a", "mayor", "deputy mayor", "naïve", "say", "o'neill", "harbour" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        WordSet set = new(frozen);

        Assert.That(Probes.Select(p => set.Contains(p)), Is.EqualTo(Probes.Select(frozen.Contains)));
    }

    [Test]
    public void CaseSensitiveList_AnswersAsTheFrozenSetDoes()
    {
        FrozenSet<string> frozen = new[] { "Mayor", "said", "SAID", "x", "", "straße" }.ToFrozenSet(StringComparer.Ordinal);
        WordSet set = new(frozen);

        Assert.That(Probes.Select(p => set.Contains(p)), Is.EqualTo(Probes.Select(frozen.Contains)));
    }

    [Test]
    public void ThousandWordList_FindsEveryWordInAnyCaseAndNoOther()
    {
        string[] words = [.. Enumerable.Range(0, 1000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        WordSet set = new(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

        Assert.That(words.All(w => set.Contains(w) && set.Contains(w.ToUpperInvariant())), Is.True);
        Assert.That(Enumerable.Range(1000, 1000).Count(i => set.Contains("word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))), Is.Zero);
    }

    [Test]
    public void Map_AnswersAsTheFrozenDictionaryDoes()
    {
        FrozenDictionary<string, string> frozen = new Dictionary<string, string> { ["she"] = "f", ["he"] = "m", ["they"] = "p", ["Mayor"] = "x" }
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        WordMap map = new(frozen);

        foreach (string probe in Probes.Concat(["She", "HE", "they", "mayor", "them"]))
        {
            bool found = map.TryGetValue(probe, out string? value);
            Assert.That((found, value, map.ContainsKey(probe)), Is.EqualTo((frozen.TryGetValue(probe, out string? expected), expected, frozen.ContainsKey(probe))), probe);
        }
    }
}
