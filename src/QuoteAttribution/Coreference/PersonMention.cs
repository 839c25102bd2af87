using QuoteAttribution.Cues;
using QuoteAttribution.Entities;
using QuoteAttribution.Sieves;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>A named person the article mentions, as a candidate for pronouns and descriptions.</summary>
internal sealed record PersonMention(TextSpan Span, ParsedMention Parsed, bool IsSpeaker, bool IsSubject)
{
    /// <summary>The description written beside the name (<c>, a 26-year-old winger,</c>), when there is one.</summary>
    public TextSpan? Appositive { get; init; }

    /// <summary>The person's name as written at this mention.</summary>
    public string Name => Parsed.Name;

    /// <summary>True when the person's role holds <paramref name="roleHead"/> (<c>spokesman</c>, <c>general</c>).</summary>
    public bool Describes(string roleHead) =>
        roleHead.Length > 0 && (Parsed.RoleHead.Equals(roleHead, StringComparison.OrdinalIgnoreCase)
            || Parsed.Role.Contains(roleHead, StringComparison.OrdinalIgnoreCase)
            || Parsed.Title.Contains(roleHead, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a pronoun or description of <paramref name="gender"/> can point to this person.</summary>
    public bool Fits(Gender gender) =>
        gender is not (Gender.Male or Gender.Female) || Parsed.Gender is not (Gender.Male or Gender.Female) || Parsed.Gender == gender;

    /// <summary>The named people of the cues' speaker phrases and the names in subject position, in text order.</summary>
    public static List<PersonMention> Collect(string text, SieveContext context, ParsedMentions mentions)
    {
        List<PersonMention> people = [];
        AddSpeakers(people, context, mentions);
        HashSet<string> speakerWords = SpeakerWords(context, mentions);
        List<NameMention> surnames = AddNamesInText(people, text, context, mentions, speakerWords);
        AddLoneSurnames(people, text, surnames, mentions);
        people.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return people;
    }

    private static void AddSpeakers(List<PersonMention> people, SieveContext context, ParsedMentions mentions)
    {
        foreach (Cues.Cue cue in context.Cues)
        {
            if (cue.Speaker is TextSpan span)
            {
                ParsedMention parsed = mentions.Parse(span, cue.Appositive);
                AddPerson(people, span, parsed, isSpeaker: true, isSubject: true, cue.Appositive);
            }
        }
    }

    /// <summary>
    /// Every word of every person's speaker phrase: a surname that speaks somewhere makes a name a discourse
    /// name. An organisation's words do not ("the City of Harwick suggests" makes no "Safe Harwick" a person).
    /// </summary>
    private static HashSet<string> SpeakerWords(SieveContext context, ParsedMentions mentions)
    {
        HashSet<string> speakerWords = new(StringComparer.Ordinal);
        foreach (Cues.Cue cue in context.Cues)
        {
            // Only the name's words: "Ann Lee of the Center for Policy Studies" makes no "Policy Studies" a person.
            if (cue.Speaker is TextSpan span && mentions.Parse(span, cue.Appositive) is { Type: not SpeakerType.Organization } parsed)
            {
                ReadOnlySpan<char> name = parsed.Name;
                foreach (Range range in name.Split(' '))
                {
                    if (!name[range].IsEmpty)
                    {
                        speakerWords.GetAlternateLookup<ReadOnlySpan<char>>().Add(name[range].TrimEnd(",."));
                    }
                }
            }
        }

        return speakerWords;
    }

    /// <summary>Adds the names of several words that read as people; returns the one-word names for later.</summary>
    private static List<NameMention> AddNamesInText(List<PersonMention> people, string text, SieveContext context, ParsedMentions mentions, HashSet<string> speakerWords)
    {
        List<NameMention> surnames = [];
        foreach (NameMention name in context.Names)
        {
            ReadOnlySpan<char> words = name.Span.Of(text);
            if (!words.Contains(' '))
            {
                surnames.Add(name);
                continue;
            }

            // Parsing is the costly part, and most capitalised runs ("Supreme Court", "New Year") have no word
            // that could make them a discourse name: those are passed over unparsed.
            bool knownRole = IsKnownRole(LettersBefore.Word(text, name.Span.Start));
            TextSpan? appositive = NameAppositive.Find(text, name.Span);
            if (!knownRole && appositive is null && !MayBeDiscourseName(words, speakerWords))
            {
                continue;
            }

            // "Tomasz Wren, a 23-year-old goalkeeper,": a name the article describes as someone is a person's,
            // whether or not the lexicon knows the first name.
            ParsedMention parsed = ParseDescribed(mentions, name.Span, appositive);
            if (IsDiscourseName(parsed, speakerWords) || knownRole || (appositive is not null && parsed.RoleHead.Length > 0))
            {
                // "good results for Salem accountant Tom Reyes, 50.": a person introduced with an
                // age is who the next sentences are about, wherever the name stands.
                AddPerson(people, name.Span, parsed, isSpeaker: false, name.IsSubject || IntroducedWithAge(text, name.Span.End), appositive);
            }
        }

        return surnames;
    }

    /// <summary>
    /// The name parsed with its appositive, for the role the appositive gives; the name alone when the
    /// appositive would change whose name it is ("Lee Zeldin of New York, a supporter" stays Lee Zeldin).
    /// </summary>
    private static ParsedMention ParseDescribed(ParsedMentions mentions, TextSpan span, TextSpan? appositive)
    {
        ParsedMention bare = mentions.Parse(span, null);
        if (appositive is null)
        {
            return bare;
        }

        ParsedMention described = mentions.Parse(span, appositive);
        return bare.Name.Length == 0 || string.Equals(described.Name, bare.Name, StringComparison.Ordinal) ? described : bare;
    }

    /// <summary>A lone surname ("Moore pieced ...") stands for the full name it ends, when the article gives one.</summary>
    private static void AddLoneSurnames(List<PersonMention> people, string text, List<NameMention> surnames, ParsedMentions mentions)
    {
        Dictionary<string, ParsedMention> bySurname = new(StringComparer.Ordinal);
        foreach (PersonMention person in people)
        {
            int space = person.Name.LastIndexOf(' ');
            if (space > 0)
            {
                bySurname.TryAdd(person.Name[(space + 1)..], person.Parsed);
            }
        }

        Dictionary<string, bool> givenNames = new(StringComparer.Ordinal);
        foreach (NameMention name in surnames)
        {
            string word = name.Span.Of(text).ToString();
            if (bySurname.TryGetValue(word, out ParsedMention? full))
            {
                people.Add(new PersonMention(name.Span, full, IsSpeaker: false, name.IsSubject));
            }
            else if (name.IsSubject && (IntroducedByAppositive(text, name.Span.End) || IsGivenName(text, word, givenNames)))
            {
                // "Sari, a resident of Kendari, was cooking ...": one name the article describes is a person.
                // "At the party, Demi decided ...": so is a known first name the article uses alone.
                TextSpan? appositive = NameAppositive.Find(text, name.Span);
                AddPerson(people, name.Span, ParseDescribed(mentions, name.Span, appositive), isSpeaker: false, isSubject: true, appositive);
            }
        }
    }

    /// <summary>
    /// A name in running text counts as a person the story is about when its first name is a known one,
    /// or its surname speaks somewhere in the article ("Ben Okafor, 50" then "Okafor says");
    /// "Christmas Day", "Safe Harwick" (Harwick only ever a place) and photo credits do neither.
    /// </summary>
    private static bool IsDiscourseName(ParsedMention parsed, HashSet<string> speakerWords)
    {
        return MentionWords.SplitWords(parsed.Name, out ReadOnlySpan<char> first, out ReadOnlySpan<char> last) >= 2
            && (EntityLexicons.FirstNames.ContainsKey(first) || speakerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last));
    }

    /// <summary>
    /// False when no word of the raw <paramref name="words"/> is a known first name or a speaker's word, so that
    /// <see cref="IsDiscourseName"/> cannot hold for the parsed name (whose words are some of these).
    /// </summary>
    private static bool MayBeDiscourseName(ReadOnlySpan<char> words, HashSet<string> speakerWords)
    {
        foreach (Range range in words.Split(' '))
        {
            ReadOnlySpan<char> word = words[range].TrimEnd(",.");
            if (EntityLexicons.FirstNames.ContainsKey(word) || speakerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A known first name the article never writes as a surname, after a first name or a title: "Demi", but
    /// not the "Clinton" of an article that also says "Hillary Clinton", nor the "Francis" of "Pope Francis".
    /// Computed once per word (a scan of the article).
    /// </summary>
    private static bool IsGivenName(string text, string word, Dictionary<string, bool> known)
    {
        if (!EntityLexicons.FirstNames.ContainsKey(word))
        {
            return false;
        }

        if (!known.TryGetValue(word, out bool given))
        {
            given = !FollowsFirstNameOrTitle(text, word);
            known.Add(word, given);
        }

        return given;
    }

    private static bool FollowsFirstNameOrTitle(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            ReadOnlySpan<char> before = at > 2 && text[at - 1] == ' ' ? LettersBefore.EndingAt(text, at - 1) : [];
            if (!before.IsEmpty && char.IsUpper(before[0]) && (EntityLexicons.FirstNames.ContainsKey(before) || EntityLexicons.Titles.Contains(before)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an appositive that describes a person follows: <c>, a resident of</c>, <c>, 50,</c>.</summary>
    private static bool IntroducedByAppositive(string text, int end)
    {
        ReadOnlySpan<char> after = text.AsSpan(end, Math.Min(text.Length - end, 6));
        return after.StartsWith(", a ", StringComparison.Ordinal) || after.StartsWith(", an ", StringComparison.Ordinal) || IntroducedWithAge(text, end);
    }

    /// <summary>True when an age follows the name: <c>Ben Okafor, 50</c>.</summary>
    private static bool IntroducedWithAge(string text, int end) =>
        end + 3 < text.Length && text[end] == ',' && text[end + 1] == ' ' && char.IsAsciiDigit(text[end + 2]);

    // "Foreign Ministry spokesperson Lu Kang": a name that a known role word stands before is a person's.
    private static bool IsKnownRole(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && (EntityLexicons.Roles.Contains(word) || EntityLexicons.Titles.Contains(word));

    private static void AddPerson(List<PersonMention> people, TextSpan span, ParsedMention parsed, bool isSpeaker, bool isSubject, TextSpan? appositive)
    {
        if (parsed.Type == SpeakerType.Person && !parsed.IsPronoun && !parsed.IsNominal && parsed.Name.Length > 0)
        {
            people.Add(new PersonMention(span, parsed, isSpeaker, isSubject) { Appositive = appositive });
        }
    }
}
