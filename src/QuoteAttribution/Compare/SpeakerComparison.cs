using System.Collections.Immutable;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Compare;

/// <summary>
/// What two or more officials said, side by side: the speakers each query found, and their statements
/// grouped by a shared topic (a key term both name, or a requested word), then by date.
/// </summary>
/// <param name="Sides">One match per query, in query order.</param>
/// <param name="Topics">Shared topics, most statements first; the remainder (if any) last.</param>
public sealed record SpeakerComparison(ImmutableArray<SpeakerMatch> Sides, ImmutableArray<ComparisonTopic> Topics)
{
    /// <summary>True when every query named a speaker.</summary>
    public bool AllFound => Sides.All(s => s.IsFound);

    /// <summary>
    /// Compares the speakers that <paramref name="speakerQueries"/> name in <paramref name="records"/>.
    /// With <paramref name="topicWords"/>, the topics are exactly those words (a statement belongs to a
    /// word when its text contains it, case-insensitive, or it names a key term of the same normal form)
    /// and other statements are left out; without, the topics are the normalised key terms that at least
    /// two sides name (not the speakers' own names), and the rest goes to a remainder.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two speaker queries.</exception>
    public static SpeakerComparison Create(
        IEnumerable<QuoteRecord> records, IReadOnlyList<string> speakerQueries, IReadOnlyList<string>? topicWords = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(speakerQueries);
        if (speakerQueries.Count < 2)
        {
            throw new ArgumentException("a comparison needs at least two speaker queries", nameof(speakerQueries));
        }

        IReadOnlyList<QuoteRecord> all = [.. records];
        SpeakerOverview overview = SpeakerAggregator.Aggregate(all);
        ImmutableArray<SpeakerMatch> sides = [.. speakerQueries.Select(q => SpeakerMatcher.Match(overview, q))];
        ImmutableArray<ImmutableArray<QuoteRecord>> said = [.. sides.Select(side => StatementsOf(all, side))];
        KeyTermExtractor extractor = KeyTermExtractor.Learn(all.Select(r => r.Text));
        ImmutableArray<ComparisonTopic> topics = topicWords is { Count: > 0 }
            ? TopicAligner.ByWords(sides, said, topicWords, extractor)
            : TopicAligner.ByKeyTerms(sides, said, extractor);
        return new SpeakerComparison(sides, topics);
    }

    private static ImmutableArray<QuoteRecord> StatementsOf(IReadOnlyList<QuoteRecord> records, SpeakerMatch side)
    {
        HashSet<string> keys = [.. side.Matches.Select(m => m.Key)];
        return ComparisonTopic.Ordered(records.Where(r =>
            !string.IsNullOrWhiteSpace(r.Speaker) && keys.Contains(SpeakerAggregator.KeyOf(r))));
    }
}
