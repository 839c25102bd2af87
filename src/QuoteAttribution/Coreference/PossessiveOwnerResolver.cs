using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "according to the union's": a phrase cut at its possessive is the owner of what it cut off, so the
/// words before the "'s" are resolved, and the mention stays as written.
/// </summary>
internal sealed class PossessiveOwnerResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        string words = mention.Words;
        if (words.Length <= 3 || !(words.EndsWith("'s", StringComparison.Ordinal) || words.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            return null;
        }

        TextSpan owner = new(mention.Span.Start, mention.Span.Length - 2);
        return resolution.Resolve(owner, mention.Appositive) with { Mention = words, MentionSpan = mention.Span };
    }
}
