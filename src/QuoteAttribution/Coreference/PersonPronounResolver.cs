using QuoteAttribution.Entities;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "he said", "she said": the nearest earlier person of the pronoun's gender in subject position. A pronoun
/// of no known gender, or one that stands for no person ("they", "it" with no organisation), stays unresolved
/// with its type.
/// </summary>
internal sealed class PersonPronounResolver : IMentionResolver
{
    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        ParsedMention parsed = mention.Parsed;
        if (!parsed.IsPronoun)
        {
            return null;
        }

        if (parsed.Type != Pipeline.SpeakerType.Person || parsed.Gender is not (Gender.Male or Gender.Female))
        {
            return new ResolvedSpeaker("", parsed.Type, "", "", mention.Words, mention.Span);
        }

        return resolution.Person(resolution.Antecedents.Antecedent(mention.Span, parsed.Gender), mention);
    }
}
