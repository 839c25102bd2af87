using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Reading;

/// <summary>
/// A saved page given to <c>quotes extract</c> as a user would: the statements are those of the story the
/// page holds, none from teasers, card lists, trending blocks, captions, comments or related links.
/// </summary>
public sealed class PageShapeCliTests
{
    public static IEnumerable<TestCaseData> Pages() =>
        Directory.EnumerateFiles(PageShapes.Folder, "*.html")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName("SavedPage_" + Path.GetFileNameWithoutExtension(path).Replace('-', '_')));

    [TestCaseSource(nameof(Pages))]
    public void SavedPage_GivesTheStatementsOfItsStoryOnly(string page)
    {
        (int exitCode, string fromPage, string _) = CliRunner.Run(["extract", page, "--format", "jsonl"]);
        (int _, string fromStory, string _) = CliRunner.Run(["extract", PageShapes.StoryOf(page), "--format", "jsonl"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(Statements(fromPage), Is.Not.Empty.And.EquivalentTo(Statements(fromStory)));
    }

    [Test]
    public void SavedPage_OffsetsPointIntoItsText()
    {
        string page = Path.Combine(PageShapes.Folder, "teaser-articles.html");

        (int _, string text, string _) = CliRunner.Run(["text", page]);
        (int _, string records, string _) = CliRunner.Run(["extract", page, "--format", "jsonl"]);

        foreach (JsonElement record in Records(records))
        {
            int start = record.GetProperty("start").GetInt32();
            int end = record.GetProperty("end").GetInt32();
            Assert.That(text[start..end], Is.EqualTo(record.GetProperty("text").GetString()));
        }
    }

    [Test]
    public void PageWithHeadline_TextStartsWithIt()
    {
        string page = Path.Combine(PageShapes.Folder, "div-soup.html");
        string story = File.ReadAllText(PageShapes.StoryOf(page));

        (int _, string text, string _) = CliRunner.Run(["text", page]);

        Assert.That(text, Does.StartWith(story[..story.IndexOf('\n', StringComparison.Ordinal)] + "\n\n"));
    }

    private static IEnumerable<JsonElement> Records(string jsonLines) =>
        jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement);

    private static List<string> Statements(string jsonLines) =>
        [.. Records(jsonLines).Select(r => $"{r.GetProperty("kind")} | {r.GetProperty("speaker")} | {r.GetProperty("text")}")];
}
