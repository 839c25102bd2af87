using System.Collections.Immutable;
using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// Resolves a mention to a speaker through the ordered resolver sieves over the article's entities: a short
/// name to the fullest name the article gives (<c>Lavrov</c> → <c>Sergei Lavrov</c>), a description
/// (<c>the spokesman</c>) to the nearest earlier person it describes, a pronoun to the nearest earlier person
/// of its gender. No candidate, no name: a wrong name is worse than an empty one.
/// </summary>
internal sealed class MentionResolution(ArticleEntities entities, ImmutableArray<IMentionResolver> resolvers)
{
    /// <summary>
    /// The sieves in order: precise constructs (a possessive, an owned document), exact names and acronyms,
    /// then head matches (role descriptions, organisation nouns), pronouns last, and the words themselves when
    /// nothing else decides.
    /// </summary>
    public static ImmutableArray<IMentionResolver> Default { get; } =
    [
        new PossessiveOwnerResolver(),
        new DocumentOwnerResolver(),
        new DocumentResolver(),
        new ExactNameResolver(),
        new AcronymResolver(),
        new AgeDescriptionResolver(),
        new PartyDescriptionResolver(),
        new RoleDescriptionResolver(),
        new OrganizationNounResolver(),
        new OrganizationPronounResolver(),
        new PersonPronounResolver(),
        new LiteralResolver(),
    ];

    /// <summary>The article's entities.</summary>
    public ArticleEntities Entities => entities;

    /// <summary>The antecedent search over the article's persons.</summary>
    public PersonAntecedents Antecedents { get; } = new(entities);

    /// <summary>The speaker the words at <paramref name="span"/> stand for.</summary>
    public ResolvedSpeaker Resolve(TextSpan span, TextSpan? appositive)
    {
        SpeakerMention mention = new(span, appositive, entities);
        foreach (IMentionResolver resolver in resolvers)
        {
            if (resolver.Resolve(mention, this) is { } speaker)
            {
                return speaker with { Resolver = CoreferenceSteps.Of(resolver) };
            }
        }

        return Unresolved(mention);
    }

    /// <summary>The person's fullest name, with the role and affiliation of the first mention that gives one.</summary>
    public ResolvedSpeaker Person(PersonMention? person, SpeakerMention mention)
    {
        if (person is null)
        {
            return Unresolved(mention);
        }

        string name = entities.Names.Canonical(person.Name);
        ParsedMention source = entities.FirstDescribed(name)?.Parsed ?? person.Parsed;
        return new ResolvedSpeaker(name, SpeakerType.Person, source.Role, source.Affiliation, mention.Words, mention.Span);
    }

    /// <summary>No speaker behind the words, of unknown type.</summary>
    public static ResolvedSpeaker Unresolved(SpeakerMention mention) =>
        new("", SpeakerType.Unknown, "", "", mention.Words, mention.Span);
}
