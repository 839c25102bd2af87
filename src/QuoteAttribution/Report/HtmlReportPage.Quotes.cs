using System.Globalization;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

internal sealed partial class HtmlReportPage
{
    /// <summary>The filter value of records without a speaker.</summary>
    internal const string NoSpeakerKey = "(none)";

    private static readonly string[] QuoteColumns = ["Quote", "Date", "Speaker", "Kind", "Statement in context", "Rule", "Confidence"];

    private void WriteQuotes()
    {
        Line("<section id=\"quotes\" aria-labelledby=\"quotes-title\">");
        Line("<h2 id=\"quotes-title\">Quotes</h2>");
        Line("<div class=\"filters\" role=\"search\" aria-label=\"Filter the quotes\">");
        Line("<label for=\"f-speaker\">Speaker</label>");
        Line("<select id=\"f-speaker\"><option value=\"\">All speakers</option>");
        foreach (SpeakerSummary speaker in _overview.Speakers)
        {
            Line($"<option value=\"{E(speaker.Key)}\">{E(speaker.Name)} ({speaker.Statements.ToString(CultureInfo.InvariantCulture)})</option>");
        }

        if (_overview.Unattributed > 0)
        {
            Line($"<option value=\"{NoSpeakerKey}\">No speaker ({_overview.Unattributed.ToString(CultureInfo.InvariantCulture)})</option>");
        }

        Line("</select>");
        Line("<label for=\"f-kind\">Kind</label>");
        Line("<select id=\"f-kind\"><option value=\"\">All kinds</option><option value=\"direct\">direct</option>"
            + "<option value=\"mixed\">mixed</option><option value=\"indirect\">indirect</option></select>");
        Line("<label for=\"f-text\">Text</label>");
        Line("<input id=\"f-text\" type=\"search\" autocomplete=\"off\" placeholder=\"words in the statement\">");
        Line($"<p id=\"f-count\" role=\"status\" aria-live=\"polite\">{Html.Count(_records.Count, "statement", "statements")}</p>");
        Line("</div>");
        Line("<table id=\"quotes-table\" class=\"data sortable\">");
        Line("<caption>Every statement, with its speaker and the rule that decided it</caption>");
        WriteSortableHead(QuoteColumns);
        Line("<tbody>");
        for (int i = 0; i < _records.Count; i++)
        {
            WriteQuoteRow(i, _records[i]);
        }

        Line("</tbody>");
        Line("</table>");
        Line("</section>");
    }

    private void WriteQuoteRow(int i, QuoteRecord r)
    {
        string key = string.IsNullOrWhiteSpace(r.Speaker) ? NoSpeakerKey : SpeakerAggregator.KeyOf(r);
        string kind = RecordFields.Lower(r.Kind);
        string index = i.ToString("D6", CultureInfo.InvariantCulture);
        Line($"<tr id=\"{AnchorOf(r)}\" data-i=\"{i.ToString(CultureInfo.InvariantCulture)}\" data-speaker=\"{E(key)}\" data-kind=\"{kind}\">");
        Line($"<td data-v=\"{index}\"><span class=\"qid\">{E(r.QuoteId)}</span></td>");
        Line($"<td class=\"date\">{RecordFields.Date(r.Date)}</td>");
        Line($"<td data-v=\"{E(r.Speaker.Trim())}\">{SpeakerCell(r)}</td>");
        Line($"<td>{kind}</td>");
        _out.Write($"<td class=\"ctx\" data-v=\"{E(r.Text)}\">");
        WriteContext(r);
        Line("</td>");
        Line($"<td data-v=\"{E(r.Rule)}\">{RuleCell(r)}</td>");
        Line($"<td class=\"num\">{RecordFields.Confidence(r.Confidence)}</td>");
        Line("</tr>");
    }

    private static string SpeakerCell(QuoteRecord r)
    {
        if (string.IsNullOrWhiteSpace(r.Speaker))
        {
            return "<em class=\"none\">no speaker</em>";
        }

        string position = string.Join(", ", new[] { r.Role, r.Affiliation }.Where(s => s.Length > 0));
        return position.Length == 0
            ? E(r.Speaker)
            : $"{E(r.Speaker)}<br><span class=\"position\">{E(position)}</span>";
    }

    private static string RuleCell(QuoteRecord r)
    {
        string rule = r.Rule.Length == 0 ? "<em class=\"none\">none</em>" : $"<code>{E(r.Rule)}</code>";
        string cue = r.Cue.Length == 0 ? "" : $"<br><span class=\"cue\">cue <em>{E(r.Cue)}</em></span>";
        string to = r.Addressee.Length == 0 ? "" : $"<br><span class=\"cue\">to {E(r.Addressee)}</span>";
        return rule + cue + to;
    }

    // Header cells hold real buttons, so sorting works by keyboard (Tab, Enter, Space) as well as by click.
    private void WriteSortableHead(IEnumerable<string> columns)
    {
        Line("<thead><tr>");
        foreach (string column in columns)
        {
            Line($"<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" class=\"sort\">{E(column)}</button></th>");
        }

        Line("</tr></thead>");
    }
}
