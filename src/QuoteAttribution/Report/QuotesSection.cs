using System.Globalization;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

/// <summary>The quotes table with its filters: every statement, its speaker and the rule that decided it.</summary>
internal sealed class QuotesSection(ReportWriter page)
{
    /// <summary>The filter value of records without a speaker.</summary>
    internal const string NoSpeakerKey = "(none)";

    // The longest article name the quote-id column shows whole (a date and a slug's first words).
    private const int MaxArticleChars = 24;

    private const string Ellipsis = "\u2026";

    // Rows per page the reader can choose; 50 rows lay out in a few milliseconds on any machine.
    private const int DefaultPageSize = 50;

    private static readonly int[] PageSizes = [25, DefaultPageSize, 100, 500];

    private static readonly string[] QuoteColumns = ["Quote", "Date", "Speaker", "Kind", "Statement in context", "Rule", "Confidence"];

    public void Write()
    {
        page.Line("<section id=\"quotes\" aria-labelledby=\"quotes-title\">");
        page.Line("<h2 id=\"quotes-title\">Quotes</h2>");
        page.Line("<div class=\"filters\" role=\"search\" aria-label=\"Filter the quotes\">");
        page.Line("<label for=\"f-speaker\">Speaker</label>");
        page.Line("<select id=\"f-speaker\"><option value=\"\">All speakers</option>");
        foreach (SpeakerSummary speaker in page.Overview.Speakers)
        {
            page.Line($"<option value=\"{Html.Encode(speaker.Key)}\">{Html.Encode(speaker.Name)} ({speaker.Statements.ToString(CultureInfo.InvariantCulture)})</option>");
        }

        if (page.Overview.Unattributed > 0)
        {
            page.Line($"<option value=\"{NoSpeakerKey}\">No speaker ({page.Overview.Unattributed.ToString(CultureInfo.InvariantCulture)})</option>");
        }

        page.Line("</select>");
        page.Line("<label for=\"f-kind\">Kind</label>");
        page.Line("<select id=\"f-kind\"><option value=\"\">All kinds</option><option value=\"direct\">direct</option>"
            + "<option value=\"mixed\">mixed</option><option value=\"indirect\">indirect</option></select>");
        page.Line("<label for=\"f-text\">Text</label>");
        page.Line("<input id=\"f-text\" type=\"search\" autocomplete=\"off\" placeholder=\"words in the statement\">");
        page.Line("<label for=\"f-size\">Rows per page</label>");
        page.Line("<select id=\"f-size\">" + string.Concat(PageSizes.Select(n => Option(n))) + "</select>");
        page.Line($"<p id=\"f-count\" role=\"status\" aria-live=\"polite\">{Html.Count(page.Records.Count, "statement", "statements")}</p>");
        page.Line("</div>");
        page.WritePager("Quote pages, above the table");
        page.Line("<noscript><p class=\"notice\">The quotes and speakers tables and the comparison's statements are drawn by the page's own script, "
            + "a page at a time: allow scripts to see them. The profiles below need none.</p></noscript>");
        page.Line("<table id=\"quotes-table\" class=\"data paged\">");
        page.Line("<caption>Every statement, with its speaker and the rule that decided it</caption>");
        page.WriteSortableHead(QuoteColumns);

        // The rows come from the report-data block (see ReportData and report.js): only one page of them
        // is in the document at a time, so 5,000 statements open as fast as 50.
        page.Line("<tbody></tbody>");
        page.Line("</table>");
        page.WritePager("Quote pages, below the table");
        page.Line("</section>");
    }

    private static string Option(int size) =>
        string.Create(CultureInfo.InvariantCulture, $"<option value=\"{size}\"{(size == DefaultPageSize ? " selected" : "")}>{size}</option>");

    /// <summary>
    /// The quote id as the table shows it: without the folders of the article id and with a long article
    /// name cut, so the column stays narrow; the cell's title holds the whole id.
    /// </summary>
    /// <example><c>corpus/train/daily_2016-02-20_the-latest-voters-say-they-want#3</c> → <c>daily_2016-02-20_the-la…#3</c></example>
    internal static string ShortQuoteId(string quoteId)
    {
        int hash = quoteId.LastIndexOf('#');
        string article = hash < 0 ? quoteId : quoteId[..hash];
        string n = hash < 0 ? "" : quoteId[hash..];
        article = article[(article.LastIndexOf('/') + 1)..];
        return (article.Length > MaxArticleChars ? article[..(MaxArticleChars - 1)] + Ellipsis : article) + n;
    }
}
