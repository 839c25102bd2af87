using System.Collections.Immutable;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Compare;

/// <summary>
/// Finds the speakers a query names: the id (<c>sergei-lavrov</c>), the full name, or any word of it
/// (<c>Lavrov</c>), case-insensitive and ordinal. An id or full-name match beats a word match. A word
/// that fits several speakers names the one holding nearly all of their statements (<see cref="NearlyAll"/>),
/// else none: the candidates are returned for the caller to list, since merging two people's
/// statements would give wrong counts. When nothing matches, suggests the closest speakers: those
/// sharing a word with the query, or within a few edits of the id, the name or one of its words (two,
/// or a third of the query's length).
/// </summary>
/// <example><c>Cruz</c> with Ted Cruz (40 statements) and Ana Cruz (1) → Ted Cruz; with 30 and 12 → refused.</example>
public static class SpeakerMatcher
{
    /// <summary>The share of the candidates' statements one speaker must hold to be taken for a shared word.</summary>
    public const double NearlyAll = 0.9;

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

        // A surname asks for the people whose names end in it, not for "Trump campaign" or "a Trump aide".
        ImmutableArray<SpeakerSummary> bySurname = [.. byWords.Where(s => EndsWith(Words(s.Name), queryWords))];
        if (!bySurname.IsEmpty)
        {
            byWords = bySurname;
        }

        return byWords.Length switch
        {
            0 => new SpeakerMatch(query, [], Suggest(overview, q, queryWords)),
            1 => new SpeakerMatch(query, byWords, []),
            _ => Choose(query, byWords),
        };
    }

    // Several speakers fit the word: the one with nearly all of their statements, or none.
    private static SpeakerMatch Choose(string query, ImmutableArray<SpeakerSummary> candidates)
    {
        ImmutableArray<SpeakerSummary> ranked = [.. candidates
            .OrderByDescending(s => s.Statements)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];
        int total = ranked.Sum(s => s.Statements);
        bool dominant = total > 0 && ranked[0].Statements >= NearlyAll * total;
        return new SpeakerMatch(query, dominant ? [ranked[0]] : [], []) { Candidates = ranked };
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

    private static bool EndsWith(string[] nameWords, string[] queryWords) =>
        nameWords.Length >= queryWords.Length && nameWords.AsSpan(nameWords.Length - queryWords.Length).SequenceEqual(queryWords);

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
