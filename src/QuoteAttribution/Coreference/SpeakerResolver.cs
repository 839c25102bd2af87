using QuoteAttribution.Entities;
using QuoteAttribution.Sieves;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// The speaker of every statement: the article's entities are built once (<see cref="ArticleEntities"/>), and
/// each decision's mention goes through the resolver sieves (<see cref="MentionResolution"/>). Around them, the
/// statement-level links: a statement that shares an earlier one's speaker, a definite source introduced
/// before, a "they" that continues a group, and the news lead that names its speaker one statement later.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly SieveContext _context;
    private readonly ArticleEntities _entities;
    private readonly MentionResolution _resolution;
    private readonly PluralAntecedents _plurals;
    private readonly IntroducedSources _sources;
    private readonly CollectiveAntecedents _collectives;

    public SpeakerResolver(string text, SieveContext context)
    {
        _context = context;
        _entities = new ArticleEntities(text, context);
        _resolution = new MentionResolution(_entities, MentionResolution.Default);
        _plurals = new PluralAntecedents(text, context, _entities.Mentions);
        _sources = new IntroducedSources(_entities);
        _collectives = new CollectiveAntecedents(text, context);
    }

    public ResolvedSpeaker[] Resolve()
    {
        ResolvedSpeaker[] resolved = new ResolvedSpeaker[_context.Statements.Count];
        for (int i = 0; i < resolved.Length; i++)
        {
            Attribution? decision = _context.DecisionFor(i);
            resolved[i] = decision switch
            {
                null => ResolvedSpeaker.None,
                { SameSpeakerAs: int earlier } => resolved[earlier],
                { Mention: TextSpan mention } => _sources.Find(resolved, i, mention) ?? _resolution.Resolve(mention, decision.Appositive),
                _ => ResolvedSpeaker.None,
            };
            if (resolved[i] is { Name.Length: 0, Type: SpeakerType.Group } && _plurals.For(i, resolved) is { } group)
            {
                resolved[i] = group with { Mention = resolved[i].Mention, MentionSpan = resolved[i].MentionSpan, Resolver = CoreferenceSteps.PluralAntecedent };
            }
            else if (resolved[i] is { Name.Length: 0, Type: SpeakerType.Group, MentionSpan: TextSpan they }
                && _plurals.SpeakingGroupBefore(i, they) is { Speaker: TextSpan speaker } cue)
            {
                resolved[i] = _resolution.Resolve(speaker, cue.Appositive) with { Mention = resolved[i].Mention, MentionSpan = they, Resolver = CoreferenceSteps.SpeakingGroup };
            }
            else if (resolved[i] is { Name.Length: 0, Type: SpeakerType.Group, MentionSpan: TextSpan pronoun } && _collectives.Before(pronoun) is { } collective)
            {
                resolved[i] = _resolution.Resolve(collective, null) with { Mention = resolved[i].Mention, MentionSpan = pronoun, Resolver = CoreferenceSteps.CollectiveAntecedent };
            }
        }

        return AtRelativePronouns(new IntroducedSpeakers(_context, _entities.Mentions, _entities.ParagraphOf).Name(resolved));
    }

    /// <summary>
    /// "said Reyes, who added that ...": the statement's own pointer to its speaker is the "who"; the name
    /// stays the one the pronoun stands for.
    /// </summary>
    private ResolvedSpeaker[] AtRelativePronouns(ResolvedSpeaker[] resolved)
    {
        for (int i = 0; i < resolved.Length; i++)
        {
            if (_context.DecisionFor(i) is { Cue: { Relative: TextSpan who } cue, Mention: TextSpan mention } && cue.Speaker == mention
                && IsVerbsOwnSubject(who, cue))
            {
                resolved[i] = resolved[i] with { Mention = who.Of(_entities.Text).ToString(), MentionSpan = who };
            }
        }

        return resolved;
    }

    /// <summary>
    /// "said Reyes, who added ...": the "who" is the subject of the verb it stands before. In "Reyes, who chairs
    /// the board, said ..." a comma closes the relative clause first, and the verb's subject is the name.
    /// </summary>
    private bool IsVerbsOwnSubject(TextSpan who, Cues.Cue cue) =>
        cue.Trigger.Start >= who.End && !_entities.Text.AsSpan(who.End, cue.Trigger.Start - who.End).Contains(',');
}
