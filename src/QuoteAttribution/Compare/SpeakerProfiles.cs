using System.Collections.Immutable;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Compare;

/// <summary>
/// Builds the <see cref="SpeakerProfile"/> of chosen speakers from the records of a run: roles over
/// time, statements by month, top topics (the key terms of <c>compare</c>, normalised the same way).
/// </summary>
/// <example>
/// Records of <c>jane-doe</c> as "Mayor" in March 2016 and "Governor" in May 2016 → roles
/// <c>Mayor</c> then <c>Governor</c>, months 2016-03 (n), 2016-04 (0), 2016-05 (m).
/// </example>
public static class SpeakerProfiles
{
    /// <summary>How many topics a profile lists when the caller does not say.</summary>
    public const int DefaultTopicCount = 10;

    /// <summary>
    /// The profiles of the speakers whose keys (<see cref="SpeakerSummary.Key"/>) are
    /// <paramref name="speakerKeys"/>, in that order; a key no record carries is skipped.
    /// </summary>
    public static ImmutableArray<SpeakerProfile> Build(
        IEnumerable<QuoteRecord> records, IEnumerable<string> speakerKeys, int topicCount = DefaultTopicCount)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(speakerKeys);
        ArgumentOutOfRangeException.ThrowIfNegative(topicCount);
        IReadOnlyList<QuoteRecord> all = [.. records];
        SpeakerOverview overview = SpeakerAggregator.Aggregate(all);
        Dictionary<string, SpeakerSummary> byKey = overview.Speakers.ToDictionary(s => s.Key, StringComparer.Ordinal);
        ProfileTopics topics = ProfileTopics.Learn(all);
        ImmutableArray<SpeakerProfile>.Builder profiles = ImmutableArray.CreateBuilder<SpeakerProfile>();
        foreach (string key in speakerKeys.Distinct(StringComparer.Ordinal))
        {
            if (!byKey.TryGetValue(key, out SpeakerSummary? summary))
            {
                continue;
            }

            QuoteRecord[] said = [.. all.Where(r => !string.IsNullOrWhiteSpace(r.Speaker) && SpeakerAggregator.KeyOf(r) == key)];
            profiles.Add(new SpeakerProfile(
                key,
                summary.Name,
                summary.Type,
                said.Length,
                RolesOf(said),
                MonthsOf(said),
                said.Count(r => r.Date is null),
                topics.Top(said, summary.Name, topicCount)));
        }

        return profiles.ToImmutable();
    }

    private static ImmutableArray<ProfileRole> RolesOf(IReadOnlyList<QuoteRecord> said) =>
        [.. said
            .Where(r => r.Role.Trim().Length > 0 || r.Affiliation.Trim().Length > 0)
            .GroupBy(r => (Role: r.Role.Trim(), Affiliation: r.Affiliation.Trim()), RolePairComparer.Instance)
            .Select(g => new ProfileRole(g.Key.Role, g.Key.Affiliation, g.Count(), g.Min(r => r.Date), g.Max(r => r.Date)))
            .OrderBy(r => r.FirstDate is null)
            .ThenBy(r => r.FirstDate)
            .ThenByDescending(r => r.Statements)
            .ThenBy(r => r.Role, StringComparer.Ordinal)
            .ThenBy(r => r.Affiliation, StringComparer.Ordinal)];

    // Every month between the first and the last, so a chart of the counts has an even time axis.
    private static ImmutableArray<MonthCount> MonthsOf(IReadOnlyList<QuoteRecord> said)
    {
        Dictionary<int, int> counts = [];
        foreach (DateOnly date in said.Select(r => r.Date).OfType<DateOnly>())
        {
            int index = (date.Year * 12) + date.Month - 1;
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }

        if (counts.Count == 0)
        {
            return [];
        }

        int first = counts.Keys.Min(), last = counts.Keys.Max();
        return [.. Enumerable.Range(first, last - first + 1)
            .Select(i => new MonthCount(i / 12, (i % 12) + 1, counts.GetValueOrDefault(i)))];
    }

    // Roles compare without case: "foreign minister" and "Foreign Minister" are one role, shown as first seen.
    private sealed class RolePairComparer : IEqualityComparer<(string Role, string Affiliation)>
    {
        public static readonly RolePairComparer Instance = new();

        public bool Equals((string Role, string Affiliation) x, (string Role, string Affiliation) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Role, y.Role)
            && StringComparer.OrdinalIgnoreCase.Equals(x.Affiliation, y.Affiliation);

        public int GetHashCode((string Role, string Affiliation) obj) =>
            HashCode.Combine(
                StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Role),
                StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Affiliation));
    }
}
