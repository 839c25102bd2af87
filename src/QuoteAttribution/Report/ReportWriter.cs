using System.Globalization;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

/// <summary>
/// What every section of one report page shares: the output, the records and their article texts, the
/// options and the speaker overview, and the small pieces of markup more than one section writes. Every
/// line ends in <c>\n</c> whatever the platform, so output is byte-stable.
/// </summary>
internal sealed class ReportWriter
{
    private readonly Dictionary<QuoteRecord, int> _index = new(ReferenceEqualityComparer.Instance);

    public ReportWriter(TextWriter writer, IReadOnlyList<QuoteRecord> records, IReadOnlyDictionary<string, string> texts, ReportOptions options)
    {
        Out = writer;
        Records = records;
        Texts = texts;
        Options = options;
        Overview = SpeakerAggregator.Aggregate(records);
        for (int i = 0; i < records.Count; i++)
        {
            _index.TryAdd(records[i], i);
        }
    }

    public TextWriter Out { get; }

    public IReadOnlyList<QuoteRecord> Records { get; }

    public IReadOnlyDictionary<string, string> Texts { get; }

    public ReportOptions Options { get; }

    public SpeakerOverview Overview { get; }

    public void Line(string html)
    {
        Out.Write(html);
        Out.Write('\n');
    }

    // The statement in its sentence: <mark> for the statement, <strong class="mention"> for the speaker.
    public void WriteContext(QuoteRecord record)
    {
        Texts.TryGetValue(record.Article, out string? text);
        foreach (ContextSegment segment in ContextWindow.Cut(record, text))
        {
            Out.Write(segment.Kind switch
            {
                ContextSegmentKind.Statement => $"<mark>{Html.Encode(segment.Text)}</mark>",
                ContextSegmentKind.Mention => $"<strong class=\"mention\">{Html.Encode(segment.Text)}</strong>",
                ContextSegmentKind.Cut => "<span class=\"cut\" aria-label=\"text left out\">\u2026</span>",
                _ => Html.Encode(segment.Text),
            });
        }
    }

    public string AnchorOf(QuoteRecord record) =>
        string.Create(CultureInfo.InvariantCulture, $"q-{_index[record] + 1}");

    // Header cells hold real buttons, so sorting works by keyboard (Tab, Enter, Space) as well as by click.
    public void WriteSortableHead(IEnumerable<string> columns)
    {
        Line("<thead><tr>");
        foreach (string column in columns)
        {
            Line($"<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" class=\"sort\">{Html.Encode(column)}</button></th>");
        }

        Line("</tr></thead>");
    }

    // Buttons rather than links: they change what a paged table shows, not where the page is. The
    // script finds the pagers of a table in its section.
    public void WritePager(string label)
    {
        Line($"<nav class=\"pager\" aria-label=\"{Html.Encode(label)}\">");
        Line("<button type=\"button\" data-go=\"first\">First</button>");
        Line("<button type=\"button\" data-go=\"prev\">Previous</button>");
        Line("<span class=\"p-status\">Page 1 of 1</span>");
        Line("<button type=\"button\" data-go=\"next\">Next</button>");
        Line("<button type=\"button\" data-go=\"last\">Last</button>");
        Line("</nav>");
    }
}
