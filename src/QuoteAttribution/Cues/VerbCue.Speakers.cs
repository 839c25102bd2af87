using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>Where the speaker of a verb cue is: inverted, in an appositive, behind a relative "who", or absolute.</summary>
internal static partial class VerbCue
{
    /// <summary>The start of a name right before a participle after a comma, a dash or <c>with</c>, or -1.</summary>
    private static int? AbsoluteSubject(SentenceView s, int end)
    {
        if (!s.IsWord(end))
        {
            return null;
        }

        int start = NounPhrases.StartOfPhraseEndingAt(s, end);
        bool named = start >= 0 && (NounPhrases.IsAllCapitalized(s, start, end) || NounPhrases.IsPronoun(s, start, end));
        bool opens = start == 0 || s.IsPunct(start - 1, ',') || s.IsPunct(start - 1, '\u2013') || s.IsPunct(start - 1, '\u2014')
            || s.IsPunct(start - 1, '-') || s.Is(start - 1, "with") || s.Is(start - 1, "and");
        return named && opens && start > 0 ? start : null;
    }

    /// <summary><c>..., said Captain Jeff Davis, a Pentagon spokesperson.</c></summary>
    private static Cue? Inverted(SentenceView s, int k, Cue basic)
    {
        int start = k + 1;
        if (!s.IsWord(start))
        {
            return null;
        }

        int end = NounPhrases.EndOfPhraseStartingAt(s, start);

        // "said retired Army Lt. Gen. Ann Keller": a participle adjective before a name belongs to it.
        if (end < 0 && char.IsLower(s.Word(start)[0]) && s.IsWord(start + 1) && s.IsCapitalized(start + 1))
        {
            end = NounPhrases.EndOfPhraseStartingAt(s, start + 1);
        }

        if (end < 0)
        {
            return null;
        }

        // "said one official familiar with the talks,": a prepositional modifier that closes the clause.
        if (s.Is(end + 1, "with") || s.Is(end + 1, "from") || s.Is(end + 1, "in") || s.Is(end + 1, "at") || s.Is(end + 1, "on"))
        {
            int modifierEnd = NounPhrases.EndOfPhraseStartingAt(s, end + 2);
            if (modifierEnd > end + 1 && (modifierEnd + 1 >= s.Count || s.IsPunct(modifierEnd + 1, ',') || s.IsPunct(modifierEnd + 1, '.')))
            {
                end = modifierEnd;
            }
        }

        // "said treasurer Ann Wu": a lower-case start needs a determiner or a capitalised name after it.
        bool looksLikeSpeaker = s.IsCapitalized(start) || WordClasses.Determiners.Contains(s.Word(start))
            || NounPhrases.IsPronoun(s, start, start) || (s.IsCapitalized(end) && !WordClasses.TimeWords.Contains(s.Word(end)));
        if (!looksLikeSpeaker)
        {
            return null;
        }

        // The phrase must close the clause: "said Hua." / "said Captain Jeff Davis, a ..." / "said Hua on Thursday".
        bool closes = end + 1 >= s.Count || s.IsPunct(end + 1, ',') || s.IsPunct(end + 1, '.') || s.IsPunct(end + 1, ';') || s.IsPunct(end + 1, '(')
            || s.IsPunct(end + 1, ':') || (s.IsWord(end + 1) && IsAdverbial(s, end + 1));
        if (!closes)
        {
            return null;
        }

        TextSpan? appositive = null;
        int clauseEnd = end;
        if (s.IsPunct(end + 1, ',') && s.IsWord(end + 2))
        {
            int appositiveEnd = NounPhrases.EndOfPhraseStartingAt(s, end + 2);
            if (appositiveEnd >= 0 && (appositiveEnd + 1 >= s.Count || s.IsPunct(appositiveEnd + 1, ',') || s.IsPunct(appositiveEnd + 1, '.')))
            {
                appositive = s.Span(end + 2, appositiveEnd);
                clauseEnd = appositiveEnd;
            }
        }

        // "says Campbell's partner, Jason Louth": the name is the part written in capitals.
        TextSpan speaker = s.Span(start, end);
        if (appositive is TextSpan named && NounPhrases.IsAllCapitalized(s, end + 2, clauseEnd) && !NounPhrases.IsAllCapitalized(s, start, end))
        {
            (speaker, appositive) = (named, speaker);
        }

        return basic with
        {
            Kind = CueKind.Inverted,
            Speaker = speaker,
            Appositive = appositive,
            ClauseEnd = s.Tokens[clauseEnd].Span.End,
        };
    }

    /// <summary><c>Ash Carter, the U.S. defense secretary, said</c> / <c>Syria's army chief, General Ayoub, said</c>.</summary>
    private static Cue? AppositiveSubject(SentenceView s, int comma, int k, SpeechVerb verb, Cue basic)
    {
        if (ListAppositiveSubject(s, comma, k, verb, basic) is { } listed)
        {
            return listed;
        }

        // The appositive runs back to the previous comma, whatever it holds
        // ("Dana Whitlock, a nursing student at the city college, said").
        int innerEnd = comma - 1;
        int innerStart = innerEnd;
        while (innerStart > 0 && !s.IsPunct(innerStart - 1, ',') && (!s.IsQuoteMark(innerStart - 1) || s.IsPossessiveMark(innerStart - 1)) && comma - innerStart < 25)
        {
            innerStart--;
        }

        if (innerStart <= 0 || innerStart > innerEnd || !s.IsPunct(innerStart - 1, ',') || !s.IsWord(innerStart))
        {
            return null;
        }

        // "Ann Marsh, also a Senate candidate, called": an adverb before the description's determiner.
        int descriptionStart = innerStart;
        if (s.Is(innerStart, "also") && s.IsWord(innerStart + 1) && WordClasses.Determiners.Contains(s.Word(innerStart + 1)))
        {
            descriptionStart = innerStart + 1;
        }

        // "..., was also badly hit, said X": a chunk that opens with a function word or verb is a clause, not an appositive.
        string opener = s.Word(descriptionStart).ToString();
        if ((WordClasses.PhraseBreaks.Contains(opener) && opener is not ("who" or "which"))
            || (SpeechVerbs.TryGet(opener, out SpeechVerb openerVerb) && openerVerb.Form != VerbForm.Gerund))
        {
            return null;
        }

        // "Sen. Ted Cruz (R-Texas), also ...": the party and state in brackets after the name are skipped.
        int outerEnd = SkipBracketsBackwards(s, innerStart - 2);
        int outerStart = NounPhrases.StartOfPhraseEndingAt(s, outerEnd);
        if (outerStart < 0)
        {
            return null;
        }

        // "Lee, during a meeting in Dayton, Ohio, said", "Tom Reyes, 22, of Salem, Ore., said": a place
        // after "in"/"of" and its region are no name and description; the speaker stands before them.
        if (outerStart > 0 && (s.Is(outerStart - 1, "in") || s.Is(outerStart - 1, "of") || s.Is(outerStart - 1, "from"))
            && NounPhrases.IsAllCapitalized(s, innerStart, innerEnd) && innerEnd - innerStart < 2)
        {
            int before = outerStart - 1;
            while (before > 0 && !s.IsPunct(before, ',') && comma - before < 30)
            {
                before--;
            }

            if (before > 0 && s.IsPunct(before, ','))
            {
                if (AppositiveSubject(s, before, k, verb, basic) is { } further)
                {
                    return further;
                }

                int end = SkipBracketsBackwards(s, before - 1);
                int start = NounPhrases.StartOfPhraseEndingAt(s, end);
                if (start >= 0 && start == s.FirstWord && NounPhrases.IsAllCapitalized(s, start, end))
                {
                    return WithContentAfter(s, k, verb, basic with { Speaker = s.Span(start, end), ClauseStart = s.Tokens[start].Span.Start });
                }
            }
        }

        // The name is the part written all in capitals; the other part describes it.
        bool innerIsName = NounPhrases.IsAllCapitalized(s, innerStart, innerEnd) && !NounPhrases.IsAllCapitalized(s, outerStart, outerEnd);
        (int nameStart, int nameEnd, int descStart, int descEnd) = innerIsName
            ? (innerStart, innerEnd, outerStart, outerEnd)
            : (outerStart, outerEnd, descriptionStart, innerEnd);
        Cue subject = basic with
        {
            Speaker = s.Span(nameStart, nameEnd),
            Appositive = s.Span(descStart, descEnd),
            ClauseStart = s.Tokens[outerStart].Span.Start,
        };
        return WithContentAfter(s, k, verb, subject);
    }

    /// <summary>
    /// <c>Maria Lopez, Minister of Housing, Infrastructure and Communities, said</c>: a name opens the
    /// sentence and the description after it holds commas of its own (a list), so the chunk before the verb's
    /// comma is only the list's tail. The description must open with a capitalised title or a determiner.
    /// </summary>
    private static Cue? ListAppositiveSubject(SentenceView s, int comma, int k, SpeechVerb verb, Cue basic)
    {
        int first = s.FirstWord;
        int nameEnd = first;
        while (nameEnd + 1 < comma && s.IsWord(nameEnd + 1))
        {
            nameEnd++;
        }

        int descStart = nameEnd + 2;
        if (first < 0 || nameEnd == first || !LooksLikeName(s, first, nameEnd) || !s.IsPunct(nameEnd + 1, ',') || descStart >= comma || comma - first > 30
            || !NounPhrases.IsAllCapitalized(s, first, nameEnd) || !s.IsWord(descStart)
            || !(Entities.EntityLexicons.Titles.Contains(s.Word(descStart)) || Entities.EntityLexicons.Roles.Contains(s.Word(descStart))
                || WordClasses.Determiners.Contains(s.Word(descStart))))
        {
            return null;
        }

        // At least one more comma inside the description, and nothing in it but words and commas.
        int innerCommas = 0;
        for (int j = descStart; j < comma; j++)
        {
            if (s.IsPunct(j, ','))
            {
                innerCommas++;
            }
            else if (!s.IsWord(j) || WordClasses.Auxiliaries.Contains(s.Word(j)) || WordClasses.Pronouns.Contains(s.Word(j)))
            {
                return null;
            }
        }

        if (innerCommas == 0)
        {
            return null;
        }

        Cue subject = basic with
        {
            Speaker = s.Span(first, nameEnd),
            Appositive = s.Span(descStart, comma - 1),
            ClauseStart = s.Tokens[first].Span.Start,
        };
        return WithContentAfter(s, k, verb, subject);
    }

    /// <summary>True unless the words open with a function word or hold a time word ("In October", "On Monday").</summary>
    private static bool LooksLikeName(SentenceView s, int from, int to)
    {
        ReadOnlySpan<char> opener = s.Word(from);
        if (WordClasses.PhraseBreaks.Contains(opener.ToString()) || WordClasses.AdverbialOpeners.Contains(opener.ToString())
            || WordClasses.Connectives.Contains(opener.ToString()) || WordClasses.Determiners.Contains(opener.ToString()))
        {
            return false;
        }

        for (int k = from; k <= to; k++)
        {
            if (WordClasses.TimeWords.Contains(s.Word(k).ToString()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised name of two to four words whose first word is a known first name (<c>Maria Santos</c>).</summary>
    private static bool IsPersonName(SentenceView s, int from, int to) =>
        to > from && to - from < 4 && NounPhrases.IsAllCapitalized(s, from, to) && Entities.EntityLexicons.FirstNames.ContainsKey(s.Word(from));

    /// <summary>The token before a bracketed group ending at <paramref name="end"/> (<c>(D-Mo.)</c>), or <paramref name="end"/>.</summary>
    private static int SkipBracketsBackwards(SentenceView s, int end)
    {
        if (!s.IsPunct(end, ')'))
        {
            return end;
        }

        int open = end - 1;
        while (open >= 0 && end - open < 8 && !s.IsPunct(open, '('))
        {
            open--;
        }

        return s.IsPunct(open, '(') ? open - 1 : end;
    }

    /// <summary><c>Britain's defense minister, Michael Fallon said</c>: the description before the name.</summary>
    private static Cue WithAppositiveBefore(SentenceView s, int nameStart, Cue cue)
    {
        if (!s.IsPunct(nameStart - 1, ',') || !NounPhrases.IsAllCapitalized(s, nameStart, nameStart))
        {
            return cue;
        }

        int descEnd = nameStart - 2;
        int descStart = NounPhrases.StartOfPhraseEndingAt(s, descEnd);
        if (descStart < 0 || NounPhrases.IsAllCapitalized(s, descStart, descEnd) || !(descStart == 0 || s.IsQuoteMark(descStart - 1) || s.IsPunct(descStart - 1, ',')))
        {
            return cue;
        }

        return cue with { Appositive = s.Span(descStart, descEnd), ClauseStart = s.Tokens[descStart].Span.Start };
    }

    /// <summary>
    /// The sentence's opening phrase, which a participle with no earlier cue shares
    /// ("Councillors seized on the report, arguing that ..."), or null.
    /// </summary>
    private static TextSpan? SentenceSubject(SentenceView s, int before, bool afterFronted = false)
    {
        int first = afterFronted ? SubjectStart(s) : s.FirstWord;
        int end = first >= 0 && first < before ? NounPhrases.EndOfPhraseStartingAt(s, first) : -1;
        return end >= first && end < before ? s.Span(first, end) : null;
    }

    /// <summary>
    /// Where the sentence's subject starts: after a dateline (<c>PHILADELPHIA, July 25 (UPI) —</c>) and after a
    /// fronted participle, adverb or adverbial up to its comma (<c>Speaking at a town hall, Trump ...</c>,
    /// <c>Hours later, Trump ...</c>); the first word otherwise.
    /// </summary>
    private static int SubjectStart(SentenceView s)
    {
        int first = s.FirstWord;
        if (first < 0)
        {
            return first;
        }

        if (IsDatelineWord(s.Word(first)))
        {
            for (int k = first + 1; k < s.Count && k - first < 12; k++)
            {
                if ((s.IsPunct(k, '\u2014') || s.IsPunct(k, '\u2013') || s.IsPunct(k, '-')) && s.IsWord(k + 1))
                {
                    first = k + 1;
                    break;
                }
            }
        }

        string opener = s.Word(first).ToString();
        bool fronted = opener.EndsWith("ing", StringComparison.Ordinal) || opener.EndsWith("ly", StringComparison.Ordinal)
            || WordClasses.Subordinators.Contains(opener) || WordClasses.AdverbialOpeners.Contains(opener) || WordClasses.TimeWords.Contains(opener)
            || WordClasses.Connectives.Contains(opener) || s.Is(first + 1, "later") || s.Is(first + 1, "earlier") || s.Is(first + 1, "ago");
        for (int k = first + 1; fronted && k < s.Count && k - first < 16; k++)
        {
            if (s.IsPunct(k, ',') && s.IsWord(k + 1))
            {
                return k + 1;
            }
        }

        return first;
    }

    /// <summary>A dateline's place in capitals (<c>WASHINGTON</c>, <c>DECATUR</c>).</summary>
    private static bool IsDatelineWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return word.Length >= 3;
    }

    /// <summary>
    /// The phrase a relative "who" at <paramref name="who"/> stands for: the speaker of an inverted cue just
    /// before it ("said one official familiar with the talks, who added"), else the phrase before it,
    /// with a prepositional modifier when it has one.
    /// </summary>
    private static TextSpan? RelativeSpeaker(SentenceView s, int who, List<Cue> earlier)
    {
        int end = SkipBracketsBackwards(s, s.IsPunct(who - 1, ',') ? who - 2 : who - 1);
        if (end < 0 || !s.IsWord(end))
        {
            return null;
        }

        if (earlier.Count > 0 && earlier[^1] is { Kind: CueKind.Inverted, Speaker: TextSpan inverted } && inverted.End == s.Tokens[end].Span.End)
        {
            return inverted;
        }

        int start = NounPhrases.StartOfPhraseEndingAt(s, end);
        if (start < 0)
        {
            return null;
        }

        // "Ruth Adler, a housing researcher who writes ...": the description before "who" is
        // an appositive of the name before its comma, and the name is the speaker.
        if (s.IsPunct(start - 1, ',') && !NounPhrases.IsAllCapitalized(s, start, end) && NounPhrases.StartOfPhraseEndingAt(s, start - 2) is int nameStart and >= 0
            && nameStart == s.FirstWord && NounPhrases.IsAllCapitalized(s, nameStart, start - 2))
        {
            return s.Span(nameStart, start - 2);
        }

        int modified = ModifiedPhraseStart(s, start);
        return s.Span(modified >= 0 ? modified : start, end);
    }

    /// <summary>The "who" or "whose" of a ", who ..." clause that ends at the comma <paramref name="comma"/>, or null.</summary>
    private static int? RelativeClauseBefore(SentenceView s, int comma)
    {
        for (int k = comma - 1; k > 0 && comma - k < 30; k--)
        {
            // Quoted words may sit inside the clause ("who lost 16 lbs. “and two belt loops”"), a speech verb not.
            if (s.IsWord(k) && char.IsLower(s.Word(k)[0]) && SpeechVerbs.TryGet(s.Word(k), out _))
            {
                return null;
            }

            if ((s.Is(k, "who") || s.Is(k, "whose")) && s.IsPunct(k - 1, ','))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The start of the noun phrase that a prepositional phrase starting at <paramref name="start"/> modifies
    /// (<c>A person familiar</c> before <c>with the talks</c>), or null when no preposition stands before it.
    /// </summary>
    private static int? ObjectOfModifier(SentenceView s, int start)
    {
        int preposition = start - 1;
        if (!(s.Is(preposition, "with") || s.Is(preposition, "in") || s.Is(preposition, "from") || s.Is(preposition, "at") || s.Is(preposition, "on")
            || s.Is(preposition, "to") || s.Is(preposition, "about")))
        {
            return null;
        }

        // The modified phrase must be able to speak: it opens with a determiner ("a source close to", "someone in")
        // or names people ("officials in"); "response to Trump's said", "exit polls in Iowa" do not.
        int head = NounPhrases.StartOfPhraseEndingAt(s, preposition - 1);
        bool speaks = head >= 0 && (WordClasses.Determiners.Contains(s.Word(head)) || s.Is(head, "someone") || s.Is(head, "Someone") || Entities.EntityLexicons.AnonymousKind(s.Word(preposition - 1)) is not null
            || Entities.EntityLexicons.People.Contains(s.Word(preposition - 1)) || Entities.EntityLexicons.Roles.Contains(s.Word(preposition - 1)));
        return speaks && !NounPhrases.IsPronoun(s, head, preposition - 1) ? head : null;
    }

    private static int ModifiedPhraseStart(SentenceView s, int start)
    {
        int preposition = start - 1;
        if (!(s.Is(preposition, "with") || s.Is(preposition, "in") || s.Is(preposition, "from") || s.Is(preposition, "at") || s.Is(preposition, "on")))
        {
            return -1;
        }

        int head = NounPhrases.StartOfPhraseEndingAt(s, preposition - 1);
        return head >= 0 && !NounPhrases.IsPronoun(s, head, preposition - 1) ? head : -1;
    }
}
