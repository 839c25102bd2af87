using System.Collections.Immutable;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Compare;

/// <summary>
/// Finds the speakers a query names: the id (<c>sergei-lavrov</c>), the full name, or any word of it
/// (<c>Lavrov</c>), case-insensitive and ordinal. An id or full-name match beats a word match.
/// When nothing matches, suggests the closest speakers: those sharing a word with the query, or within
/// a few edits of the id, the name or one of its words (two, or a third of the query's length).
/// </summary>
public static class SpeakerMatcher
{
    private const int MaxSuggestions = 3;

    /// <summary>Matches <paramref name="query"/> against the speakers of <paramref name="overview"/>.</summary>
    public static SpeakerMatch Match(SpeakerOverview overview, string query)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(query);
        string q = query.Trim().ToLowerInvariant();
        string[] queryWords = Words(q);
        if (queryWords.Length == 0)
        {
            return new SpeakerMatch(query, [], []);
        }

        ImmutableArray<SpeakerSummary> exact = [.. overview.Speakers.Where(s => IsExact(s, q))];
        if (!exact.IsEmpty)
        {
            return new SpeakerMatch(query, exact, []);
        }

        ImmutableArray<SpeakerSummary> byWords = [.. overview.Speakers.Where(s => ContainsRun(Words(s.Name), queryWords))];
        return byWords.IsEmpty
            ? new SpeakerMatch(query, [], Suggest(overview, q, queryWords))
            : new SpeakerMatch(query, byWords, []);
    }

    private static bool IsExact(SpeakerSummary speaker, string q) =>
        string.Equals(speaker.Name, q, StringComparison.OrdinalIgnoreCase)
        || (speaker.SpeakerId.Length > 0
            && (string.Equals(speaker.SpeakerId, q, StringComparison.OrdinalIgnoreCase)
                || string.Equals(speaker.SpeakerId, string.Join('-', Words(q)), StringComparison.OrdinalIgnoreCase)));

    // True when the query's words appear in the name as one contiguous run ("Lavrov", "Sergei Lavrov").
    private static bool ContainsRun(string[] nameWords, string[] queryWords)
    {
        for (int i = 0; i + queryWords.Length <= nameWords.Length; i++)
        {
            if (nameWords.AsSpan(i, queryWords.Length).SequenceEqual(queryWords))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<SpeakerSummary> Suggest(SpeakerOverview overview, string q, string[] queryWords) =>
        [.. overview.Speakers
            .Select(s => (Speaker: s, Shared: Words(s.Name).Intersect(queryWords, StringComparer.Ordinal).Count(), Distance: Distance(s, q)))
            .Where(x => x.Shared > 0 || x.Distance <= Math.Max(2, q.Length / 3))
            .OrderByDescending(x => x.Shared)
            .ThenBy(x => x.Distance)
            .ThenByDescending(x => x.Speaker.Statements)
            .ThenBy(x => x.Speaker.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(x => x.Speaker)];

    // The smallest distance from the query to the full name, the id or any single word of the name.
    private static int Distance(SpeakerSummary speaker, string q)
    {
        IEnumerable<string> candidates = Words(speaker.Name)
            .Append(speaker.Name.ToLowerInvariant())
            .Append(speaker.SpeakerId.ToLowerInvariant())
            .Where(c => c.Length > 0);
        return candidates.Select(c => EditDistance.Between(c, q)).DefaultIfEmpty(int.MaxValue).Min();
    }

    internal static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
