namespace QuoteAttribution.Cues;

/// <summary>
/// Speakers with a description beside them (<c>Ash Carter, the U.S. defense secretary, said</c>,
/// <c>Britain's defense minister, Michael Fallon said</c>) and brackets after a name.
/// </summary>
internal static partial class VerbCue
{
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

        // "of Dayton, Mich., said": a state's abbreviation keeps its period.
        if (s.IsPunct(innerEnd, '.') && s.IsWord(innerEnd - 1) && s.IsCapitalized(innerEnd - 1))
        {
            innerEnd--;
        }

        int innerStart = innerEnd;
        while (innerStart > 0 && comma - innerStart < 25)
        {
            // "Tom Vance, the co-author of “Open Water,” about the harbour, said": a short quoted title, its
            // comma included, is part of the description.
            if (s.InQuote[innerStart - 1] && QuotedTitleStart(s, innerStart - 1) is int title)
            {
                innerStart = title;
                continue;
            }

            if (s.IsPunct(innerStart - 1, ',') || (s.IsQuoteMark(innerStart - 1) && !s.IsPossessiveMark(innerStart - 1)))
            {
                break;
            }

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
        ReadOnlySpan<char> opener = s.Word(descriptionStart);
        if ((WordClasses.PhraseBreaks.Contains(opener) && opener is not ("who" or "which"))
            || (s.TryGetSpeechVerb(descriptionStart, out SpeechVerb openerVerb) && openerVerb.Form != VerbForm.Gerund))
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
    /// The opening mark of a short quoted title that ends at <paramref name="close"/> ("“Open Water,”",
    /// "“Vote Lee”"): at most six words, the first capitalised; null for anything longer, which is speech.
    /// </summary>
    private static int? QuotedTitleStart(SentenceView s, int close)
    {
        int open = close;
        while (open > 0 && s.InQuote[open - 1] && close - open < 9)
        {
            open--;
        }

        bool shortTitle = s.IsQuoteMark(open) && s.IsQuoteMark(close) && open < close - 1 && (open == 0 || !s.InQuote[open - 1])
            && s.Tokens[open + 1].IsWord && char.IsUpper(s.Word(open + 1)[0]);
        return shortTitle ? open : null;
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
        if (WordClasses.PhraseBreaks.Contains(opener) || WordClasses.AdverbialOpeners.Contains(opener)
            || WordClasses.Connectives.Contains(opener) || WordClasses.Determiners.Contains(opener))
        {
            return false;
        }

        for (int k = from; k <= to; k++)
        {
            if (WordClasses.TimeWords.Contains(s.Word(k)))
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
        // "Sen. Ann Lee, D-Mich., a member of ...": the party and state between commas are skipped too.
        int tag = s.IsPunct(end, '.') ? end - 1 : end;
        if (IsPartyTag(s, tag) && s.IsPunct(tag - 1, ',') && s.IsWord(tag - 2))
        {
            return tag - 2;
        }

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

    /// <summary>A party and state tag: <c>D-Mich.</c>, <c>R-Texas</c>, <c>I-Vt.</c>.</summary>
    private static bool IsPartyTag(SentenceView s, int k) =>
        s.IsWord(k) && s.Word(k) is ['D' or 'R' or 'I', '-', >= 'A' and <= 'Z', >= 'a' and <= 'z', ..];

    /// <summary><c>Britain's defense minister, Michael Fallon said</c>: the description before the name.</summary>
    private static Cue WithAppositiveBefore(SentenceView s, int nameStart, Cue cue)
    {
        if (!s.IsPunct(nameStart - 1, ',') || !NounPhrases.IsAllCapitalized(s, nameStart, nameStart))
        {
            return cue;
        }

        int descEnd = nameStart - 2;
        int descStart = NounPhrases.StartOfPhraseEndingAt(s, descEnd);
        if (descStart < 0 || NounPhrases.IsAllCapitalized(s, descStart, descEnd) || !(descStart == 0 || s.IsQuoteMark(descStart - 1) || s.IsPunct(descStart - 1, ','))
            || !DescribesPerson(s.Word(descEnd)))
        {
            return cue;
        }

        return cue with { Appositive = s.Span(descStart, descEnd), ClauseStart = s.Tokens[descStart].Span.Start };
    }

    /// <summary>
    /// The subject before a subordinate clause set off by commas right before the verb (<c>Ann Lee, when
    /// asked about the plan, responded</c>): a name or pronoun that opens the sentence, or null.
    /// </summary>
    private static (int From, int To)? InterjectedClauseSubject(SentenceView s, int comma)
    {
        for (int c = comma - 2; c > 0 && comma - c < 20; c--)
        {
            if (!s.IsPunct(c, ','))
            {
                continue;
            }

            if (!s.IsWord(c + 1) || !char.IsLower(s.Word(c + 1)[0]) || !WordClasses.Subordinators.Contains(s.Word(c + 1)) || !s.IsWord(c - 1))
            {
                return null;
            }

            int start = NounPhrases.StartOfPhraseEndingAt(s, c - 1);
            bool opensSentence = start == s.FirstWord || (start == s.FirstWord + 1 && WordClasses.Connectives.Contains(s.Word(s.FirstWord)));
            bool named = start >= 0 && (NounPhrases.IsAllCapitalized(s, start, c - 1) || NounPhrases.IsPronoun(s, start, c - 1));
            return opensSentence && named ? (start, c - 1) : null;
        }

        return null;
    }

    /// <summary>
    /// True when a description's last word names a person (<c>partner</c>, <c>spokesman</c>, <c>residents</c>):
    /// in "The new hall, Ruth Adler says, is too small" the phrase before the name is what she talks about.
    /// A word that is also a first name ("bill", "mark", "will") tells no person in lower case.
    /// </summary>
    private static bool DescribesPerson(ReadOnlySpan<char> head)
    {
        ReadOnlySpan<char> singular = head.Length > 3 && head[^1] == 's' ? head[..^1] : head;
        return Entities.EntityLexicons.Roles.Contains(head) || Entities.EntityLexicons.Roles.Contains(singular)
            || Entities.EntityLexicons.People.Contains(head) || Entities.EntityLexicons.People.Contains(singular)
            || Entities.EntityLexicons.Groups.Contains(head) || Entities.EntityLexicons.AnonymousKind(head) is not null
            || Entities.EntityLexicons.GenderedWords.ContainsKey(head);
    }
}
