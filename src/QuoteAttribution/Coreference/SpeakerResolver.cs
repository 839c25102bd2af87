using QuoteAttribution.Entities;
using QuoteAttribution.Sieves;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// Resolves each decision's mention to a speaker: a short name to the fullest name the article gives
/// (<c>Lavrov</c> → <c>Sergei Lavrov</c>), a pronoun to the nearest earlier person of its gender, a
/// description (<c>the Maj. Gen.</c>, <c>the spokesman</c>) to the nearest earlier person it describes.
/// No candidate, no name: a wrong name is worse than an empty one.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private const int MaxParagraphs = 10;

    private readonly string _text;
    private readonly SieveContext _context;
    private readonly List<PersonMention> _people;
    private readonly CanonicalNames _names;
    private readonly ParsedMentions _mentions;
    private readonly PluralAntecedents _plurals;
    private readonly Dictionary<string, List<int>> _describing = new(StringComparer.Ordinal);
    private Dictionary<string, PersonMention>? _describedByName;
    private Dictionary<string, string?>? _expanded;
    private Dictionary<string, Gender>? _genderByName;
    private bool?[]? _captions;

    public SpeakerResolver(string text, SieveContext context)
    {
        _text = text;
        _context = context;
        _mentions = new ParsedMentions(text);
        _people = PersonMention.Collect(text, context, _mentions);
        _plurals = new PluralAntecedents(text, context, _mentions);
        _names = new CanonicalNames([.. _people.Select(p => p.Name).Distinct(StringComparer.Ordinal)]);
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
                { Mention: TextSpan mention } => IntroducedSource(resolved, i, mention) ?? ResolveMention(mention, decision.Appositive),
                _ => ResolvedSpeaker.None,
            };
            if (resolved[i] is { Name.Length: 0, Type: SpeakerType.Group } && _plurals.For(i, resolved) is { } group)
            {
                resolved[i] = group with { Mention = resolved[i].Mention, MentionSpan = resolved[i].MentionSpan };
            }
            else if (resolved[i] is { Name.Length: 0, Type: SpeakerType.Group, MentionSpan: TextSpan they }
                && _plurals.SpeakingGroupBefore(i, they) is { Speaker: TextSpan speaker } cue)
            {
                resolved[i] = ResolveMention(speaker, cue.Appositive) with { Mention = resolved[i].Mention, MentionSpan = they };
            }
        }

        return AtRelativePronouns(new IntroducedSpeakers(_context, _mentions, ParagraphOf).Name(resolved));
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
                resolved[i] = resolved[i] with { Mention = who.Of(_text).ToString(), MentionSpan = who };
            }
        }

        return resolved;
    }

    /// <summary>
    /// "said Reyes, who added ...": the "who" is the subject of the verb it stands before. In "Reyes, who chairs
    /// the board, said ..." a comma closes the relative clause first, and the verb's subject is the name.
    /// </summary>
    private bool IsVerbsOwnSubject(TextSpan who, Cues.Cue cue) =>
        cue.Trigger.Start >= who.End && !_text.AsSpan(who.End, cue.Trigger.Start - who.End).Contains(',');

    private ResolvedSpeaker ResolveMention(TextSpan mention, TextSpan? appositive)
    {
        string words = mention.Of(_text).ToString();
        // "according to the union's": a phrase cut at its possessive is the owner of what it cut off.
        if (words.Length > 3 && (words.EndsWith("'s", StringComparison.Ordinal) || words.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            return ResolveMention(new TextSpan(mention.Start, mention.Length - 2), appositive) with { Mention = words, MentionSpan = mention };
        }

        // "Lee's letter said": the document speaks for whoever owns it.
        if (Possessor(mention, words) is { } possessor && ResolveMention(possessor, null) is { Name.Length: > 0, Type: SpeakerType.Person } owner)
        {
            return owner with { Mention = words, MentionSpan = mention };
        }

        ParsedMention parsed = _mentions.Parse(mention, appositive);
        if (parsed.IsPronoun)
        {
            // "It said": the nearest named organisation that spoke just before.
            if (parsed.Type == SpeakerType.Organization && (NamedOrganizationBefore(mention, pronoun: true) ?? OrganizationNounInSentence(mention)) is { } organization)
            {
                return new ResolvedSpeaker(organization, SpeakerType.Organization, "", "", words, mention);
            }

            if (parsed.Type != SpeakerType.Person || parsed.Gender is not (Gender.Male or Gender.Female))
            {
                return new ResolvedSpeaker("", parsed.Type, "", "", words, mention);
            }

            return Person(Antecedent(mention, parsed.Gender), words, mention);
        }

        if (parsed.IsNominal)
        {
            // "the spokesman" → the person whose role it is; a person noun with no such role → the nearest
            // speaker; "the statement" names no person at all.
            PersonMention? described = LastDescribing(mention, parsed.RoleHead)
                ?? (IsPersonNoun(parsed.RoleHead) || IsUnknownPersonNoun(words, parsed.RoleHead) ? Antecedent(mention, parsed.Gender, anyPosition: true) : null);
            // Nobody named fits: the description itself ("the city engineer") is the most the article says.
            return described is null
                ? new ResolvedSpeaker(parsed.Description.Length > 0 ? parsed.Description : parsed.Role, SpeakerType.Person, parsed.Role, parsed.Affiliation, words, mention)
                : Person(described, words, mention);
        }

        if (parsed.Type == SpeakerType.Person)
        {
            string name = _names.Canonical(parsed.Name);
            PersonMention? described = FirstWithRole(name);
            string role = parsed.Role.Length > 0 ? parsed.Role : described?.Parsed.Role ?? "";
            string affiliation = parsed.Affiliation.Length > 0 ? parsed.Affiliation : described?.Parsed.Affiliation ?? "";
            return new ResolvedSpeaker(name, SpeakerType.Person, role, affiliation, words, mention);
        }

        // "BC Power said ... the utility said": a definite organisation noun is the named organisation that
        // spoke last, when one did.
        if (IsOrganizationNoun(parsed, words) && NamedOrganizationBefore(mention, pronoun: false) is { } named)
        {
            return new ResolvedSpeaker(named, SpeakerType.Organization, parsed.Role, parsed.Affiliation, words, mention);
        }

        // "the PBO" after "The Parliamentary Budget Officer": an acronym stands for the name it abbreviates.
        string speaker = parsed.Type == SpeakerType.Organization ? ExpandedAcronym(parsed.Speaker) ?? parsed.Speaker : parsed.Speaker;
        return new ResolvedSpeaker(speaker, parsed.Type, parsed.Role, parsed.Affiliation, words, mention);
    }

    /// <summary>
    /// The nearest earlier person of a fitting gender, no further back than <see cref="MaxParagraphs"/>
    /// paragraphs: a scraped page can keep a "he said" whose antecedent was cut away.
    /// </summary>
    private PersonMention? Antecedent(TextSpan mention, Gender gender, bool anyPosition = false)
    {
        int paragraph = ParagraphOf(mention.Start);
        string? topic = null;
        bool parenthetical = !anyPosition && IsParenthetical(mention);
        for (int i = LastPersonEndingBefore(mention.Start); i >= 0; i--)
        {
            PersonMention person = _people[i];

            // "Vance, he said, “knows the rules ...”": the name the parenthetical cue interrupts is the
            // subject of what was said, not the speaker.
            if (topic is null && parenthetical && _text.AsSpan(person.Span.End, Math.Max(0, mention.Start - person.Span.End)).Trim() is ",")
            {
                topic = _names.Canonical(person.Name);
                continue;
            }

            if (topic is not null && _names.Canonical(person.Name) == topic)
            {
                continue;
            }

            if (paragraph - ParagraphOf(person.Span.Start) > MaxParagraphs)
            {
                return null;
            }

            if (person.Span.End <= mention.Start && (anyPosition || person.IsSubject) && person.Fits(gender) && FullNameFits(person, gender)
                && !IsPhotoCaption(ParagraphOf(person.Span.Start)))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// True unless the fullest name of a person whose mention shows no gender does: "Adler said" is no
    /// antecedent for a "he" when the article calls her Ruth Adler.
    /// </summary>
    private bool FullNameFits(PersonMention person, Gender gender)
    {
        if (person.Parsed.Gender is Gender.Male or Gender.Female || gender is not (Gender.Male or Gender.Female))
        {
            return true;
        }

        if (_genderByName is null)
        {
            _genderByName = new Dictionary<string, Gender>(StringComparer.Ordinal);
            foreach (PersonMention known in _people)
            {
                if (known.Parsed.Gender is Gender.Male or Gender.Female)
                {
                    _genderByName.TryAdd(_names.Canonical(known.Name), known.Parsed.Gender);
                }
            }
        }

        return !_genderByName.TryGetValue(_names.Canonical(person.Name), out Gender named) || named == gender;
    }

    /// <summary>The last person before <paramref name="mention"/> whose role holds <paramref name="roleHead"/>.</summary>
    private PersonMention? LastDescribing(TextSpan mention, string roleHead)
    {
        if (roleHead.Length == 0)
        {
            return null;
        }

        // The people a role head describes are found once per head, not once per statement (that was quadratic).
        if (!_describing.TryGetValue(roleHead, out List<int>? indexes))
        {
            indexes = [.. Enumerable.Range(0, _people.Count).Where(i => _people[i].Describes(roleHead))];
            _describing.Add(roleHead, indexes);
        }

        int limit = LastPersonEndingBefore(mention.Start);
        int j = indexes.BinarySearch(limit);
        for (j = j >= 0 ? j : ~j - 1; j >= 0; j--)
        {
            if (_people[indexes[j]].Span.End <= mention.Start)
            {
                return _people[indexes[j]];
            }
        }

        return null;
    }

    /// <summary>The first mention with a role of each person, computed once per article, not once per statement.</summary>
    private PersonMention? FirstWithRole(string canonicalName)
    {
        if (_describedByName is null)
        {
            _describedByName = new Dictionary<string, PersonMention>(StringComparer.Ordinal);
            foreach (PersonMention person in _people)
            {
                if (person.Parsed.Role.Length > 0)
                {
                    _describedByName.TryAdd(_names.Canonical(person.Name), person);
                }
            }
        }

        return _describedByName.GetValueOrDefault(canonicalName);
    }

    // People are sorted by start; the ones starting before the position are the candidates.
    private int LastPersonEndingBefore(int position) =>
        Sorted.FirstAtOrAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_people), position, static p => p.Span.Start) - 1;

    private int ParagraphOf(int position) =>
        Math.Max(0, Sorted.LastAtOrBefore(_context.Paragraphs.AsSpan(), position, static p => p.Span.Start));

    private ResolvedSpeaker Person(PersonMention? person, string words, TextSpan mention)
    {
        if (person is null)
        {
            return new ResolvedSpeaker("", SpeakerType.Unknown, "", "", words, mention);
        }

        string name = _names.Canonical(person.Name);
        PersonMention? described = FirstWithRole(name);
        ParsedMention source = described?.Parsed ?? person.Parsed;
        return new ResolvedSpeaker(name, SpeakerType.Person, source.Role, source.Affiliation, words, mention);
    }
}
