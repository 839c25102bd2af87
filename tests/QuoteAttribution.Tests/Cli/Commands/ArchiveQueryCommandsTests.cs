using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.Commands;

/// <summary><c>search</c>, <c>export</c> and the <c>--db</c> of <c>speakers</c>, <c>compare</c> and <c>report</c>.</summary>
public sealed class ArchiveQueryCommandsTests
{
    private TempFolder _folder = null!;

    private string Db => _folder.File("quotes.db");

    [SetUp]
    public void SetUp()
    {
        _folder = new TempFolder();
        foreach ((string name, string text) in QuoteAttribution.Tests.Archive.ArchiveSamples.Articles)
        {
            _folder.Write(Path.Combine("articles", name), text);
        }

        // river.txt (a bare "Velden") is indexed before velden.txt gives the full name.
        CliRunner.Run(["index", _folder.File("articles/river.txt"), "--db", Db]);
        CliRunner.Run(["index", _folder.File("articles"), "--db", Db]);
    }

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void ExportJsonl_EveryRecordArticlesInIndexOrderOneIdPerPerson()
    {
        // Act
        (int code, string output, _) = CliRunner.Run(["export", "--db", Db, "--format", "csv"]);

        // Assert
        string[] rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(rows[0], Does.StartWith("article,"));
        Assert.That(rows[1], Does.StartWith("river,").And.Contain(",river#1,"));
        Assert.That(rows.Skip(1).Select(r => r.Split(',')[0]).Distinct(), Is.EqualTo(new[] { "river", "embassy", "farm", "velden" }));
        Assert.That(rows.Count(r => r.Contains(",Velden,velden,person,", StringComparison.Ordinal)), Is.GreaterThan(0));
        Assert.That(rows.Count(r => r.Contains(",Mara Velden,velden,person,", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void SearchWords_OnlyStatementsWithAllTheWordsAnyCase()
    {
        (int code, string output, _) = CliRunner.Run(["search", "--db", Db, "BAD", "deal", "--format", "jsonl"]);

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.Contain("\"quote_id\":\"velden#2\"").And.Contain("\"speaker_id\":\"velden\""));
    }

    [TestCase("Velden", 4)]
    [TestCase("Mara Velden", 4)]
    [TestCase("mara-velden", 4)]
    [TestCase("stuart-jones", 2)]
    [TestCase("Nobody Known", 0)]
    public void SearchBySpeaker_IdAliasFullNameOrSurname(string speaker, int expected)
    {
        (_, string output, _) = CliRunner.Run(["search", "--db", Db, "--speaker", speaker, "--format", "jsonl"]);

        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(expected));
    }

    [Test]
    public void SearchKindAndPrefix_Combined()
    {
        (_, string output, _) = CliRunner.Run(["search", "--db", Db, "lev*", "--kind", "indirect", "--format", "jsonl"]);

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.Contain("the levee would hold"));
    }

    [Test]
    public void SearchWithFtsSyntaxInTheWords_TreatedAsPlainWords()
    {
        (int code, string output, string error) = CliRunner.Run(["search", "--db", Db, "\"deal", "AND", "(bad", "--format", "jsonl"]);

        Assert.That((code, error), Is.EqualTo((ExitCodes.Success, "")));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void SearchBadDate_UsageErrorNamingTheOption()
    {
        (int code, _, string error) = CliRunner.Run(["search", "--db", Db, "--from", "3 March"]);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("--from takes a date as yyyy-mm-dd"));
    }

    [Test]
    public void SearchMissingArchive_ClearErrorNoFileCreated()
    {
        string missing = _folder.File("nothing.db");

        (int code, _, string error) = CliRunner.Run(["search", "--db", missing, "deal"]);

        Assert.That(code, Is.EqualTo(ExitCodes.SomeInputUnreadable));
        Assert.That(error, Does.StartWith($"quotes: {missing}: no such archive"));
        Assert.That(File.Exists(missing), Is.False);
    }

    [Test]
    public void SpeakersFromDb_OneRowPerArchivePerson()
    {
        (int code, string output, _) = CliRunner.Run(["speakers", "--db", Db, "--format", "csv"]);

        string[] rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(rows.Count(r => r.Contains(",velden,person,", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(rows.Count(r => r.Contains("-jones,person,", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void CompareFromDb_BothSidesFound()
    {
        (int code, string output, string error) = CliRunner.Run(["compare", "--db", Db, "--speaker", "Velden", "--speaker", "Stuart Jones", "--format", "markdown"]);

        Assert.That((code, error), Is.EqualTo((ExitCodes.Success, "")));
        Assert.That(output, Does.Contain("bad deal").And.Contain("Nothing is agreed"));
    }

    [Test]
    public void ReportFromDb_PageWithArchiveQuotes()
    {
        string page = _folder.File("report.html");

        (int code, _, _) = CliRunner.Run(["report", "--db", Db, "-o", page]);

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(File.ReadAllText(page), Does.Contain("the levee would hold"));
    }

    [Test]
    public void InputsAndDbTogether_UsageError()
    {
        (int code, _, string error) = CliRunner.Run(["speakers", _folder.File("articles"), "--db", Db]);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("not both"));
    }
}
