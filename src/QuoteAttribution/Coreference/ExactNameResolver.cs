using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Coreference;

/// <summary>
/// A person's name to the fullest name the article gives (<c>Lavrov</c> → <c>Sergei Lavrov</c>), with the
/// role and affiliation of the mention, or of the first mention that gives the person one.
/// </summary>
internal sealed class ExactNameResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        if (!mention.IsName || mention.Parsed.Type != SpeakerType.Person)
        {
            return null;
        }

        ParsedMention parsed = mention.Parsed;
        string name = resolution.Entities.Names.Canonical(parsed.Name);
        PersonMention? described = resolution.Entities.FirstDescribed(name);
        string role = parsed.Role.Length > 0 ? parsed.Role : described?.Parsed.Role ?? "";
        string affiliation = parsed.Affiliation.Length > 0 ? parsed.Affiliation : described?.Parsed.Affiliation ?? "";
        return new ResolvedSpeaker(name, SpeakerType.Person, role, affiliation, mention.Words, mention.Span);
    }
}
