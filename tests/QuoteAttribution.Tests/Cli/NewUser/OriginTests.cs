using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.NewUser;

/// <summary>Every record names where its article came from, in every format.</summary>
public sealed class OriginTests : TempFolderTest
{
    [Test]
    public void TextFileAndJsonlWithUrl_OriginIsThePathOrTheUrl()
    {
        string story = Folder.Write("story.txt", "\"We will win,\" Mayor Jane Smith said.");
        string feed = Folder.Write(
            "feed.jsonl",
            "{\"id\": \"f1\", \"url\": \"https://example.org/harbour\", \"source\": \"Harbour Times\", \"text\": \"\\\"Boats sail at dawn,\\\" Captain Ola Berg said.\"}\n"
            + "{\"id\": \"f2\", \"text\": \"\\\"Fish are back,\\\" Mayor Jane Smith said.\"}\n");

        (int exitCode, string output, string _) = CliRunner.Run(["extract", story, feed, "--format", "jsonl"]);

        Assert.That(exitCode, Is.Zero);
        List<JsonElement> records = [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
        Assert.That(records.Select(r => r.GetProperty("origin").GetString()), Is.EqualTo(new[] { story, "https://example.org/harbour", feed }));
        Assert.That(records[0].EnumerateObject().Select(p => p.Name).Take(3), Is.EqualTo(new[] { "article", "origin", "quote_id" }));
    }

    [TestCase("csv")]
    [TestCase("markdown")]
    public void RowFormats_HeaderHasOriginRightAfterArticle(string format)
    {
        string story = Folder.Write("story.txt", "\"We will win,\" Mayor Jane Smith said.");

        (int _, string output, string _) = CliRunner.Run(["extract", story, "--format", format]);

        string header = output.Split('\n')[0];
        Assert.That(header, Does.Contain("article").And.Contain("origin"));
        Assert.That(header.IndexOf("origin", StringComparison.Ordinal), Is.LessThan(header.IndexOf("quote_id", StringComparison.Ordinal)));
        Assert.That(output, Does.Contain(story));
    }

    [Test]
    public void Report_DataNamesTheOrigin()
    {
        string story = Folder.Write("story.txt", "\"We will win,\" Mayor Jane Smith said.");
        string page = Folder.File("report.html");

        (int exitCode, string _, string _) = CliRunner.Run(["report", story, "-o", page]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(File.ReadAllText(page), Does.Contain("\"origin\":\"" + story + "\""));
    }
}
