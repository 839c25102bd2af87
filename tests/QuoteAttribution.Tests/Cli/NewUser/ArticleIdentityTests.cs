using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.NewUser;

/// <summary>Every article of a run has its own id, the same on every run over the same inputs.</summary>
public sealed class ArticleIdentityTests : TempFolderTest
{
    private const string Story = "\"We will win,\" Mayor Jane Smith said.";

    [Test]
    public void SameFileNameInSeveralFolders_IdsAreRelativePathsAndUnique()
    {
        Folder.Write("dup/mon/story.txt", Story);
        Folder.Write("dup/tue/story.txt", Story);
        // Folders are read in ordinal name order: story.html comes before story.txt and keeps the plain id.
        Folder.Write("dup/tue/story.html", "<html><body><p>" + Story + "</p></body></html>");

        (int exitCode, string output, string error) = CliRunner.Run(["extract", Folder.File("dup"), "--format", "jsonl"]);

        Assert.That((exitCode, error), Is.EqualTo((0, "")));
        string[] quoteIds = [.. Records(output).Select(r => r.GetProperty("quote_id").GetString()!)];
        Assert.That(quoteIds, Is.EqualTo(new[] { "mon/story#1", "tue/story#1", "tue/story.txt#1" }));
    }

    [Test]
    public void FileNamedDirectly_IdIsItsNameWithoutExtension()
    {
        string story = Folder.Write("news/harbour-strike.txt", Story);

        (int _, string output, string _) = CliRunner.Run(["extract", story, "--format", "jsonl"]);

        Assert.That(Records(output).Single().GetProperty("article").GetString(), Is.EqualTo("harbour-strike"));
    }

    [Test]
    public void RepeatedJsonlId_NamedOnStandardErrorAndMadeUnique()
    {
        string line = "{\"id\": \"a1\", \"text\": " + JsonSerializer.Serialize(Story) + "}\n";
        string feed = Folder.Write("feed.jsonl", line + line);

        (int exitCode, string output, string error) = CliRunner.Run(["extract", feed, "--format", "jsonl"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(Records(output).Select(r => r.GetProperty("article").GetString()), Is.EqualTo(new[] { "a1", "a1~2" }));
        Assert.That(error, Does.Contain($"{feed}:2: warning: article id \"a1\" was used before in this run; renamed \"a1~2\""));
    }

    [Test]
    public void RunTwice_SameIds()
    {
        Folder.Write("in/a/story.txt", Story);
        Folder.Write("in/b/story.txt", Story);
        Folder.Write("in/story.jsonl", "{\"id\": \"story\", \"text\": " + JsonSerializer.Serialize(Story) + "}\n");

        string first = CliRunner.Run(["extract", Folder.File("in"), "--format", "jsonl"]).Out;
        string second = CliRunner.Run(["extract", Folder.File("in"), "--format", "jsonl"]).Out;

        Assert.That(second, Is.EqualTo(first));
        Assert.That(Records(first).Select(r => r.GetProperty("article").GetString()), Is.Unique);
    }

    private static IEnumerable<JsonElement> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement);
}
