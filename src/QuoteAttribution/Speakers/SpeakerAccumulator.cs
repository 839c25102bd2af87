using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Speakers;

/// <summary>The running totals of one speaker while <see cref="SpeakerAggregator"/> folds records.</summary>
internal sealed class SpeakerAccumulator(string key, string speakerId)
{
    // A longer "name" is most often a headline taken for one.
    private const int MaxNameWords = 4;

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
        string name = record.SpeakerType == SpeakerType.Person ? RegisteredName.Of(record.Speaker).Bare : record.Speaker.Trim();
        if (IsBetterName(name, _name))
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

    // A person is shown as the name its id was made from (not "Donald J. Trump" or a headline that ends in
    // the name), without party words; else, and for other speakers, the fullest name seen.
    private bool IsBetterName(string candidate, string current)
    {
        if (current.Length == 0)
        {
            return true;
        }

        int rank = NameRank(candidate), currentRank = NameRank(current);
        return rank != currentRank ? rank > currentRank : IsFuller(candidate, current);
    }

    private int NameRank(string name) =>
        (speakerId.Length > 0 && SpeakerIds.Slug(name) == speakerId ? 2 : 0)
        + (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNameWords ? 1 : 0);

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
