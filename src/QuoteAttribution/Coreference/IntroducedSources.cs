using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "A person familiar with the talks said ..." then "..., the person said": a definite anonymous source is the
/// indefinite one that introduced it.
/// </summary>
internal sealed class IntroducedSources(ArticleEntities entities)
{
    private const int MaxSourceLookback = 30;

    /// <summary>
    /// The nearest earlier indefinite speaker with the same head word as <paramref name="mention"/>, within
    /// <see cref="PersonAntecedents.MaxParagraphs"/> paragraphs and <see cref="MaxSourceLookback"/> statements (a
    /// bound, so a long text stays linear); null when the mention is no bare definite source noun.
    /// </summary>
    public ResolvedSpeaker? Find(ResolvedSpeaker[] resolved, int i, TextSpan mention)
    {
        // Only a bare definite noun that names a person or source, not a document: "the person", "the official".
        string words = mention.Of(entities.Text).ToString();
        string head = words.Length > 4 ? words[4..] : "";
        if (!words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || head.Length == 0 || head.Contains(' ', StringComparison.Ordinal)
            || !char.IsLower(head[0]) || EntityLexicons.DocumentNouns.Contains(head))
        {
            return null;
        }

        for (int j = i - 1; j >= Math.Max(0, i - MaxSourceLookback); j--)
        {
            if (resolved[j] is not { MentionSpan: TextSpan earlier } candidate || earlier.Start >= mention.Start)
            {
                continue;
            }

            if (entities.ParagraphOf(mention.Start) - entities.ParagraphOf(earlier.Start) > PersonAntecedents.MaxParagraphs)
            {
                return null;
            }

            string name = candidate.Name;
            if (candidate.Type == SpeakerType.Anonymous && (name.StartsWith("A ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("An ", StringComparison.OrdinalIgnoreCase))
                && HasWord(name, head))
            {
                return candidate with { Mention = words, MentionSpan = mention, Resolver = CoreferenceSteps.IntroducedSource };
            }
        }

        return null;
    }

    private static bool HasWord(string words, string word)
    {
        for (int at = words.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = words.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + word.Length;
            if (at > 0 && words[at - 1] == ' ' && (end == words.Length || !char.IsLetter(words[end])))
            {
                return true;
            }
        }

        return false;
    }
}
