using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Report;

/// <summary>
/// One rendering of the report: the page around its sections (quotes, speakers, comparison) and the
/// embedded data, each a type of its own that writes through one <see cref="ReportWriter"/>.
/// </summary>
internal sealed class HtmlReportPage
{
    // Nothing may be fetched: no images, fonts, frames or connections; only the inline style and script.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private readonly ReportWriter _page;

    public HtmlReportPage(
        TextWriter writer, IReadOnlyList<QuoteRecord> records, IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<string, string> titles, ReportOptions options) =>
        _page = new ReportWriter(writer, records, texts, titles, options);

    public void Write()
    {
        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(_page.Options.Title)}</title>");
        Line("<style>");
        _page.Out.Write(ReportResources.Css);
        Line("</style>");
        Line("</head>");
        Line("<body>");
        WriteHeader();
        Line("<main>");
        new QuotesSection(_page).Write();
        new SpeakersSection(_page).Write();
        new ProfilesSection(_page).Write();
        new ComparisonSection(_page).Write();
        Line("</main>");
        new ReportData(_page).Write();
        Line("<script>");
        _page.Out.Write(ReportResources.Script);
        Line("</script>");
        Line("</body>");
        Line("</html>");
    }

    private void WriteHeader()
    {
        Line("<header>");
        Line($"<h1>{E(_page.Options.Title)}</h1>");
        string summary = $"{Html.Count(_page.Overview.TotalStatements, "statement", "statements")} by "
            + $"{Html.Count(_page.Overview.Speakers.Length, "speaker", "speakers")} in "
            + $"{Html.Count(_page.Overview.TotalArticles, "article", "articles")}";
        if (_page.Overview.Unattributed > 0)
        {
            summary += $"; {Html.Count(_page.Overview.Unattributed, "statement", "statements")} without a speaker";
        }

        Line($"<p class=\"summary\">{E(summary)}.</p>");
        Line("<nav aria-label=\"Sections\"><ul>");
        Line("<li><a href=\"#quotes\">Quotes</a></li>");
        Line("<li><a href=\"#speakers\">Speakers</a></li>");
        Line("<li><a href=\"#profiles\">Profiles</a></li>");
        Line("<li><a href=\"#comparison\">Comparison</a></li>");
        Line("</ul></nav>");
        Line("</header>");
    }

    private void Line(string html) => _page.Line(html);

    private static string E(string text) => Html.Encode(text);
}
