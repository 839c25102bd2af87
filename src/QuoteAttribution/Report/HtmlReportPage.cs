using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

/// <summary>
/// One rendering of the report. The sections live in partial files: quotes, speakers, comparison,
/// and the embedded data. Every line ends in <c>\n</c> whatever the platform, so output is byte-stable.
/// </summary>
internal sealed partial class HtmlReportPage
{
    // Nothing may be fetched: no images, fonts, frames or connections; only the inline style and script.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private readonly TextWriter _out;
    private readonly IReadOnlyList<QuoteRecord> _records;
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly ReportOptions _options;
    private readonly SpeakerOverview _overview;
    private readonly Dictionary<QuoteRecord, int> _index = new(ReferenceEqualityComparer.Instance);

    public HtmlReportPage(
        TextWriter writer, IReadOnlyList<QuoteRecord> records, IReadOnlyDictionary<string, string> texts, ReportOptions options)
    {
        _out = writer;
        _records = records;
        _texts = texts;
        _options = options;
        _overview = SpeakerAggregator.Aggregate(records);
        for (int i = 0; i < records.Count; i++)
        {
            _index.TryAdd(records[i], i);
        }
    }

    public void Write()
    {
        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(_options.Title)}</title>");
        Line("<style>");
        _out.Write(ReportResources.Css);
        Line("</style>");
        Line("</head>");
        Line("<body>");
        WriteHeader();
        Line("<main>");
        WriteQuotes();
        WriteSpeakers();
        WriteComparison();
        Line("</main>");
        WriteData();
        Line("<script>");
        _out.Write(ReportResources.Script);
        Line("</script>");
        Line("</body>");
        Line("</html>");
    }

    private void WriteHeader()
    {
        Line("<header>");
        Line($"<h1>{E(_options.Title)}</h1>");
        string summary = $"{Html.Count(_overview.TotalStatements, "statement", "statements")} by "
            + $"{Html.Count(_overview.Speakers.Length, "speaker", "speakers")} in "
            + $"{Html.Count(_overview.TotalArticles, "article", "articles")}";
        if (_overview.Unattributed > 0)
        {
            summary += $"; {Html.Count(_overview.Unattributed, "statement", "statements")} without a speaker";
        }

        Line($"<p class=\"summary\">{E(summary)}.</p>");
        Line("<nav aria-label=\"Sections\"><ul>");
        Line("<li><a href=\"#quotes\">Quotes</a></li>");
        Line("<li><a href=\"#speakers\">Speakers</a></li>");
        Line("<li><a href=\"#comparison\">Comparison</a></li>");
        Line("</ul></nav>");
        Line("</header>");
    }

    // The statement in its sentence: <mark> for the statement, <strong class="mention"> for the speaker.
    private void WriteContext(QuoteRecord record)
    {
        _texts.TryGetValue(record.Article, out string? text);
        foreach (ContextSegment segment in ContextWindow.Cut(record, text))
        {
            _out.Write(segment.Kind switch
            {
                ContextSegmentKind.Statement => $"<mark>{E(segment.Text)}</mark>",
                ContextSegmentKind.Mention => $"<strong class=\"mention\">{E(segment.Text)}</strong>",
                ContextSegmentKind.Cut => "<span class=\"cut\" aria-label=\"text left out\">\u2026</span>",
                _ => E(segment.Text),
            });
        }
    }

    private string AnchorOf(QuoteRecord record) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"q-{_index[record] + 1}");

    private void Line(string html)
    {
        _out.Write(html);
        _out.Write('\n');
    }

    private static string E(string text) => Html.Encode(text);
}
