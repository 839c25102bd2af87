using System.Collections.Immutable;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Compare;

/// <summary>
/// The topics of one speaker's profile: the key terms <c>compare</c> groups by, normalised the same way
/// (<see cref="TopicTerms"/>), counted once per statement, never the speaker's own name.
/// </summary>
internal sealed class ProfileTopics
{
    private readonly KeyTermExtractor _extractor;

    private ProfileTopics(KeyTermExtractor extractor)
    {
        _extractor = extractor;
    }

    /// <summary>Learns which words are names from every statement of the run, as <c>compare</c> does.</summary>
    public static ProfileTopics Learn(IReadOnlyList<QuoteRecord> all) => new(KeyTermExtractor.Learn(all.Select(r => r.Text)));

    /// <summary>The <paramref name="count"/> terms most of <paramref name="said"/> name, most statements first.</summary>
    public ImmutableArray<ProfileTopic> Top(IReadOnlyList<QuoteRecord> said, string speakerName, int count)
    {
        IReadOnlyList<string>[] found = [.. said.Select(r => _extractor.Extract(r.Text))];
        TopicTerms terms = TopicTerms.Learn(found.SelectMany(t => t));
        HashSet<string> own = terms.NameKeys([speakerName]);
        Dictionary<string, int> statements = new(StringComparer.Ordinal);
        foreach (IReadOnlyList<string> list in found)
        {
            foreach (string key in list.Select(terms.Key).Where(k => !own.Contains(k)).Distinct(StringComparer.Ordinal))
            {
                statements[key] = statements.GetValueOrDefault(key) + 1;
            }
        }

        return [.. statements
            .Select(s => new ProfileTopic(terms.Display(s.Key), s.Value))
            .OrderByDescending(t => t.Statements)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(count)];
    }
}
