using QuoteAttribution.Entities;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "It said": the nearest named organisation that spoke just before, or else the organisation noun earlier
/// in the pronoun's own sentence ("the ministry is facing what it says is a deficit"), or else the organisation
/// noun that spoke just before ("the company wrote ... It added"), resolved as that noun is.
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
        if ((organizations.NamedBefore(mention.Span, pronoun: true) ?? organizations.NounInSentence(mention.Span)) is { } organization)
        {
            return new ResolvedSpeaker(organization, SpeakerType.Organization, "", "", mention.Words, mention.Span);
        }

        return organizations.SpeakingNounBefore(mention.Span) is var (noun, appositive)
            && resolution.Resolve(noun, appositive) is { Name.Length: > 0 } speaker
            ? speaker with { Mention = mention.Words, MentionSpan = mention.Span }
            : null;
    }
}
