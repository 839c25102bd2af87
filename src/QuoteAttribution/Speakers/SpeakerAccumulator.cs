using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Speakers;

/// <summary>The running totals of one speaker while <see cref="SpeakerAggregator"/> folds records.</summary>
internal sealed class SpeakerAccumulator(string key, string speakerId)
{
    private readonly List<string> _roles = [];
    private readonly List<string> _affiliations = [];
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);
    private string _name = "";
    private SpeakerType _type = SpeakerType.Unknown;
    private int _statements;
    private DateOnly? _first;
    private DateOnly? _last;

    public void Add(QuoteRecord record)
    {
        _statements++;
        _articles.Add(record.Article);
        string name = record.Speaker.Trim();
        if (IsFuller(name, _name))
        {
            _name = name;
        }

        if (_type == SpeakerType.Unknown)
        {
            _type = record.SpeakerType;
        }

        AddDistinct(_roles, record.Role);
        AddDistinct(_affiliations, record.Affiliation);
        if (record.Date is DateOnly date)
        {
            _first = _first is null || date < _first ? date : _first;
            _last = _last is null || date > _last ? date : _last;
        }
    }

    public SpeakerSummary ToSummary() =>
        new(key, _name, _type, [.. _roles], [.. _affiliations], _statements, _articles.Count, _first, _last)
        {
            SpeakerId = speakerId,
        };

    // Fullest = more words, then more characters; on a tie the first seen stays, so input order decides.
    private static bool IsFuller(string candidate, string current)
    {
        int candidateWords = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        int currentWords = current.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return candidateWords != currentWords
            ? candidateWords > currentWords
            : candidate.Length > current.Length;
    }

    private static void AddDistinct(List<string> values, string value)
    {
        string trimmed = value.Trim();
        if (trimmed.Length > 0 && !values.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            values.Add(trimmed);
        }
    }
}
