using System.Collections.Immutable;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Compare;

/// <summary>Groups the statements of each side of a comparison under shared topics.</summary>
internal static class TopicAligner
{
    /// <summary>
    /// One topic per requested word, holding the statements whose text contains it or that name a key
    /// term of the same normal form (<c>--topic Republicans</c> finds <c>Republican</c>).
    /// </summary>
    public static ImmutableArray<ComparisonTopic> ByWords(
        ImmutableArray<SpeakerMatch> sides, ImmutableArray<ImmutableArray<QuoteRecord>> said, IReadOnlyList<string> words,
        KeyTermExtractor extractor)
    {
        TermIndex index = TermIndex.Build(said, extractor);
        return [.. words
            .Select(w => w.Trim())
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(word => (Word: word, Key: index.Terms.Key(word)))
            .Select(w => Topic(w.Word, sides, said, r =>
                r.Text.Contains(w.Word, StringComparison.OrdinalIgnoreCase) || index.KeysOf[r].Contains(w.Key)))
            .Where(t => t.StatementCount > 0)];
    }

    /// <summary>
    /// One topic per normalised key term named by at least two sides (never the compared speakers'
    /// own names), ranked by how much the side that said least about it said, then by all statements;
    /// the statements that fall under none of them form a last, remainder topic.
    /// </summary>
    public static ImmutableArray<ComparisonTopic> ByKeyTerms(
        ImmutableArray<SpeakerMatch> sides, ImmutableArray<ImmutableArray<QuoteRecord>> said, KeyTermExtractor extractor)
    {
        TermIndex index = TermIndex.Build(said, extractor);
        HashSet<string> speakers = index.Terms.NameKeys(sides.SelectMany(s => s.Matches).Select(m => m.Name));
        Dictionary<string, HashSet<int>> sidesOf = new(StringComparer.Ordinal);
        for (int side = 0; side < said.Length; side++)
        {
            foreach (string key in said[side].SelectMany(r => index.KeysOf[r]).Where(k => !speakers.Contains(k)))
            {
                if (!sidesOf.TryGetValue(key, out HashSet<int>? set))
                {
                    sidesOf[key] = set = [];
                }

                set.Add(side);
            }
        }

        HashSet<string> shared = [.. sidesOf.Where(t => t.Value.Count >= 2).Select(t => t.Key)];
        IEnumerable<ComparisonTopic> topics = shared
            .Select(key => Topic(index.Terms.Display(key), sides, said, r => index.KeysOf[r].Contains(key)))
            .OrderByDescending(t => t.Sides.Min(s => s.Statements.Length))
            .ThenByDescending(t => t.StatementCount)
            .ThenBy(t => t.FirstDate is null)
            .ThenBy(t => t.FirstDate)
            .ThenBy(t => t.Term, StringComparer.Ordinal);
        ComparisonTopic remainder = Topic("", sides, said, r => !index.KeysOf[r].Any(shared.Contains));
        return remainder.StatementCount > 0 ? [.. topics, remainder] : [.. topics];
    }

    private static ComparisonTopic Topic(
        string term, ImmutableArray<SpeakerMatch> sides, ImmutableArray<ImmutableArray<QuoteRecord>> said, Func<QuoteRecord, bool> belongs) =>
        new(term, [.. sides.Select((side, i) => new TopicSide(side.Label, [.. said[i].Where(belongs)]))]);

    // Each statement's normalised key terms, and the normaliser learnt from all of them.
    private sealed record TermIndex(TopicTerms Terms, Dictionary<QuoteRecord, HashSet<string>> KeysOf)
    {
        public static TermIndex Build(ImmutableArray<ImmutableArray<QuoteRecord>> said, KeyTermExtractor extractor)
        {
            Dictionary<QuoteRecord, IReadOnlyList<string>> found = new(ReferenceEqualityComparer.Instance);
            foreach (QuoteRecord record in said.SelectMany(s => s))
            {
                found.TryAdd(record, extractor.Extract(record.Text));
            }

            TopicTerms terms = TopicTerms.Learn(found.Values.SelectMany(t => t));
            Dictionary<QuoteRecord, HashSet<string>> keysOf = new(ReferenceEqualityComparer.Instance);
            foreach ((QuoteRecord record, IReadOnlyList<string> list) in found)
            {
                keysOf[record] = new HashSet<string>(list.Select(terms.Key), StringComparer.Ordinal);
            }

            return new TermIndex(terms, keysOf);
        }
    }
}
