using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>Where the speaker of a verb cue is: the sentence subject, behind a relative "who", or absolute (inverted speakers are in VerbCue.Inverted.cs).</summary>
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

    /// <summary>
    /// The sentence's opening phrase, which a participle with no earlier cue shares
    /// ("Councillors seized on the report, arguing that ..."), or null.
    /// </summary>
    private static TextSpan? SentenceSubject(SentenceView s, int before, bool afterFronted = false)
    {
        int first = afterFronted ? SubjectStart(s) : s.FirstWord;
        int end = first >= 0 && first < before ? NounPhrases.EndOfPhraseStartingAt(s, first) : -1;
        if (afterFronted && end > first)
        {
            end = EndOfName(s, first, end);
        }

        // "She shares ...": a subject pronoun is the whole subject. "The mayor began her speech, ...": an
        // irregular past ends the phrase the reader ran on with. "There’s time for ..." has no speaker.
        if (end > first && WordClasses.Pronouns.Contains(s.Word(first)) && !s.Is(first, "it"))
        {
            end = first;
        }

        for (int w = first + 1; w <= end; w++)
        {
            if (s.IsWord(w) && char.IsLower(s.Word(w)[0]) && WordClasses.IrregularPast.Contains(s.Word(w)))
            {
                end = w - 1;
            }
        }

        return end >= first && end < before && !s.Word(first).StartsWith("There", StringComparison.Ordinal) ? s.Span(first, end) : null;
    }

    /// <summary>
    /// "Reyes went after Adler, calling her ...": the phrase reader takes an unknown lower-case word after a
    /// name for a noun, but after a subject name it is the main verb. A role, group or plural word after the
    /// name still belongs to the phrase ("Toronto police", "Acme spokesman Tom Vance").
    /// </summary>
    private static int EndOfName(SentenceView s, int first, int end)
    {
        int name = first;
        while (name < end && s.IsCapitalized(name + 1))
        {
            name++;
        }

        // Only a plain name: "The", "His", "One", "Clinton's", "It's" open a longer phrase. One capitalised word
        // that opens the sentence may be any word ("Nuclear experts have ..."): it is a name only when the next
        // word reads as its verb, with a determiner after it ("Reyes took a risk").
        bool lone = name == first && first == s.FirstWord;
        if (!s.IsCapitalized(first) || name == end || (lone && !(s.IsWord(name + 2) && WordClasses.Determiners.Contains(s.Word(name + 2)))) || !s.IsWord(name + 1) || WordClasses.Determiners.Contains(s.Word(first))
            || WordClasses.Pronouns.Contains(s.Word(first)) || s.Is(first, "One") || s.Is(first, "More") || HasApostrophe(s, first, name + 1))
        {
            return end;
        }

        ReadOnlySpan<char> next = s.Word(name + 1);
        bool noun = next[^1] is 's' || Entities.EntityLexicons.Roles.Contains(next) || Entities.EntityLexicons.Titles.Contains(next)
            || Entities.EntityLexicons.RoleModifiers.Contains(next) || Entities.EntityLexicons.Groups.Contains(next)
            || Entities.EntityLexicons.Organizations.Contains(next);
        return noun || !char.IsLower(next[0]) ? end : name;
    }

    private static bool HasApostrophe(SentenceView s, int from, int to)
    {
        for (int k = from; k <= to; k++)
        {
            if (s.IsPossessiveMark(k) || s.Word(k).ContainsAny('\'', '\u2019'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the sentence's subject starts: after a dateline (<c>PHILADELPHIA, July 25 (UPI) —</c>) and after a
    /// fronted participle, adverb or adverbial up to its comma (<c>Speaking at a town hall, Trump ...</c>,
    /// <c>Hours later, Trump ...</c>, <c>Here in Salem, Trump ...</c>); the first word otherwise.
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

        ReadOnlySpan<char> opener = s.Word(first);

        // "But Sen. Ann Marsh (D-Ore.) refused ..., responding": a connective with no comma after it is the whole
        // fronted part; the comma further on closes no opener.
        if (opener is "But" or "And" or "So" or "Yet" && s.IsWord(first + 1) && s.IsCapitalized(first + 1))
        {
            return first + 1;
        }

        bool fronted = opener.EndsWith("ing", StringComparison.Ordinal) || opener.EndsWith("ly", StringComparison.Ordinal)
            || WordClasses.Subordinators.Contains(opener) || WordClasses.AdverbialOpeners.Contains(opener) || WordClasses.TimeWords.Contains(opener)
            || WordClasses.Connectives.Contains(opener) || s.Is(first + 1, "later") || s.Is(first + 1, "earlier") || s.Is(first + 1, "ago")
            || (opener is "Here" or "There" or "Back" or "Out" or "Up" or "Elsewhere" && s.IsWord(first + 1) && WordClasses.AdverbialOpeners.Contains(s.Word(first + 1)));
        for (int k = first + 1; fronted && k < s.Count && k - first < 16; k++)
        {
            if (s.IsPunct(k, ',') && s.IsWord(k + 1))
            {
                return AfterPlaceOrYear(s, AfterConnective(s, k + 1));
            }

            // "Calling the plan “unfair,” Lee ...": the comma inside the closing mark.
            if (s.IsPunct(k, ',') && s.IsQuoteMark(k + 1) && s.IsWord(k + 2))
            {
                return AfterConnective(s, k + 2);
            }
        }

        return first;
    }

    /// <summary>"Speaking to reporters, however, Lee ...": a connective between commas still belongs to the fronted part.</summary>
    private static int AfterConnective(SentenceView s, int start) =>
        char.IsLower(s.Word(start)[0]) && WordClasses.Connectives.Contains(s.Word(start)) && s.IsPunct(start + 1, ',') && s.IsWord(start + 2) ? start + 2 : start;

    /// <summary>
    /// "Speaking in Akron, Ohio, Ann Lee ...", "On Jan. 9, 2019, Tom ...": a state, country or year after the
    /// fronted phrase's comma still belongs to it; the subject starts after the next comma.
    /// </summary>
    private static int AfterPlaceOrYear(SentenceView s, int start)
    {
        int end = start;
        while (end - start < 3 && s.IsWord(end + 1))
        {
            end++;
        }

        for (int last = start; last <= end; last++)
        {
            if (!s.IsPunct(last + 1, ',') || !s.IsWord(last + 2))
            {
                continue;
            }

            ReadOnlySpan<char> words = s.Span(start, last).Of(s.Text);
            bool year = last == start && words.Length == 4 && char.IsAsciiDigit(words[0]) && char.IsAsciiDigit(words[3]);
            bool place = s.IsCapitalized(start) && (Entities.EntityLexicons.Regions.Contains(words) || Entities.EntityLexicons.Countries.ContainsKey(words));
            return year || place ? last + 2 : start;
        }

        return start;
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
            // Quoted words may sit inside the clause ("who lost 16 lbs. “and two belt loops”"), a speech verb not,
            // unless it is the relative clause's own verb ("Adler, who calls him a “coward,” said ...").
            if (s.IsWord(k) && char.IsLower(s.Word(k)[0]) && s.TryGetSpeechVerb(k, out _) && !(s.Is(k - 1, "who") && s.IsPunct(k - 2, ',')))
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
