using System.Globalization;
using QuoteAttribution.Compare;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Report;

/// <summary>The comparison: what the chosen officials (or the two most quoted speakers) said, by shared topic.</summary>
internal sealed class ComparisonSection(ReportWriter page)
{
    public void Write()
    {
        page.Line("<section id=\"comparison\" aria-labelledby=\"comparison-title\">");
        page.Line("<h2 id=\"comparison-title\">Comparison</h2>");
        IReadOnlyList<string> queries = ComparedSpeakers();
        if (queries.Count < 2)
        {
            page.Line("<p>Fewer than two speakers were quoted: there is nothing to compare.</p>");
            page.Line("</section>");
            return;
        }

        SpeakerComparison comparison = SpeakerComparison.Create(page.Records, queries, page.Options.Topics);
        page.Line($"<p>What {Html.Encode(string.Join(" and ", comparison.Sides.Select(s => s.Label)))} said, by shared topic, then by date.</p>");
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
            WriteTopic(comparison.Topics[t], t + 1);
        }

        page.Line("</section>");
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
        page.Options.Speakers.Count >= 2
            ? page.Options.Speakers
            : [.. page.Overview.Speakers
                .OrderBy(s => s.Type == SpeakerType.Person ? 0 : 1)
                .Take(2)
                .Select(s => s.SpeakerId.Length > 0 ? s.SpeakerId : s.Name)];

    private void WriteTopic(ComparisonTopic topic, int number)
    {
        string id = string.Create(CultureInfo.InvariantCulture, $"topic-{number}");
        string title = topic.IsRemainder ? "Other statements" : topic.Term;
        page.Line($"<section class=\"topic\" aria-labelledby=\"{id}\">");
        page.Line($"<h3 id=\"{id}\">{Html.Encode(title)} <span class=\"count\">({Html.Count(topic.StatementCount, "statement", "statements")})</span></h3>");
        page.Line("<table class=\"data compare\">");
        page.Line(topic.IsRemainder
            ? "<caption>Statements that share no topic with the other side, by date</caption>"
            : $"<caption>What each said about {Html.Encode(topic.Term)}, by date</caption>");
        page.Line("<thead><tr><th scope=\"col\">Date</th>");
        foreach (TopicSide side in topic.Sides)
        {
            page.Line($"<th scope=\"col\">{Html.Encode(side.Speaker)}</th>");
        }

        page.Line("</tr></thead>");
        page.Line("<tbody>");
        foreach (ComparisonRow row in topic.ByDate())
        {
            page.Line($"<tr><th scope=\"row\">{(row.Date is null ? "undated" : RecordFields.Date(row.Date))}</th>");
            foreach (var cell in row.Cells)
            {
                WriteCell(cell);
            }

            page.Line("</tr>");
        }

        page.Line("</tbody>");
        page.Line("</table>");
        page.Line("</section>");
    }

    private void WriteCell(IReadOnlyList<QuoteRecord> statements)
    {
        if (statements.Count == 0)
        {
            page.Line("<td class=\"empty\"><span class=\"none\">\u2014</span></td>");
            return;
        }

        page.Line("<td>");
        foreach (QuoteRecord r in statements)
        {
            page.Out.Write("<blockquote class=\"stmt\"><p>");
            page.WriteContext(r);
            page.Line("</p>");
            page.Line($"<footer><a href=\"#{page.AnchorOf(r)}\">{Html.Encode(r.QuoteId)}</a> \u00B7 {RecordFields.Lower(r.Kind)} \u00B7 <code>{Html.Encode(r.Rule)}</code></footer></blockquote>");
        }

        page.Line("</td>");
    }
}
