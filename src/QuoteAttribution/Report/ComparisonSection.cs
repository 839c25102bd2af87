using System.Globalization;
using System.Text.Json;
using QuoteAttribution.Compare;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Report;

/// <summary>
/// The comparison: what the chosen officials (or the two most quoted speakers) said, by shared topic.
/// The page holds one closed <c>&lt;details&gt;</c> per topic, its heading and count; the script draws a
/// topic's statements side by side from the report data when the reader opens it (the first few are
/// open and drawn at load). Two officials of a corpus of hundreds of articles share hundreds of topics,
/// and drawing every statement of each in its context took seconds before the page could be used.
/// </summary>
internal sealed class ComparisonSection(ReportWriter page)
{
    // Topics open (and drawn) when the page loads: the ones both sides said most about.
    private const int TopicsOpenAtLoad = 3;

    public void Write()
    {
        page.Line("<section id=\"comparison\" aria-labelledby=\"comparison-title\">");
        page.Line("<h2 id=\"comparison-title\">Comparison</h2>");
        if (page.Comparison is not { } comparison)
        {
            page.Line("<p>Fewer than two speakers were quoted: there is nothing to compare.</p>");
            page.Line("</section>");
            return;
        }

        page.Line($"<p>What {Html.Encode(string.Join(" and ", comparison.Sides.Select(s => s.Label)))} said, by shared topic (the ones both said most about first), then by date. Open a topic to see the statements side by side.</p>");
        foreach (SpeakerMatch side in comparison.Sides.Where(s => !s.IsFound))
        {
            page.Line($"<p class=\"notice\" role=\"note\">{Html.Encode(NotFound(side))}.</p>");
        }

        if (comparison.Topics.IsEmpty)
        {
            page.Line("<p>They share no topic.</p>");
        }

        for (int t = 0; t < comparison.Topics.Length; t++)
        {
            WriteTopic(comparison.Topics[t], t);
        }

        page.Line("</section>");
    }

    /// <summary>
    /// The <c>comparison</c> object of the report data: the sides' headings and, per topic in page order,
    /// its rows by date, each <c>[date, [quote indexes of side 1], [of side 2], ...]</c>.
    /// </summary>
    public void WriteData(Utf8JsonWriter json)
    {
        if (page.Comparison is not { } comparison)
        {
            return;
        }

        json.WriteStartObject("comparison");
        json.WriteStartArray("sides");
        foreach (SpeakerMatch side in comparison.Sides)
        {
            json.WriteStringValue(side.Label);
        }

        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (ComparisonTopic topic in comparison.Topics)
        {
            json.WriteStartObject();
            json.WriteString("term", topic.Term);
            json.WriteStartArray("rows");
            foreach (ComparisonRow row in topic.ByDate())
            {
                json.WriteStartArray();
                json.WriteStringValue(RecordFields.Date(row.Date));
                foreach (var cell in row.Cells)
                {
                    json.WriteStartArray();
                    foreach (QuoteRecord r in cell)
                    {
                        json.WriteNumberValue(page.IndexOf(r));
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string NotFound(SpeakerMatch side)
    {
        if (side.IsAmbiguous)
        {
            return $"\u201C{side.Query}\u201D fits several speakers: "
                + string.Join(", ", side.Candidates.Select(c => $"{c.Name} ({Html.Count(c.Statements, "statement", "statements")})"));
        }

        string suggestions = side.Suggestions.IsEmpty ? "" : "; did you mean: " + string.Join(", ", side.Suggestions.Select(s => s.Name));
        return $"No speaker \u201C{side.Query}\u201D{suggestions}";
    }

    private void WriteTopic(ComparisonTopic topic, int index)
    {
        string id = string.Create(CultureInfo.InvariantCulture, $"topic-{index + 1}");
        string title = topic.IsRemainder ? "Other statements" : topic.Term;
        string open = index < TopicsOpenAtLoad ? " open" : "";
        page.Line(string.Create(CultureInfo.InvariantCulture, $"<details class=\"topic\" data-topic=\"{index}\"{open}>"));
        page.Line($"<summary><h3 id=\"{id}\">{Html.Encode(title)} <span class=\"count\">({Html.Count(topic.StatementCount, "statement", "statements")})</span></h3></summary>");
        page.Line("</details>");
    }
}
