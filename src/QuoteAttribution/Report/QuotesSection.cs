using System.Globalization;
using QuoteAttribution.Pipeline;
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
        page.Line($"<p id=\"f-count\" role=\"status\" aria-live=\"polite\">{Html.Count(page.Records.Count, "statement", "statements")}</p>");
        page.Line("</div>");
        page.Line("<table id=\"quotes-table\" class=\"data sortable\">");
        page.Line("<caption>Every statement, with its speaker and the rule that decided it</caption>");
        page.WriteSortableHead(QuoteColumns);
        page.Line("<tbody>");
        for (int i = 0; i < page.Records.Count; i++)
        {
            WriteQuoteRow(i, page.Records[i]);
        }

        page.Line("</tbody>");
        page.Line("</table>");
        page.Line("</section>");
    }

    private void WriteQuoteRow(int i, QuoteRecord r)
    {
        string key = string.IsNullOrWhiteSpace(r.Speaker) ? NoSpeakerKey : SpeakerAggregator.KeyOf(r);
        string kind = RecordFields.Lower(r.Kind);
        string index = i.ToString("D6", CultureInfo.InvariantCulture);
        page.Line($"<tr id=\"{page.AnchorOf(r)}\" data-i=\"{i.ToString(CultureInfo.InvariantCulture)}\" data-speaker=\"{Html.Encode(key)}\" data-kind=\"{kind}\">");
        page.Line($"<td data-v=\"{index}\"><span class=\"qid\" title=\"{Html.Encode(r.QuoteId)}\">{Html.Encode(ShortQuoteId(r.QuoteId))}</span></td>");
        page.Line($"<td class=\"date\">{RecordFields.Date(r.Date)}</td>");
        page.Line($"<td data-v=\"{Html.Encode(r.Speaker.Trim())}\">{SpeakerCell(r)}</td>");
        page.Line($"<td>{kind}</td>");
        page.Out.Write($"<td class=\"ctx\" data-v=\"{Html.Encode(r.Text)}\">");
        page.WriteContext(r);
        page.Line("</td>");
        page.Line($"<td data-v=\"{Html.Encode(r.Rule)}\">{RuleCell(r)}</td>");
        page.Line($"<td class=\"num\">{RecordFields.Confidence(r.Confidence)}</td>");
        page.Line("</tr>");
    }

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

    private static string SpeakerCell(QuoteRecord r)
    {
        if (string.IsNullOrWhiteSpace(r.Speaker))
        {
            return "<em class=\"none\">no speaker</em>";
        }

        string position = string.Join(", ", new[] { r.Role, r.Affiliation }.Where(s => s.Length > 0));
        return position.Length == 0
            ? Html.Encode(r.Speaker)
            : $"{Html.Encode(r.Speaker)}<br><span class=\"position\">{Html.Encode(position)}</span>";
    }

    private static string RuleCell(QuoteRecord r)
    {
        string rule = r.Rule.Length == 0 ? "<em class=\"none\">none</em>" : $"<code>{Html.Encode(r.Rule)}</code>";
        string cue = r.Cue.Length == 0 ? "" : $"<br><span class=\"cue\">cue <em>{Html.Encode(r.Cue)}</em></span>";
        string to = r.Addressee.Length == 0 ? "" : $"<br><span class=\"cue\">to {Html.Encode(r.Addressee)}</span>";
        return rule + cue + to;
    }
}
