using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "It said": the nearest named organisation that spoke just before, or else the organisation noun earlier
/// in the pronoun's own sentence ("the ministry is facing what it says is a deficit").
/// </summary>
internal sealed class OrganizationPronounResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        if (!mention.Parsed.IsPronoun || mention.Parsed.Type != SpeakerType.Organization)
        {
            return null;
        }

        OrganizationMentions organizations = resolution.Entities.Organizations;
        return (organizations.NamedBefore(mention.Span, pronoun: true) ?? organizations.NounInSentence(mention.Span)) is { } organization
            ? new ResolvedSpeaker(organization, SpeakerType.Organization, "", "", mention.Words, mention.Span)
            : null;
    }
}
