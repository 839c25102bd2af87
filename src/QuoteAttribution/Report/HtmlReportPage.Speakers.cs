using System.Globalization;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

internal sealed partial class HtmlReportPage
{
    private static readonly string[] SpeakerColumns = ["Speaker", "Type", "Roles", "Affiliations", "Statements", "Articles", "First", "Last"];

    private void WriteSpeakers()
    {
        Line("<section id=\"speakers\" aria-labelledby=\"speakers-title\">");
        Line("<h2 id=\"speakers-title\">Speakers</h2>");
        Line("<table id=\"speakers-table\" class=\"data sortable\">");
        Line("<caption>Who was quoted: one row per speaker across all articles</caption>");
        WriteSortableHead(SpeakerColumns);
        Line("<tbody>");
        foreach (SpeakerSummary s in _overview.Speakers)
        {
            Line("<tr>");
            Line($"<th scope=\"row\">{E(s.Name)}</th>");
            Line($"<td>{RecordFields.Lower(s.Type)}</td>");
            Line($"<td>{E(string.Join(", ", s.Roles))}</td>");
            Line($"<td>{E(string.Join(", ", s.Affiliations))}</td>");
            Line($"<td class=\"num\">{s.Statements.ToString(CultureInfo.InvariantCulture)}</td>");
            Line($"<td class=\"num\">{s.Articles.ToString(CultureInfo.InvariantCulture)}</td>");
            Line($"<td>{RecordFields.Date(s.FirstDate)}</td>");
            Line($"<td>{RecordFields.Date(s.LastDate)}</td>");
            Line("</tr>");
        }

        Line("</tbody>");
        if (_overview.Unattributed > 0)
        {
            Line("<tfoot><tr>");
            Line($"<td colspan=\"8\">{Html.Count(_overview.Unattributed, "statement", "statements")} without a speaker (not listed above)</td>");
            Line("</tr></tfoot>");
        }

        Line("</table>");
        Line("</section>");
    }
}
