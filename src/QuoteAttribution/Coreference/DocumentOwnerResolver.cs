using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>"Lee's letter said", "her statement said": the document speaks for the person who owns it.</summary>
internal sealed class DocumentOwnerResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution) =>
        Possessor(mention.Span, mention.Words) is { } possessor
        && resolution.Resolve(possessor, null) is { Name.Length: > 0, Type: SpeakerType.Person } owner
            ? owner with { Mention = mention.Words, MentionSpan = mention.Span }
            : null;

    /// <summary>
    /// The owner of a document that speaks: <c>Lee</c> in <c>Lee's letter</c>, <c>her</c> in <c>her
    /// statement</c>; null when the mention is no owned document. Only "his" and "her": the antecedent search
    /// finds people, not the bodies an "its" or "their" stands for.
    /// </summary>
    private static TextSpan? Possessor(TextSpan mention, string words)
    {
        int lastSpace = words.LastIndexOf(' ');
        if (lastSpace < 0 || !EntityLexicons.DocumentNouns.Contains(words.AsSpan(lastSpace + 1)))
        {
            return null;
        }

        // "her statement said": a personal pronoun owns what its person wrote.
        if (words.StartsWith("his ", StringComparison.OrdinalIgnoreCase) || words.StartsWith("her ", StringComparison.OrdinalIgnoreCase))
        {
            return new TextSpan(mention.Start, 3);
        }

        // A named owner's possessive ends the owner's words: "Mr. Lee's letter", "Vance's book".
        foreach (string marker in (ReadOnlySpan<string>)["'s ", "\u2019s "])
        {
            int at = words.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && char.IsUpper(words[0]))
            {
                return new TextSpan(mention.Start, at);
            }
        }

        return null;
    }
}
