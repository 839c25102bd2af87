using System.Globalization;
using System.Text.Json;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

/// <summary>
/// The speakers table: one row per speaker identity across all articles, as the run reconciled them
/// (one id for "Donald Trump", "Trump" and "Donald J. Trump"), with the names the records gave that
/// identity, so a reader sees what was joined and can tell a wrong join at a glance. Like the quotes,
/// the rows are drawn by the script from the report data, a page at a time: a corpus of hundreds of
/// articles quotes over a thousand speakers.
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
        page.Line("<p>One row per person or body: the names articles give the same speaker (a surname, a middle initial, a title) are joined "
            + "under one id across the run. Choose a name to see that speaker's statements in the quotes table.</p>");
        page.Line("<table id=\"speakers-table\" class=\"data paged\">");
        page.Line("<caption>Who was quoted: one row per speaker across all articles, most statements first</caption>");
        page.WriteSortableHead(SpeakerColumns);
        page.Line("<tbody></tbody>");
        if (page.Overview.Unattributed > 0)
        {
            page.Line("<tfoot><tr>");
            page.Line($"<td colspan=\"{SpeakerColumns.Length.ToString(CultureInfo.InvariantCulture)}\">{Html.Count(page.Overview.Unattributed, "statement", "statements")} without a speaker (not listed above)</td>");
            page.Line("</tr></tfoot>");
        }

        page.Line("</table>");
        page.WritePager("Speaker pages");
        page.Line("</section>");
    }

    /// <summary>The rows of the table as the <c>speakers</c> array of the report data, in the overview's order.</summary>
    public void WriteData(Utf8JsonWriter json)
    {
        Dictionary<string, List<(string Name, int Count)>> names = NamesByKey(page.Records);
        json.WriteStartArray("speakers");
        foreach (SpeakerSummary s in page.Overview.Speakers)
        {
            json.WriteStartObject();
            json.WriteString("key", s.Key);
            json.WriteString("name", s.Name);
            json.WriteString("id", s.SpeakerId);
            json.WriteString("also", AlsoNamed(s, names.GetValueOrDefault(s.Key) ?? []));
            json.WriteString("type", RecordFields.Lower(s.Type));
            json.WriteString("roles", string.Join(", ", s.Roles));
            json.WriteString("affiliations", string.Join(", ", s.Affiliations));
            json.WriteNumber("statements", s.Statements);
            json.WriteNumber("articles", s.Articles);
            json.WriteString("first", RecordFields.Date(s.FirstDate));
            json.WriteString("last", RecordFields.Date(s.LastDate));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // The other names of an identity with their statement counts: "Trump (124), Donald J. Trump (64)".
    internal static string AlsoNamed(SpeakerSummary s, List<(string Name, int Count)> names)
    {
        List<(string Name, int Count)> others = [.. names.Where(n => !string.Equals(n.Name, s.Name, StringComparison.Ordinal))];
        IEnumerable<string> shown = others.Take(MaxNamesShown).Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Name} ({n.Count})"));
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
