using System.Globalization;
using QuoteAttribution.Compare;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Report;

internal sealed partial class HtmlReportPage
{
    private void WriteComparison()
    {
        Line("<section id=\"comparison\" aria-labelledby=\"comparison-title\">");
        Line("<h2 id=\"comparison-title\">Comparison</h2>");
        IReadOnlyList<string> queries = ComparedSpeakers();
        if (queries.Count < 2)
        {
            Line("<p>Fewer than two speakers were quoted: there is nothing to compare.</p>");
            Line("</section>");
            return;
        }

        SpeakerComparison comparison = SpeakerComparison.Create(_records, queries, _options.Topics);
        Line($"<p>What {E(string.Join(" and ", comparison.Sides.Select(s => s.Label)))} said, by shared topic, then by date.</p>");
        foreach (SpeakerMatch side in comparison.Sides.Where(s => !s.IsFound))
        {
            Line($"<p class=\"notice\" role=\"note\">{E(NotFound(side))}.</p>");
        }

        if (comparison.Topics.IsEmpty)
        {
            Line("<p>They share no topic.</p>");
        }

        for (int t = 0; t < comparison.Topics.Length; t++)
        {
            WriteTopic(comparison.Topics[t], t + 1);
        }

        Line("</section>");
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

    // The chosen officials, or the two speakers with most statements (people before organisations).
    private IReadOnlyList<string> ComparedSpeakers() =>
        _options.Speakers.Count >= 2
            ? _options.Speakers
            : [.. _overview.Speakers
                .OrderBy(s => s.Type == SpeakerType.Person ? 0 : 1)
                .Take(2)
                .Select(s => s.SpeakerId.Length > 0 ? s.SpeakerId : s.Name)];

    private void WriteTopic(ComparisonTopic topic, int number)
    {
        string id = string.Create(CultureInfo.InvariantCulture, $"topic-{number}");
        string title = topic.IsRemainder ? "Other statements" : topic.Term;
        Line($"<section class=\"topic\" aria-labelledby=\"{id}\">");
        Line($"<h3 id=\"{id}\">{E(title)} <span class=\"count\">({Html.Count(topic.StatementCount, "statement", "statements")})</span></h3>");
        Line("<table class=\"data compare\">");
        Line(topic.IsRemainder
            ? "<caption>Statements that share no topic with the other side, by date</caption>"
            : $"<caption>What each said about {E(topic.Term)}, by date</caption>");
        Line("<thead><tr><th scope=\"col\">Date</th>");
        foreach (TopicSide side in topic.Sides)
        {
            Line($"<th scope=\"col\">{E(side.Speaker)}</th>");
        }

        Line("</tr></thead>");
        Line("<tbody>");
        foreach (ComparisonRow row in topic.ByDate())
        {
            Line($"<tr><th scope=\"row\">{(row.Date is null ? "undated" : RecordFields.Date(row.Date))}</th>");
            foreach (var cell in row.Cells)
            {
                WriteCell(cell);
            }

            Line("</tr>");
        }

        Line("</tbody>");
        Line("</table>");
        Line("</section>");
    }

    private void WriteCell(IReadOnlyList<QuoteRecord> statements)
    {
        if (statements.Count == 0)
        {
            Line("<td class=\"empty\"><span class=\"none\">\u2014</span></td>");
            return;
        }

        Line("<td>");
        foreach (QuoteRecord r in statements)
        {
            _out.Write("<blockquote class=\"stmt\"><p>");
            WriteContext(r);
            Line("</p>");
            Line($"<footer><a href=\"#{AnchorOf(r)}\">{E(r.QuoteId)}</a> \u00B7 {RecordFields.Lower(r.Kind)} \u00B7 <code>{E(r.Rule)}</code></footer></blockquote>");
        }

        Line("</td>");
    }
}
