using QuoteAttribution.Pipeline;
using QuoteAttribution.Sieves;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// Resolves each decision's mention to a speaker: a short name to the fullest name the article gives
/// (<c>Lavrov</c> → <c>Sergei Lavrov</c>), a pronoun to the nearest earlier person, a description
/// (<c>the Maj. Gen.</c>, <c>the spokesman</c>) to the nearest earlier person it describes. No candidate,
/// no name: a wrong name is worse than an empty one.
/// </summary>
internal sealed class SpeakerResolver(string text, SieveContext context)
{
    private readonly List<PersonMention> _people = PersonMention.Collect(text, context);

    public ResolvedSpeaker[] Resolve()
    {
        ResolvedSpeaker[] resolved = new ResolvedSpeaker[context.Statements.Count];
        for (int i = 0; i < resolved.Length; i++)
        {
            Attribution? decision = context.DecisionFor(i);
            resolved[i] = decision switch
            {
                null => ResolvedSpeaker.None,
                { SameSpeakerAs: int earlier } => resolved[earlier],
                { Mention: TextSpan mention } => ResolveMention(mention, decision.Appositive),
                _ => ResolvedSpeaker.None,
            };
        }

        return resolved;
    }

    private ResolvedSpeaker ResolveMention(TextSpan mention, TextSpan? appositive)
    {
        string words = mention.Of(text).ToString();
        MentionShape shape = MentionShape.Of(words);
        string role = appositive?.Of(text).ToString() ?? "";
        if (shape.IsPronoun)
        {
            if (shape.Type != SpeakerType.Person || shape.Head is "i" or "you" or "it")
            {
                return new ResolvedSpeaker("", shape.Head == "it" ? SpeakerType.Organization : shape.Type, "", "", words, mention);
            }

            PersonMention? antecedent = _people.LastOrDefault(p => p.Span.End <= mention.Start);
            return antecedent is null
                ? new ResolvedSpeaker("", SpeakerType.Unknown, "", "", words, mention)
                : new ResolvedSpeaker(Fullest(antecedent.Name), SpeakerType.Person, antecedent.Role, "", words, mention);
        }

        if (shape.IsNominal)
        {
            PersonMention? described = _people.LastOrDefault(p => p.Span.End <= mention.Start && p.Describes(shape.Head))
                ?? _people.LastOrDefault(p => p.Span.End <= mention.Start && p.IsSpeaker);
            return described is null
                ? new ResolvedSpeaker(shape.Name, SpeakerType.Person, shape.Head, "", words, mention)
                : new ResolvedSpeaker(Fullest(described.Name), SpeakerType.Person, described.Role, "", words, mention);
        }

        if (shape.Type == SpeakerType.Person)
        {
            string name = Fullest(shape.Name);
            string personRole = role.Length > 0 ? role : RoleOf(name, words);
            return new ResolvedSpeaker(name, SpeakerType.Person, personRole, "", words, mention);
        }

        return new ResolvedSpeaker(shape.Name, shape.Type, role, "", words, mention);
    }

    /// <summary>The longest person name in the article that ends with the same surname.</summary>
    private string Fullest(string name)
    {
        string surname = name.Split(' ')[^1];
        string best = name;
        foreach (PersonMention person in _people)
        {
            if (person.Name.Length > best.Length && person.Name.EndsWith(" " + surname, StringComparison.Ordinal))
            {
                best = person.Name;
            }
        }

        return best;
    }

    private string RoleOf(string name, string mention)
    {
        PersonMention? withRole = _people.FirstOrDefault(p => p.Name == name && p.Role.Length > 0);
        if (withRole is not null)
        {
            return withRole.Role;
        }

        int at = mention.LastIndexOf(name.Split(' ')[0], StringComparison.Ordinal);
        return at > 0 ? mention[..at].Trim() : "";
    }
}
