using QuoteAttribution.Entities;
using QuoteAttribution.Sieves;
using QuoteAttribution.Statements;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// The news lead that reports before it names: "One former coach hinted that he would come back.
/// Tom Reyes told the paper ...", "A spokeswoman for the mayor said ..." then "“...,” said Ruth
/// Adler." An indefinite description with a role that reports speech is the person the next statement
/// names, when that statement follows within a paragraph and names a person of a fitting gender.
/// </summary>
/// <remarks>
/// A direct quote given to an indefinite description ("“...,” a local radio host said") is
/// a source the writer chose to leave unnamed, and stays so.
/// </remarks>
internal sealed class IntroducedSpeakers(SieveContext context, ParsedMentions mentions, Func<int, int> paragraphOf)
{
    /// <summary>Replaces introduced speakers in <paramref name="resolved"/> by the person named next, and returns it.</summary>
    public ResolvedSpeaker[] Name(ResolvedSpeaker[] resolved)
    {
        bool changed = false;
        for (int i = 0; i < resolved.Length; i++)
        {
            if (resolved[i] is { Type: SpeakerType.Anonymous, MentionSpan: TextSpan mention }
                && context.DecisionFor(i) is { Mention: TextSpan } decision
                && context.Statements[i].Kind != StatementKind.Direct
                && IsRole(mentions.Parse(mention, decision.Appositive)) is { } parsed
                && NamedNext(resolved, i, mention, parsed.Gender, parsed.RoleHead) is { } named)
            {
                resolved[i] = named with { Mention = resolved[i].Mention, MentionSpan = mention, Resolver = CoreferenceSteps.NamedLater };
                changed = true;
            }
        }

        // Statements that share an introduced speaker's decision share its name.
        for (int i = 0; changed && i < resolved.Length; i++)
        {
            if (context.DecisionFor(i) is { SameSpeakerAs: int earlier })
            {
                resolved[i] = resolved[earlier];
            }
        }

        return resolved;
    }

    // "a spokeswoman", "one former director"; not "a person familiar with the talks", whose namelessness is the point.
    private static ParsedMention? IsRole(ParsedMention parsed) =>
        EntityLexicons.Roles.Contains(parsed.RoleHead) || EntityLexicons.Titles.Contains(parsed.RoleHead) ? parsed : null;

    /// <summary>
    /// "A company spokesperson says ..." then "said Tom Reyes, vice-president for sales": a named person the
    /// article gives another role is someone else. A name without a role may be the one introduced.
    /// </summary>
    private static bool SameRole(string roleHead, string namedRole) =>
        namedRole.Length == 0 || namedRole.Contains(roleHead, StringComparison.OrdinalIgnoreCase);

    /// <summary>The person the first later statement with another mention names, when it is near and fits.</summary>
    private ResolvedSpeaker? NamedNext(ResolvedSpeaker[] resolved, int i, TextSpan mention, Gender gender, string roleHead)
    {
        for (int j = i + 1; j < resolved.Length; j++)
        {
            if (resolved[j].MentionSpan is not TextSpan next || next.Start <= mention.End)
            {
                continue;
            }

            bool near = paragraphOf(next.Start) - paragraphOf(mention.Start) <= 1;
            ParsedMention other = mentions.Parse(next, context.DecisionFor(j)?.Appositive);
            bool named = resolved[j] is { Type: SpeakerType.Person, Name.Length: > 0 } && other is { IsPronoun: false, IsNominal: false, Name.Length: > 0 };
            bool fits = gender is not (Gender.Male or Gender.Female) || other.Gender is not (Gender.Male or Gender.Female) || other.Gender == gender;
            return near && named && fits && SameRole(roleHead, resolved[j].Role) ? resolved[j] : null;
        }

        return null;
    }
}
