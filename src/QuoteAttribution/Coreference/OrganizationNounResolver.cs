using QuoteAttribution.Entities;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "BC Power said ... the utility said": a bare definite organisation noun is the named organisation that
/// spoke last, when one did; else the nearest name of a body in the sentences before (<see cref="BodyNames"/>).
/// </summary>
internal sealed class OrganizationNounResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        if (!mention.IsName || mention.Parsed.Type == SpeakerType.Person || !OrganizationMentions.IsOrganizationNoun(mention.Parsed, mention.Words))
        {
            return null;
        }

        return (resolution.Entities.Organizations.NamedBefore(mention.Span, pronoun: false) ?? resolution.Entities.Bodies.Before(mention.Span)) is { } named
            ? new ResolvedSpeaker(named, SpeakerType.Organization, mention.Parsed.Role, mention.Parsed.Affiliation, mention.Words, mention.Span)
            : null;
    }
}
