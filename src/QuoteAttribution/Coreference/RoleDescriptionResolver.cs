using QuoteAttribution.Cues;
using QuoteAttribution.Entities;

namespace QuoteAttribution.Coreference;

/// <summary>
/// A description to the person it describes: "the spokesman" → the nearest earlier person whose role holds
/// "spokesman"; a person noun with no such role ("the soft-spoken printmaker") → the nearest earlier person.
/// Nobody named fits: the description itself ("the city engineer") is the most the article says. A
/// description that names no person ("the statement") stays a description.
/// </summary>
internal sealed class RoleDescriptionResolver : IMentionResolver
{
    private const int MaxModifiers = 4;

    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        ParsedMention parsed = mention.Parsed;
        if (parsed.IsPronoun || !parsed.IsNominal)
        {
            return null;
        }

        PersonMention? described = resolution.Antecedents.LastDescribing(mention.Span, parsed.RoleHead)
            ?? (IsDefinite(resolution.Entities.Text, mention) && (IsPersonNoun(parsed.RoleHead) || IsUnknownPersonNoun(mention.Words, parsed.RoleHead))
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

    /// <summary>
    /// "the spokesman" (or "the lanky, bespectacled professor", whose words here are only "professor") points
    /// back to someone the story has named; a bare "coach says" or "a nurse said" does not, so with nobody
    /// described by that role it stays the description it is.
    /// </summary>
    private static bool IsDefinite(string text, SpeakerMention mention)
    {
        if (mention.Words.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Back over the modifiers the mention left out, up to the determiner that opens the noun phrase.
        int at = mention.Span.Start;
        for (int words = 0; words < MaxModifiers; words++)
        {
            while (at > 0 && text[at - 1] is ' ' or ',')
            {
                at--;
            }

            int end = at;
            while (at > 0 && (char.IsLetter(text[at - 1]) || text[at - 1] == '-'))
            {
                at--;
            }

            ReadOnlySpan<char> word = text.AsSpan(at, end - at);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (word.IsEmpty || !char.IsLower(word[0]) || SpeechVerbs.TryGet(word, out _))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPersonNoun(string head) => head.Length > 0 && MentionWords.RoleUnit(head);
}
