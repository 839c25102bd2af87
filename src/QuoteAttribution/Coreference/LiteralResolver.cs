using QuoteAttribution.Entities;

namespace QuoteAttribution.Coreference;

/// <summary>The last sieve: the speaker is what the words say (an organisation's name, an anonymous source, a group).</summary>
internal sealed class LiteralResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        ParsedMention parsed = mention.Parsed;
        return new ResolvedSpeaker(parsed.Speaker, parsed.Type, parsed.Role, parsed.Affiliation, mention.Words, mention.Span);
    }
}
