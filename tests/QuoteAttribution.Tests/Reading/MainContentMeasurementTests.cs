using System.Globalization;
using System.Text;
using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Reading;

/// <summary>
/// Which statements come out of a page with each main-content extractor, against the statements of the
/// story alone: those lost, and those from elsewhere on the page (junk).
/// </summary>
public sealed class MainContentMeasurementTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    public static IEnumerable<TestCaseData> Pages() =>
        PageShapes.All().Select(page => new TestCaseData(page.Html, page.Story).SetName("Page_" + page.Name.Replace(' ', '_')));

    [TestCaseSource(nameof(Pages))]
    public void Readability_NeitherLosesNorLeaksMoreThanTheMarkup(string html, string story)
    {
        HashSet<string> expected = Statements(story, null);

        (int lost, int junk) readability = Compare(expected, html, MainContentSource.Readability);
        (int lost, int junk) markup = Compare(expected, html, MainContentSource.Markup);

        Assert.That(readability.lost + readability.junk, Is.LessThanOrEqualTo(markup.lost + markup.junk));
    }

    [TestCaseSource(nameof(Pages))]
    public void DefaultExtraction_GivesTheStoryStatementsOnly(string html, string story)
    {
        (string text, string? title) = HtmlArticleExtractor.Extract(html);

        Assert.That(Statements(text, title), Is.EquivalentTo(Statements(story, null)));
    }

    [Test]
    [SetCulture("tr-TR")]
    public void PageUnderTurkishCulture_SameTextAsInvariant()
    {
        (string Name, string Html, string Story) page = PageShapes.Invented().First(p => p.Name == "div-soup");
        (string turkish, string? _) = HtmlArticleExtractor.Extract(page.Html);

        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Assert.That(turkish, Is.EqualTo(HtmlArticleExtractor.Extract(page.Html).Text));
    }

    [Test, Explicit("prints the table of the README's input section")]
    public void Measure_PrintsLostAndJunkStatements()
    {
        StringBuilder table = new();
        Dictionary<MainContentSource, (int Lost, int Junk)> sums = [];
        int statements = 0;
        foreach ((string name, string html, string story) in PageShapes.All())
        {
            HashSet<string> expected = Statements(story, null);
            statements += expected.Count;
            table.Append(CultureInfo.InvariantCulture, $"| {name} | {expected.Count} |");
            foreach (MainContentSource source in Enum.GetValues<MainContentSource>())
            {
                (int lost, int junk) = Compare(expected, html, source);
                (int l, int j) = sums.GetValueOrDefault(source);
                sums[source] = (l + lost, j + junk);
                table.Append(CultureInfo.InvariantCulture, $" {lost} lost, {junk} junk |");
            }

            table.AppendLine();
        }

        table.Append(CultureInfo.InvariantCulture, $"| all | {statements} |");
        foreach ((int lost, int junk) in sums.Values)
        {
            table.Append(CultureInfo.InvariantCulture, $" {lost} lost, {junk} junk |");
        }

        TestContext.Out.WriteLine(table.ToString());
        Assert.That(statements, Is.Positive);
    }

    private static (int Lost, int Junk) Compare(HashSet<string> expected, string html, MainContentSource source)
    {
        (string text, string? title) = HtmlArticleExtractor.Extract(html, source);
        HashSet<string> got = Statements(text, title);
        return (expected.Count(s => !got.Contains(s)), got.Count(s => !expected.Contains(s)));
    }

    // A statement is its kind, speaker and words; offsets differ between the page's text and the story's.
    private static HashSet<string> Statements(string text, string? title) =>
        Pipeline.Analyze(new Article("page", text) { Title = title }).Records
            .Select(r => $"{r.Kind} | {r.Speaker} | {r.Text}")
            .ToHashSet(StringComparer.Ordinal);
}
