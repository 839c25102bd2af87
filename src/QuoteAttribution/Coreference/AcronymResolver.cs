using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Coreference;

/// <summary>"the PBO" after "The Parliamentary Budget Officer": an acronym stands for the name it abbreviates.</summary>
internal sealed class AcronymResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        if (!mention.IsName || mention.Parsed.Type != SpeakerType.Organization || OrganizationMentions.IsOrganizationNoun(mention.Parsed, mention.Words))
        {
            return null;
        }

        return resolution.Entities.Acronyms.Expand(mention.Parsed.Speaker) is { } expanded
            ? new ResolvedSpeaker(expanded, SpeakerType.Organization, mention.Parsed.Role, mention.Parsed.Affiliation, mention.Words, mention.Span)
            : null;
    }
}
