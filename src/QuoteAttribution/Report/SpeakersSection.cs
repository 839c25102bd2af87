using System.Globalization;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

/// <summary>The speakers table: one row per speaker across all articles.</summary>
internal sealed class SpeakersSection(ReportWriter page)
{
    private static readonly string[] SpeakerColumns = ["Speaker", "Type", "Roles", "Affiliations", "Statements", "Articles", "First", "Last"];

    public void Write()
    {
        page.Line("<section id=\"speakers\" aria-labelledby=\"speakers-title\">");
        page.Line("<h2 id=\"speakers-title\">Speakers</h2>");
        page.Line("<table id=\"speakers-table\" class=\"data sortable\">");
        page.Line("<caption>Who was quoted: one row per speaker across all articles</caption>");
        page.WriteSortableHead(SpeakerColumns);
        page.Line("<tbody>");
        foreach (SpeakerSummary s in page.Overview.Speakers)
        {
            page.Line("<tr>");
            page.Line($"<th scope=\"row\">{Html.Encode(s.Name)}</th>");
            page.Line($"<td>{RecordFields.Lower(s.Type)}</td>");
            page.Line($"<td>{Html.Encode(string.Join(", ", s.Roles))}</td>");
            page.Line($"<td>{Html.Encode(string.Join(", ", s.Affiliations))}</td>");
            page.Line($"<td class=\"num\">{s.Statements.ToString(CultureInfo.InvariantCulture)}</td>");
            page.Line($"<td class=\"num\">{s.Articles.ToString(CultureInfo.InvariantCulture)}</td>");
            page.Line($"<td>{RecordFields.Date(s.FirstDate)}</td>");
            page.Line($"<td>{RecordFields.Date(s.LastDate)}</td>");
            page.Line("</tr>");
        }

        page.Line("</tbody>");
        if (page.Overview.Unattributed > 0)
        {
            page.Line("<tfoot><tr>");
            page.Line($"<td colspan=\"8\">{Html.Count(page.Overview.Unattributed, "statement", "statements")} without a speaker (not listed above)</td>");
            page.Line("</tr></tfoot>");
        }

        page.Line("</table>");
        page.Line("</section>");
    }
}
