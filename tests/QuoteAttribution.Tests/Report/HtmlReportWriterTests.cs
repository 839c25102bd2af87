using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NUnit.Framework;
using QuoteAttribution.Report;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Report;

public sealed class HtmlReportWriterTests
{
    private static readonly string Page = HtmlReportWriter.Render(SampleCorpus.Records, SampleCorpus.Texts);
    private static readonly IDocument Document = new HtmlParser().ParseDocument(Page);

    private static readonly JsonDocument Data = JsonDocument.Parse(Document.QuerySelector("#report-data")!.TextContent);

    [OneTimeTearDown]
    public static void DisposeDocument()
    {
        Document.Dispose();
        Data.Dispose();
    }

    private static JsonElement Quotes() => Data.RootElement.GetProperty("quotes");

    [Test]
    public void SampleCorpus_DataHoldsOneQuotePerRecordAndTheTableNoRow()
    {
        IElement table = Document.QuerySelector("#quotes-table")!;

        Assert.That(Quotes().GetArrayLength(), Is.EqualTo(SampleCorpus.Records.Count));
        Assert.That(table.QuerySelectorAll("tbody tr"), Is.Empty, "the script draws one page of rows from the data");
        Assert.That(table.QuerySelector("caption")?.TextContent, Is.Not.Empty);
        Assert.That(table.QuerySelectorAll("thead th[scope=col][aria-sort] button[type=button]"), Has.Length.EqualTo(7));
    }

    [Test]
    public void QuotesTable_PagersAboveAndBelowWithDistinctLabels()
    {
        IElement[] pagers = [.. Document.QuerySelectorAll("#quotes nav.pager")];

        Assert.That(pagers, Has.Length.EqualTo(2));
        Assert.That(pagers.Select(p => p.GetAttribute("aria-label")).Distinct().Count(), Is.EqualTo(2));
        Assert.That(pagers[0].QuerySelectorAll("button[type=button][data-go]").Select(b => b.GetAttribute("data-go")),
            Is.EqualTo(new[] { "first", "prev", "next", "last" }));
    }

    [Test]
    public void SampleCorpus_SpeakersDataListsSpeakersAndTableHasUnattributedFooter()
    {
        IElement table = Document.QuerySelector("#speakers-table")!;
        JsonElement speakers = Data.RootElement.GetProperty("speakers");

        Assert.That(speakers.GetArrayLength(), Is.EqualTo(5));
        Assert.That(speakers[0].GetProperty("name").GetString(), Is.EqualTo("Ash Carter"));
        Assert.That(speakers[0].GetProperty("id").GetString(), Is.EqualTo("ash-carter"));
        Assert.That(speakers[0].GetProperty("statements").GetInt32(), Is.EqualTo(3));
        Assert.That(table.QuerySelectorAll("tbody tr"), Is.Empty, "the script draws the rows from the data");
        Assert.That(table.QuerySelector("tfoot")?.TextContent, Does.Contain("1 statement without a speaker"));
    }

    [TestCase("brussels-2015-10-15#2", "brussels-2015-10-15#2")]
    [TestCase("corpus/train/daily_2016-02-20_the-latest-voters-say-they-want#13", "daily_2016-02-20_the-la\u2026#13")]
    [TestCase("feeds/short#1", "short#1")]
    public void QuoteId_ShownShortWithoutFoldersAndLongNamesCut(string quoteId, string shown)
    {
        Assert.That(QuotesSection.ShortQuoteId(quoteId), Is.EqualTo(shown));
    }

    [Test]
    public void QuoteData_HoldsTheWholeIdAndTheShortOne()
    {
        JsonElement first = Quotes()[0];

        Assert.That(first.GetProperty("quote_id").GetString(), Is.EqualTo(SampleCorpus.Records[0].QuoteId));
        Assert.That(first.GetProperty("short_id").GetString(), Is.EqualTo(QuotesSection.ShortQuoteId(SampleCorpus.Records[0].QuoteId)));
    }

    [Test]
    public void ArticleTitlesGiven_DataListsEachArticleOnceWithItsTitle()
    {
        Dictionary<string, string> titles = new() { [SampleCorpus.BrusselsArticle] = "Alliance ready to defend Turkey" };
        using JsonDocument data = JsonDocument.Parse(new HtmlParser()
            .ParseDocument(HtmlReportWriter.Render(SampleCorpus.Records, SampleCorpus.Texts, articleTitles: titles))
            .QuerySelector("#report-data")!.TextContent);
        JsonElement[] articles = [.. data.RootElement.GetProperty("articles").EnumerateArray()];
        JsonElement brussels = data.RootElement.GetProperty("quotes")[4];

        Assert.That(articles.Select(a => a.GetProperty("id").GetString()),
            Is.EqualTo(new[] { SampleCorpus.MoscowArticle, SampleCorpus.BrusselsArticle, SampleCorpus.WashingtonArticle }));
        Assert.That(articles.Select(a => a.GetProperty("title").GetString()), Is.EqualTo(new[] { "", "Alliance ready to defend Turkey", "" }));
        Assert.That(brussels.GetProperty("article").GetInt32(), Is.EqualTo(1));
        Assert.That(brussels.GetProperty("quote_id").GetString(), Does.StartWith(SampleCorpus.BrusselsArticle + "#"));
    }

    [Test]
    public void EveryFormControl_HasItsLabel()
    {
        IEnumerable<string> controls = Document.QuerySelectorAll("select, input").Select(e => e.Id!);

        Assert.That(controls, Is.EquivalentTo(new[] { "f-speaker", "f-kind", "f-text", "f-size" }));
        foreach (string id in controls)
        {
            Assert.That(Document.QuerySelector($"label[for={id}]"), Is.Not.Null, id);
        }
    }

    [Test]
    public void Page_LoadsNothingFromOutside()
    {
        IEnumerable<string> links = Document.All
            .SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("href") })
            .OfType<string>();

        Assert.That(links, Has.All.StartsWith("#"));
        Assert.That(Document.QuerySelectorAll("link, img, iframe, object, embed"), Is.Empty);
        Assert.That(Document.QuerySelectorAll("script[src]"), Is.Empty);
        Assert.That(
            Document.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content"),
            Does.StartWith("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"));
    }

    [Test]
    public void UrlInQuoteText_OnlyInTextContent()
    {
        Assert.That(Page, Does.Contain("http://example.com/raqqa"));
        Assert.That(Page, Does.Not.Contain("=\"http"));
        Assert.That(Page, Does.Not.Contain("url("));
    }

    [Test]
    public void ScriptTagInQuoteText_OnlyInTheDataEscaped()
    {
        Assert.That(Document.QuerySelectorAll("script"), Has.Length.EqualTo(2));
        Assert.That(Page, Does.Not.Contain("<script>alert"));
        string json = Document.QuerySelector("#report-data")!.TextContent;
        Assert.That(json, Does.Not.Contain("<"));
        using JsonDocument data = JsonDocument.Parse(json);
        Assert.That(data.RootElement.GetProperty("quotes")[8].GetProperty("text").GetString(), Does.Contain("<script>alert(1)</script>"));
    }

    [Test]
    public void StatementData_ContextCutWithStatementAndMentionMarked()
    {
        JsonElement second = Quotes()[1];
        string[][] context = [.. second.GetProperty("context").EnumerateArray().Select(s => s.EnumerateArray().Select(p => p.GetString()!).ToArray())];

        Assert.That(context.Single(s => s[0] == "s"), Has.Length.EqualTo(1), "the statement's words are the record's text, not written twice");
        Assert.That(second.GetProperty("text").GetString(), Is.EqualTo(SampleCorpus.Records[1].Text));
        Assert.That(context.Single(s => s[0] == "m")[1], Is.EqualTo("Lavrov"));
        Assert.That(context[^1][1], Does.EndWith("told a Russian broadcaster."));
        Assert.That(second.GetProperty("rule").GetString(), Is.EqualTo("trailing-cue"));
        Assert.That(second.GetProperty("addressee").GetString(), Is.EqualTo("a Russian broadcaster"));
        Assert.That(Quotes()[0].GetProperty("position").GetString(), Is.EqualTo("Foreign Minister, Russia"));
    }

    [Test]
    public void SpeakerNamedTwoWays_OneRowListingTheOtherName()
    {
        JsonElement lavrov = Data.RootElement.GetProperty("speakers").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "Sergei Lavrov");

        Assert.That(lavrov.GetProperty("key").GetString(), Is.EqualTo("sergei-lavrov"));
        Assert.That(lavrov.GetProperty("also").GetString(), Is.EqualTo("Lavrov (1)"));
    }

    [Test]
    public void NoSpeakersChosen_ComparesTopTwoPeopleByTopic()
    {
        IElement section = Document.QuerySelector("#comparison")!;
        string[] topics = [.. section.QuerySelectorAll("details.topic h3").Select(h => h.TextContent)];
        JsonElement comparison = Data.RootElement.GetProperty("comparison");

        Assert.That(topics, Is.EqualTo(new[] { "coalition (3 statements)", "Raqqa (2 statements)", "Syria (2 statements)", "Other statements (1 statement)" }));
        Assert.That(comparison.GetProperty("sides").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "Ash Carter", "Sergei Lavrov" }));
        Assert.That(QuoteIndexes(comparison), Has.Length.EqualTo(8), "a statement is under each topic it names");
    }

    [Test]
    public void Comparison_StatementsOnlyInTheDataEachRowADateAndACellPerSide()
    {
        IElement section = Document.QuerySelector("#comparison")!;
        JsonElement raqqa = Data.RootElement.GetProperty("comparison").GetProperty("topics")[1];
        JsonElement[] rows = [.. raqqa.GetProperty("rows").EnumerateArray()];

        Assert.That(section.QuerySelectorAll("blockquote, table"), Is.Empty, "the script draws a topic's statements when it is opened");
        Assert.That(raqqa.GetProperty("term").GetString(), Is.EqualTo("Raqqa"));
        Assert.That(rows.Select(r => r[0].GetString()), Is.EqualTo(new[] { "2015-10-14", "2015-10-15" }));
        Assert.That(rows.Select(r => r.GetArrayLength()), Has.All.EqualTo(3));
        int carter = rows[1][1][0].GetInt32();
        Assert.That(SampleCorpus.Records[carter].Text, Does.Contain("pressure on ISIS in Raqqa"));
    }

    [Test]
    public void ManyTopics_OnlyTheFirstThreeOpenAtLoad()
    {
        IElement[] topics = [.. Document.QuerySelectorAll("#comparison details.topic")];

        Assert.That(topics.Select(t => t.HasAttribute("open")), Is.EqualTo(new[] { true, true, true, false }));
        Assert.That(topics.Select(t => t.GetAttribute("data-topic")), Is.EqualTo(new[] { "0", "1", "2", "3" }));
    }

    [Test]
    public void ComparedOfficials_OneProfileEachWithRolesMonthsAndTopics()
    {
        IElement[] profiles = [.. Document.QuerySelectorAll("#profiles article.profile")];
        IElement carter = profiles[0];

        Assert.That(profiles.Select(p => p.QuerySelector("h3")!.TextContent), Is.EqualTo(new[] { "Ash Carter (3 statements)", "Sergei Lavrov (3 statements)" }));
        Assert.That(carter.QuerySelector("a.who")?.GetAttribute("data-speaker"), Is.EqualTo("ash-carter"));
        Assert.That(carter.QuerySelectorAll(".roles tbody tr").Select(r => r.TextContent), Has.Some.Contains("defense secretary"));
        Assert.That(carter.QuerySelectorAll("ol.chart li").Select(l => l.GetAttribute("title")), Is.EqualTo(new[] { "2015-10: 3 statements" }));
        Assert.That(carter.QuerySelectorAll(".topics li").Select(l => l.TextContent), Has.Some.StartsWith("Raqqa"));
    }

    private static int[] QuoteIndexes(JsonElement comparison) =>
        [.. comparison.GetProperty("topics").EnumerateArray()
            .SelectMany(t => t.GetProperty("rows").EnumerateArray())
            .SelectMany(row => row.EnumerateArray().Skip(1))
            .SelectMany(cell => cell.EnumerateArray())
            .Select(i => i.GetInt32())];

    [Test]
    public void UnknownChosenSpeaker_NoticeWithSuggestion()
    {
        string page = HtmlReportWriter.Render(SampleCorpus.Records, SampleCorpus.Texts, new ReportOptions { Speakers = ["Lavorv", "Stoltenberg"] });

        Assert.That(page, Does.Contain("No speaker \u201CLavorv\u201D; did you mean: Sergei Lavrov"));
    }

    [Test]
    public void SameInput_SameBytes()
    {
        Assert.That(HtmlReportWriter.Render(SampleCorpus.Records, SampleCorpus.Texts), Is.EqualTo(Page));
    }

    [Test]
    public void NoRecords_StillAValidPage()
    {
        using IDocument document = new HtmlParser().ParseDocument(HtmlReportWriter.Render([], new Dictionary<string, string>()));

        Assert.That(document.QuerySelectorAll("#quotes-table tbody tr"), Is.Empty);
        Assert.That(document.QuerySelector("#comparison")?.TextContent, Does.Contain("nothing to compare"));
    }
}
