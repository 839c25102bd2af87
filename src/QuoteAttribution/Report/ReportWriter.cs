using QuoteAttribution.Compare;
using QuoteAttribution.Entities;
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
    private readonly Lazy<SpeakerComparison?> _comparison;

    public ReportWriter(
        TextWriter writer, IReadOnlyList<QuoteRecord> records, IReadOnlyDictionary<string, string> texts,
        IReadOnlyDictionary<string, string> titles, ReportOptions options)
    {
        Out = writer;
        Records = records;
        Texts = texts;
        Titles = titles;
        Options = options;
        Overview = SpeakerAggregator.Aggregate(records);
        for (int i = 0; i < records.Count; i++)
        {
            _index.TryAdd(records[i], i);
        }

        ComparedSpeakers = options.Speakers.Count >= 2
            ? options.Speakers
            : [.. Overview.Speakers
                .OrderBy(s => s.Type == SpeakerType.Person ? 0 : 1)
                .Take(2)
                .Select(s => s.SpeakerId.Length > 0 ? s.SpeakerId : s.Name)];
        _comparison = new Lazy<SpeakerComparison?>(() =>
            ComparedSpeakers.Count < 2 ? null : SpeakerComparison.Create(Records, ComparedSpeakers, Options.Topics));
    }

    public TextWriter Out { get; }

    public IReadOnlyList<QuoteRecord> Records { get; }

    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>Article id → the headline its source gave (see <see cref="ArticleTitles"/>).</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    public ReportOptions Options { get; }

    public SpeakerOverview Overview { get; }

    /// <summary>The officials compared and profiled: the chosen ones, or the two speakers with most statements (people before organisations).</summary>
    public IReadOnlyList<string> ComparedSpeakers { get; }

    /// <summary>The comparison of <see cref="ComparedSpeakers"/>, made once for every section that shows it; null with fewer than two.</summary>
    public SpeakerComparison? Comparison => _comparison.Value;

    public void Line(string html)
    {
        Out.Write(html);
        Out.Write('\n');
    }

    /// <summary>The record's place in <see cref="Records"/> and in the report data's <c>quotes</c> array.</summary>
    public int IndexOf(QuoteRecord record) => _index[record];

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
