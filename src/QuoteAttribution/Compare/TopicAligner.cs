using System.Collections.Immutable;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Compare;

/// <summary>Groups the statements of each side of a comparison under shared topics.</summary>
internal static class TopicAligner
{
    /// <summary>One topic per requested word, holding the statements whose text contains it.</summary>
    public static ImmutableArray<ComparisonTopic> ByWords(
        ImmutableArray<SpeakerMatch> sides, ImmutableArray<ImmutableArray<QuoteRecord>> said, IReadOnlyList<string> words) =>
        [.. words
            .Select(w => w.Trim())
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(word => Topic(word, sides, said, r => r.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
            .Where(t => t.StatementCount > 0)];

    /// <summary>
    /// One topic per key term named by at least two sides; the statements that fall under none of
    /// them form a last, remainder topic.
    /// </summary>
    public static ImmutableArray<ComparisonTopic> ByKeyTerms(
        ImmutableArray<SpeakerMatch> sides, ImmutableArray<ImmutableArray<QuoteRecord>> said, KeyTermExtractor extractor)
    {
        Dictionary<QuoteRecord, IReadOnlyList<string>> termsOf = new(ReferenceEqualityComparer.Instance);
        Dictionary<string, (string Display, HashSet<int> Sides)> terms = new(StringComparer.OrdinalIgnoreCase);
        for (int side = 0; side < said.Length; side++)
        {
            foreach (QuoteRecord record in said[side])
            {
                IReadOnlyList<string> found = extractor.Extract(record.Text);
                termsOf[record] = found;
                foreach (string term in found)
                {
                    if (!terms.TryGetValue(term, out var entry))
                    {
                        entry = (term, []);
                        terms.Add(term, entry);
                    }

                    entry.Sides.Add(side);
                }
            }
        }

        HashSet<string> shared = new(terms.Where(t => t.Value.Sides.Count >= 2).Select(t => t.Key), StringComparer.OrdinalIgnoreCase);
        IEnumerable<ComparisonTopic> topics = shared
            .Select(key => Topic(terms[key].Display, sides, said, r => termsOf[r].Contains(key, StringComparer.OrdinalIgnoreCase)))
            .OrderByDescending(t => t.StatementCount)
            .ThenBy(t => t.FirstDate is null)
            .ThenBy(t => t.FirstDate)
            .ThenBy(t => t.Term, StringComparer.Ordinal);
        ComparisonTopic remainder = Topic("", sides, said, r => !termsOf[r].Any(shared.Contains));
        return remainder.StatementCount > 0 ? [.. topics, remainder] : [.. topics];
    }

    private static ComparisonTopic Topic(
        string term, ImmutableArray<SpeakerMatch> sides, ImmutableArray<ImmutableArray<QuoteRecord>> said, Func<QuoteRecord, bool> belongs) =>
        new(term, [.. sides.Select((side, i) => new TopicSide(side.Label, [.. said[i].Where(belongs)]))]);
}
