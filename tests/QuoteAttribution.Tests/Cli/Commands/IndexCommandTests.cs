using System.Diagnostics;
using System.Text;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Support;
using static QuoteAttribution.Tests.Archive.ArchiveSamples;

namespace QuoteAttribution.Tests.Cli.Commands;

public sealed class IndexCommandTests
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
    }

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private string ArticlesFolder => _folder.File("articles");

    [Test]
    public void IndexTwice_SummaryCountsAddedThenUnchanged()
    {
        (int firstCode, string first, _) = CliRunner.Run(["index", ArticlesFolder, "--db", Db]);
        (int secondCode, string second, _) = CliRunner.Run(["index", ArticlesFolder, "--db", Db]);

        Assert.That((firstCode, secondCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)));
        Assert.That(first, Does.StartWith($"{Db}: 4 added, 0 updated, 0 unchanged, 0 problems; the archive holds 4 articles, "));
        Assert.That(second, Does.StartWith($"{Db}: 0 added, 0 updated, 4 unchanged, 0 problems; "));
    }

    [Test]
    public void OneArticleEdited_OneUpdatedRestUnchanged()
    {
        // Arrange
        CliRunner.Run(["index", ArticlesFolder, "--db", Db]);
        _folder.Write(Path.Combine("articles", "farm.txt"), "\"The rain came at last,\" said Rupert Jones.\n");

        // Act
        (_, string output, _) = CliRunner.Run(["index", ArticlesFolder, "--db", Db]);

        // Assert
        Assert.That(output, Does.StartWith($"{Db}: 0 added, 1 updated, 3 unchanged, 0 problems"));
        Assert.That(SpeakerIds(Db, "farm"), Is.EqualTo(new[] { "rupert-jones" }));
    }

    [Test]
    public void RecordsOfARun_SameArchiveAsIndexingItsArticles()
    {
        // Arrange
        string records = _folder.File("run.jsonl");
        string fromRecords = _folder.File("from-records.db");
        CliRunner.Run(["extract", ArticlesFolder, "--format", "jsonl", "-o", records]);

        // Act
        (int articlesCode, _, _) = CliRunner.Run(["index", ArticlesFolder, "--db", Db]);
        (int recordsCode, string output, _) = CliRunner.Run(["index", "--records", records, "--db", fromRecords]);

        // Assert
        Assert.That((articlesCode, recordsCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)));
        Assert.That(output, Does.StartWith($"{fromRecords}: 4 added,"));
        Assert.That(Dump(fromRecords), Is.EqualTo(Dump(Db)));
        Assert.That(Count(Db, "statements"), Is.GreaterThan(4));
    }

    [Test]
    public void RecordsWithABadLine_LineNamedItsArticleLeftOutRestStored()
    {
        // Arrange
        string records = _folder.File("run.jsonl");
        CliRunner.Run(["extract", ArticlesFolder, "--format", "jsonl", "-o", records]);
        string[] lines = File.ReadAllLines(records);
        lines[0] = lines[0].Replace("\"kind\":\"direct\"", "\"kind\":\"sung\"", StringComparison.Ordinal).Replace("\"kind\":\"indirect\"", "\"kind\":\"sung\"", StringComparison.Ordinal);
        File.WriteAllLines(records, lines);

        // Act
        (int code, string output, string error) = CliRunner.Run(["index", "--records", records, "--db", Db]);

        // Assert
        Assert.That(code, Is.EqualTo(ExitCodes.SomeInputUnreadable));
        Assert.That(error, Does.StartWith($"quotes: {records}:1: \"kind\" must be direct, mixed or indirect; its article is left out"));
        Assert.That(output, Does.StartWith($"{Db}: 3 added, 0 updated, 0 unchanged, 1 problem;"));
    }

    [Test]
    public void NotAnArchive_ClearErrorExitOneFileUntouched()
    {
        string notes = _folder.Write("notes.db", "plain words, not a database, but long enough for SQLite to look at the header");

        (int code, _, string error) = CliRunner.Run(["index", ArticlesFolder, "--db", notes]);

        Assert.That(code, Is.EqualTo(ExitCodes.SomeInputUnreadable));
        Assert.That(error, Is.EqualTo($"quotes: {notes}: not a quotes archive (not an SQLite database)\n"));
        Assert.That(File.ReadAllText(notes), Does.StartWith("plain words"));
    }

    [Test]
    public void NoInputsAndNoRecords_UsageError()
    {
        (int code, _, string error) = CliRunner.Run(["index", "--db", Db]);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("--records"));
    }

    [Test]
    public void KilledWhileIndexing_ArchiveConsistentAndARerunCompletesIt()
    {
        // Arrange: enough articles for several batches, so the kill lands between or inside them.
        string feed = _folder.Write("feed.jsonl", ManyArticles(3000));
        string reference = _folder.File("reference.db");
        CliRunner.Run(["index", feed, "--db", reference]);

        // Act: kill -9 once the first batch is committed (or let it finish on a very fast machine).
        using (Process child = StartQuotes("index", feed, "--db", Db, "--threads", "1"))
        {
            Stopwatch waited = Stopwatch.StartNew();
            while (!child.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2) && !HasArticles(Db))
            {
                Thread.Sleep(20);
            }

            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }

            child.WaitForExit();
        }

        long afterKill = Count(Db, "articles");
        (int code, string output, _) = CliRunner.Run(["index", feed, "--db", Db]);

        // Assert: whole batches only, then the rerun adds exactly the rest and matches a one-go archive.
        Assert.That(afterKill % 256 == 0 || afterKill == 3000, Is.True, $"{afterKill} articles after the kill");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.StartWith($"{Db}: {3000 - afterKill} added, 0 updated, {afterKill} unchanged"));
        Assert.That(Dump(Db), Is.EqualTo(Dump(reference)));
    }

    private static string ManyArticles(int count)
    {
        StringBuilder feed = new();
        for (int i = 0; i < count; i++)
        {
            string speaker = (i % 3) switch { 0 => "Mara Velden", 1 => "Velden", _ => "Tomas Brandt" };
            feed.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{\"id\": \"n{i}\", \"text\": \"\\\"The bridge number {i} will open in spring,\\\" {speaker} said.\\n\\nThe port authority said the cranes would stay idle.\"}}\n");
        }

        return feed.ToString();
    }

    private static bool HasArticles(string db)
    {
        try
        {
            return File.Exists(db) && Count(db, "articles") > 0;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }

    private static Process StartQuotes(params string[] args)
    {
        ProcessStartInfo start = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quotes.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
