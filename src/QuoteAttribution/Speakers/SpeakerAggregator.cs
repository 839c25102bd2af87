using System.Collections.Immutable;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Speakers;

/// <summary>
/// Folds the records of many articles into one row per speaker: <c>speaker_id</c> when present,
/// otherwise the speaker name (case-insensitive). Records with an empty speaker are only counted.
/// </summary>
/// <example>
/// Three records by <c>sergei-lavrov</c> in two articles → one row <c>Sergei Lavrov, Foreign Minister,
/// Russia, 3 statements, 2 articles</c>.
/// </example>
public static class SpeakerAggregator
{
    /// <summary>Builds the speaker overview of <paramref name="records"/>; input order decides "first seen".</summary>
    public static SpeakerOverview Aggregate(IEnumerable<QuoteRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        Dictionary<string, SpeakerAccumulator> byKey = new(StringComparer.Ordinal);
        HashSet<string> articles = new(StringComparer.Ordinal);
        int unattributed = 0;
        int total = 0;
        foreach (QuoteRecord record in records)
        {
            total++;
            articles.Add(record.Article);
            if (string.IsNullOrWhiteSpace(record.Speaker))
            {
                unattributed++;
                continue;
            }

            string key = KeyOf(record);
            if (!byKey.TryGetValue(key, out SpeakerAccumulator? accumulator))
            {
                accumulator = new SpeakerAccumulator(key, record.SpeakerId.Trim());
                byKey.Add(key, accumulator);
            }

            accumulator.Add(record);
        }

        ImmutableArray<SpeakerSummary> rows = [.. byKey.Values
            .Select(a => a.ToSummary())
            .OrderByDescending(s => s.Statements)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Key, StringComparer.Ordinal)];
        return new SpeakerOverview(rows, unattributed, total, articles.Count);
    }

    /// <summary>The grouping key of a record with a speaker: its id, else its name in lower case.</summary>
    internal static string KeyOf(QuoteRecord record) =>
        string.IsNullOrWhiteSpace(record.SpeakerId)
            ? "name:" + record.Speaker.Trim().ToLowerInvariant()
            : record.SpeakerId.Trim();
}
