using System.Globalization;
using QuoteAttribution.Compare;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Report;

/// <summary>
/// A profile per compared official (<see cref="SpeakerProfiles"/>): the roles and affiliations the
/// articles gave them over time, their statements by month as a column chart, and the topics they
/// spoke about most. Small and static: it reads without the script.
/// </summary>
internal sealed class ProfilesSection(ReportWriter page)
{
    // Roles beyond this many (the least stated) are counted, not listed: a corpus gives a much-quoted
    // official dozens of one-off descriptions.
    private const int MaxRolesShown = 12;

    public void Write()
    {
        page.Line("<section id=\"profiles\" aria-labelledby=\"profiles-title\">");
        page.Line("<h2 id=\"profiles-title\">Profiles</h2>");
        IReadOnlyList<SpeakerProfile> profiles = SpeakerProfiles.Build(page.Records, ProfiledKeys());
        if (profiles.Count == 0)
        {
            page.Line("<p>No speaker to profile.</p>");
        }

        for (int p = 0; p < profiles.Count; p++)
        {
            WriteProfile(profiles[p], p + 1);
        }

        page.Line("</section>");
    }

    // The officials of the comparison; without one (fewer than two speakers), the one most quoted.
    private IEnumerable<string> ProfiledKeys() =>
        page.Comparison is { } comparison
            ? comparison.Sides.SelectMany(s => s.Matches).Select(m => m.Key)
            : page.Overview.Speakers.Take(1).Select(s => s.Key);

    private void WriteProfile(SpeakerProfile profile, int number)
    {
        string id = string.Create(CultureInfo.InvariantCulture, $"profile-{number}");
        string undated = profile.Undated > 0 ? $", {Html.Count(profile.Undated, "undated", "undated")}" : "";
        page.Line($"<article class=\"profile\" aria-labelledby=\"{id}\">");
        page.Line($"<h3 id=\"{id}\">{Html.Encode(profile.Name)} <span class=\"count\">({Html.Count(profile.Statements, "statement", "statements")}{undated})</span></h3>");
        page.Line($"<p><a class=\"who\" href=\"#quotes\" data-speaker=\"{Html.Encode(profile.Key)}\">Show {Html.Encode(profile.Name)}\u2019s statements in the quotes table</a></p>");
        page.Line("<div class=\"profile-parts\">");
        WriteRoles(profile);
        WriteMonths(profile);
        WriteTopics(profile);
        page.Line("</div>");
        page.Line("</article>");
    }

    private void WriteRoles(SpeakerProfile profile)
    {
        page.Line("<div class=\"roles\">");
        page.Line("<h4>Roles seen over time</h4>");
        if (profile.Roles.IsEmpty)
        {
            page.Line("<p class=\"none\">No role or affiliation given.</p>");
            page.Line("</div>");
            return;
        }

        // The most stated roles, shown in the order they were first seen.
        ProfileRole[] shown = [.. profile.Roles
            .Select((role, order) => (role, order))
            .OrderByDescending(r => r.role.Statements)
            .ThenBy(r => r.order)
            .Take(MaxRolesShown)
            .OrderBy(r => r.order)
            .Select(r => r.role)];
        page.Line("<table class=\"data\">");
        page.Line("<caption>Each role and affiliation the articles gave, by the first date it was seen</caption>");
        page.Line("<thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Affiliation</th><th scope=\"col\">Statements</th><th scope=\"col\">First</th><th scope=\"col\">Last</th></tr></thead>");
        page.Line("<tbody>");
        foreach (ProfileRole role in shown)
        {
            page.Line($"<tr><td>{Html.Encode(role.Role)}</td><td>{Html.Encode(role.Affiliation)}</td>"
                + string.Create(CultureInfo.InvariantCulture, $"<td class=\"num\">{role.Statements}</td>")
                + $"<td class=\"date\">{RecordFields.Date(role.FirstDate)}</td><td class=\"date\">{RecordFields.Date(role.LastDate)}</td></tr>");
        }

        page.Line("</tbody>");
        if (profile.Roles.Length > shown.Length)
        {
            int others = profile.Roles.Length - shown.Length;
            page.Line($"<tfoot><tr><td colspan=\"5\">{Html.Count(others, "other role", "other roles")} given less often (not listed)</td></tr></tfoot>");
        }

        page.Line("</table>");
        page.Line("</div>");
    }

    // A column per month from the first dated statement to the last, as high as its share of the busiest
    // month; each column says its month and count to a screen reader and on hover.
    private void WriteMonths(SpeakerProfile profile)
    {
        page.Line("<div class=\"months\">");
        page.Line("<h4>Statements by month</h4>");
        if (profile.Months.IsEmpty)
        {
            page.Line("<p class=\"none\">No statement was dated.</p>");
            page.Line("</div>");
            return;
        }

        int busiest = Math.Max(1, profile.Months.Max(m => m.Statements));
        page.Line($"<ol class=\"chart\" aria-label=\"Statements by month, {profile.Months[0].Label} to {profile.Months[^1].Label}\">");
        foreach (MonthCount month in profile.Months)
        {
            string text = $"{month.Label}: {Html.Count(month.Statements, "statement", "statements")}";
            int height = month.Statements == 0 ? 0 : Math.Max(2, month.Statements * 100 / busiest);
            page.Line(string.Create(CultureInfo.InvariantCulture,
                $"<li title=\"{text}\"><span class=\"bar\" style=\"height:{height}%\"></span><span class=\"label\">{text}</span></li>"));
        }

        page.Line("</ol>");
        page.Line($"<p class=\"axis\"><span>{profile.Months[0].Label}</span><span>{profile.Months[^1].Label}</span></p>");
        page.Line("</div>");
    }

    private void WriteTopics(SpeakerProfile profile)
    {
        page.Line("<div class=\"topics\">");
        page.Line("<h4>Top topics</h4>");
        if (profile.Topics.IsEmpty)
        {
            page.Line("<p class=\"none\">No topic found.</p>");
        }
        else
        {
            page.Line("<ol>");
            foreach (ProfileTopic topic in profile.Topics)
            {
                page.Line($"<li>{Html.Encode(topic.Term)} <span class=\"count\">({Html.Count(topic.Statements, "statement", "statements")})</span></li>");
            }

            page.Line("</ol>");
        }

        page.Line("</div>");
    }
}
