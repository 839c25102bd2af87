using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Coreference;

/// <summary>
/// A description to the person it describes: "the spokesman" → the nearest earlier person whose role holds
/// "spokesman"; a person noun with no such role ("the soft-spoken printmaker") → the nearest earlier person.
/// Nobody named fits: the description itself ("the city engineer") is the most the article says. A
/// description that names no person ("the statement") stays a description.
/// </summary>
internal sealed class RoleDescriptionResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        ParsedMention parsed = mention.Parsed;
        if (parsed.IsPronoun || !parsed.IsNominal)
        {
            return null;
        }

        PersonMention? described = resolution.Antecedents.LastDescribing(mention.Span, parsed.RoleHead)
            ?? (IsPersonNoun(parsed.RoleHead) || IsUnknownPersonNoun(mention.Words, parsed.RoleHead)
                ? resolution.Antecedents.Antecedent(mention.Span, parsed.Gender, anyPosition: true)
                : null);
        return described is null
            ? new ResolvedSpeaker(parsed.Description.Length > 0 ? parsed.Description : parsed.Role, SpeakerType.Person, parsed.Role, parsed.Affiliation, mention.Words, mention.Span)
            : resolution.Person(described, mention);
    }

    /// <summary>
    /// "the soft-spoken printmaker", "the bow-tied maverick": a definite description whose head the lexicons do
    /// not know, that is no document ("the report") and no organisation, points back to a person.
    /// </summary>
    private static bool IsUnknownPersonNoun(string words, string head) =>
        head.Length > 0 && words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !EntityLexicons.DocumentNouns.Contains(head)
        && !EntityLexicons.Organizations.Contains(head) && !EntityLexicons.Groups.Contains(head) && !head.EndsWith('s');

    private static bool IsPersonNoun(string head) => head.Length > 0 && MentionWords.RoleUnit(head);
}
