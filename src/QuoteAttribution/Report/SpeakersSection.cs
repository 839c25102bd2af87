using System.Globalization;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

/// <summary>
/// The speakers table: one row per speaker identity across all articles, as the run reconciled them
/// (one id for "Donald Trump", "Trump" and "Donald J. Trump"), with the names the records gave that
/// identity, so a reader sees what was joined and can tell a wrong join at a glance.
/// </summary>
internal sealed class SpeakersSection(ReportWriter page)
{
    // Names beyond this many are counted, not listed: a row stays readable.
    private const int MaxNamesShown = 6;

    private static readonly string[] SpeakerColumns = ["Speaker", "Also named", "Type", "Roles", "Affiliations", "Statements", "Articles", "First", "Last"];

    public void Write()
    {
        page.Line("<section id=\"speakers\" aria-labelledby=\"speakers-title\">");
        page.Line("<h2 id=\"speakers-title\">Speakers</h2>");
        page.Line("<p>One row per person or body: the names an article gives the same speaker (a surname, a middle initial, a title) are joined "
            + "under one id across the run. Choose a name to see that speaker's statements in the quotes table.</p>");
        page.Line("<table id=\"speakers-table\" class=\"data sortable\">");
        page.Line("<caption>Who was quoted: one row per speaker across all articles</caption>");
        page.WriteSortableHead(SpeakerColumns);
        page.Line("<tbody>");
        Dictionary<string, List<(string Name, int Count)>> names = NamesByKey(page.Records);
        foreach (SpeakerSummary s in page.Overview.Speakers)
        {
            page.Line("<tr>");
            page.Line($"<th scope=\"row\" data-v=\"{Html.Encode(s.Name)}\"><a href=\"#quotes\" class=\"who\" data-speaker=\"{Html.Encode(s.Key)}\">{Html.Encode(s.Name)}</a>{IdNote(s)}</th>");
            page.Line($"<td>{AlsoNamed(s, names.GetValueOrDefault(s.Key) ?? [])}</td>");
            page.Line($"<td>{RecordFields.Lower(s.Type)}</td>");
            page.Line($"<td>{Html.Encode(string.Join(", ", s.Roles))}</td>");
            page.Line($"<td>{Html.Encode(string.Join(", ", s.Affiliations))}</td>");
            page.Line($"<td class=\"num\">{s.Statements.ToString(CultureInfo.InvariantCulture)}</td>");
            page.Line($"<td class=\"num\">{s.Articles.ToString(CultureInfo.InvariantCulture)}</td>");
            page.Line($"<td class=\"date\">{RecordFields.Date(s.FirstDate)}</td>");
            page.Line($"<td class=\"date\">{RecordFields.Date(s.LastDate)}</td>");
            page.Line("</tr>");
        }

        page.Line("</tbody>");
        if (page.Overview.Unattributed > 0)
        {
            page.Line("<tfoot><tr>");
            page.Line($"<td colspan=\"{SpeakerColumns.Length.ToString(CultureInfo.InvariantCulture)}\">{Html.Count(page.Overview.Unattributed, "statement", "statements")} without a speaker (not listed above)</td>");
            page.Line("</tr></tfoot>");
        }

        page.Line("</table>");
        page.Line("</section>");
    }

    // The id is what `--speaker` and `compare` take; speakers keyed by name have none to show.
    private static string IdNote(SpeakerSummary s) =>
        s.SpeakerId.Length == 0 ? "" : $"<br><code class=\"sid\">{Html.Encode(s.SpeakerId)}</code>";

    private static string AlsoNamed(SpeakerSummary s, List<(string Name, int Count)> names)
    {
        List<(string Name, int Count)> others = [.. names.Where(n => !string.Equals(n.Name, s.Name, StringComparison.Ordinal))];
        if (others.Count == 0)
        {
            return "";
        }

        IEnumerable<string> shown = others.Take(MaxNamesShown).Select(n => string.Create(CultureInfo.InvariantCulture, $"{Html.Encode(n.Name)} ({n.Count})"));
        string more = others.Count > MaxNamesShown ? $", {Html.Count(others.Count - MaxNamesShown, "other", "others")}" : "";
        return string.Join(", ", shown) + more;
    }

    // Each identity's names as the records wrote them, most statements first, then in ordinal order.
    private static Dictionary<string, List<(string Name, int Count)>> NamesByKey(IEnumerable<QuoteRecord> records) =>
        records
            .Where(r => !string.IsNullOrWhiteSpace(r.Speaker))
            .GroupBy(SpeakerAggregator.KeyOf, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(r => r.Speaker.Trim(), StringComparer.Ordinal)
                    .Select(n => (n.Key, n.Count()))
                    .OrderByDescending(n => n.Item2)
                    .ThenBy(n => n.Key, StringComparer.Ordinal)
                    .ToList(),
                StringComparer.Ordinal);
}
