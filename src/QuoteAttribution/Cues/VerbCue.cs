using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>Reads the speaker, listener and start of content around one speech verb.</summary>
internal static class VerbCue
{
    private const int MaxThatDistance = 12;

    public static Cue? Build(SentenceView s, int k, SpeechVerb verb, List<Cue> earlier)
    {
        int j = k - 1;

        // "Sen. Chuck Schumer (D-N.Y.) said": a parenthesis between the name and the verb is skipped.
        if (s.IsPunct(j, ')'))
        {
            int open = j - 1;
            while (open >= 0 && j - open < 8 && !s.IsPunct(open, '('))
            {
                open--;
            }

            j = s.IsPunct(open, '(') ? open - 1 : j;
        }

        if (verb.Form == VerbForm.Gerund)
        {
            if (s.IsPunct(k - 1, ','))
            {
                return Participle(s, k, verb, earlier.Count > 0 ? null : SentenceSubject(s, k));
            }

            // "Iraqi state TV is reporting ...": a progressive form takes the subject before "is".
            if (s.Is(j, "is") || s.Is(j, "are") || s.Is(j, "was") || s.Is(j, "were") || s.Is(j, "been"))
            {
                j--;
            }
            else if (AbsoluteSubject(s, j) is int nameStart)
            {
                // "– Ryan saying he was “very encouraged”", "with Senator McCain telling reporters ...".
                Cue absolute = VerbAt(s, k, verb) with { Speaker = s.Span(nameStart, j), ClauseStart = s.Tokens[nameStart].Span.Start };
                return WithContentAfter(s, k, verb, absolute);
            }
            else
            {
                return null;
            }
        }

        bool auxiliary = false;
        while (j >= 0 && s.IsWord(j))
        {
            string between = s.Word(j).ToString();
            if (WordClasses.BetweenSubjectAndVerb.Contains(between))
            {
                auxiliary = true;
            }
            else if (char.IsLower(between[0]) && (between.EndsWith("ly", StringComparison.Ordinal) || between == "long"))
            {
                // "Economists have long argued", "Catherine helpfully speculated": an adverb, not the speaker.
            }
            else if (!WordClasses.TimeWords.Contains(between) && !(between is "on" or "late" or "early" && s.IsWord(j + 1) && WordClasses.TimeWords.Contains(s.Word(j + 1).ToString())))
            {
                break;
            }

            j--;
        }

        if (verb.Form != VerbForm.Gerund && j >= 0 && s.IsWord(j) && WordClasses.Passive.Contains(s.Word(j)))
        {
            return null;
        }

        Cue basic = VerbAt(s, k, verb);

        if ((s.Is(j, "and") || s.Is(j, "but")) && earlier.Count > 0)
        {
            return WithContentAfter(s, k, verb, basic with { Kind = CueKind.Coordinated, ClauseStart = s.Tokens[j].Span.Start });
        }

        // "said Weaver, who said ..." / "officials who said ...": the relative pronoun stands for the phrase before it.
        if (s.Is(j, "who"))
        {
            return RelativeSpeaker(s, j, earlier) is TextSpan antecedent
                ? WithContentAfter(s, k, verb, basic with { Speaker = antecedent, ClauseStart = s.Tokens[j].Span.Start })
                : null;
        }

        // "Swanson, who is a pastor at the church of Elizabeth, Colorado, slammed ...": a relative clause
        // with commas of its own between the speaker and the verb.
        if (s.IsPunct(j, ',') && RelativeClauseBefore(s, j) is int who && RelativeSpeaker(s, who, earlier) is TextSpan named)
        {
            return WithContentAfter(s, k, verb, basic with { Speaker = named, ClauseStart = s.Tokens[who].Span.Start });
        }

        if (s.IsWord(j))
        {
            int start = NounPhrases.StartOfPhraseEndingAt(s, j);
            if (start >= 0 && !AgreesWith(s, start, j, verb.Form, auxiliary))
            {
                // "A person familiar with the negotiations says": the plural belongs to a modifier; the
                // speaker is the phrase before the preposition.
                start = ModifiedPhraseStart(s, start);
            }

            if (start < 0)
            {
                return null;
            }

            // "As Clinton told the Daily News, tax relief is ...": a fronted "as" puts the content after the comma.
            bool frontedAs = s.Is(start - 1, "as") && start - 1 <= 1;
            Cue subject = basic with { Speaker = s.Span(start, j), ClauseStart = s.Tokens[start].Span.Start };
            return WithContentAfter(s, k, verb, WithAppositiveBefore(s, start, subject), frontedAs);
        }

        bool afterBreak = j < 0 || s.IsPunct(j, ',') || s.IsQuoteMark(j) || s.IsPunct(j, ':') || s.IsPunct(j, '-')
            || s.IsPunct(j, '\u2013') || s.IsPunct(j, '\u2014');
        if (!afterBreak)
        {
            return null;
        }

        Cue? appositive = s.IsPunct(j, ',') ? AppositiveSubject(s, j, k, verb, basic) : null;
        return appositive ?? Inverted(s, k, basic);
    }

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

        // "said retired Army Lt. Gen. Mick Bednarek": a participle adjective before a name belongs to it.
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
        // The appositive runs back to the previous comma, whatever it holds
        // ("Kenza Tarek, a Muslim student studying at Laval University, said").
        int innerEnd = comma - 1;
        int innerStart = innerEnd;
        while (innerStart > 0 && !s.IsPunct(innerStart - 1, ',') && !s.IsQuoteMark(innerStart - 1) && comma - innerStart < 25)
        {
            innerStart--;
        }

        if (innerStart <= 0 || innerStart > innerEnd || !s.IsPunct(innerStart - 1, ',') || !s.IsWord(innerStart))
        {
            return null;
        }

        // "..., was also badly hit, said X": a chunk that opens with a function word or verb is a clause, not an appositive.
        string opener = s.Word(innerStart).ToString();
        if ((WordClasses.PhraseBreaks.Contains(opener) && opener is not ("who" or "which"))
            || (SpeechVerbs.TryGet(opener, out SpeechVerb openerVerb) && openerVerb.Form != VerbForm.Gerund))
        {
            return null;
        }

        int outerEnd = innerStart - 2;
        int outerStart = NounPhrases.StartOfPhraseEndingAt(s, outerEnd);
        if (outerStart < 0)
        {
            return null;
        }

        // The name is the part written all in capitals; the other part describes it.
        bool innerIsName = NounPhrases.IsAllCapitalized(s, innerStart, innerEnd) && !NounPhrases.IsAllCapitalized(s, outerStart, outerEnd);
        (int nameStart, int nameEnd, int descStart, int descEnd) = innerIsName
            ? (innerStart, innerEnd, outerStart, outerEnd)
            : (outerStart, outerEnd, innerStart, innerEnd);
        Cue subject = basic with
        {
            Speaker = s.Span(nameStart, nameEnd),
            Appositive = s.Span(descStart, descEnd),
            ClauseStart = s.Tokens[outerStart].Span.Start,
        };
        return WithContentAfter(s, k, verb, subject);
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
    /// ("Republicans on Capitol Hill seized on the message, arguing that ..."), or null.
    /// </summary>
    private static TextSpan? SentenceSubject(SentenceView s, int before)
    {
        int first = 0;
        while (first < before && !s.IsWord(first))
        {
            first++;
        }

        int end = first < before ? NounPhrases.EndOfPhraseStartingAt(s, first) : -1;
        return end >= first && end < before ? s.Span(first, end) : null;
    }

    private static Cue Participle(SentenceView s, int k, SpeechVerb verb, TextSpan? subject)
    {
        Cue cue = VerbAt(s, k, verb) with { Kind = CueKind.Participle, Speaker = subject, ClauseStart = s.Tokens[k - 1].Span.Start };
        return WithContentAfter(s, k, verb, cue);
    }

    /// <summary>The cue of the verb at token <paramref name="k"/>, before its speaker and content are read.</summary>
    private static Cue VerbAt(SentenceView s, int k, SpeechVerb verb) => new()
    {
        Sentence = s.Sentence.Index,
        Trigger = s.Tokens[k].Span,
        Lemma = verb.Lemma,
        Kind = CueKind.SubjectVerb,
        IsWeak = verb.IsWeak,
        IsBelief = verb.IsBelief,
        ClauseStart = s.Tokens[k].Span.Start,
        ClauseEnd = s.Tokens[k].Span.End,
    };

    /// <summary>Skips the listener and adverbials after the verb and finds where the content starts.</summary>
    private static Cue WithContentAfter(SentenceView s, int k, SpeechVerb verb, Cue cue, bool frontedAs = false)
    {
        int next = k + 1;
        TextSpan? addressee = null;
        if (verb.TakesAddressee)
        {
            int end = AddresseeEnd(s, next);
            if (end >= next)
            {
                addressee = s.Span(next, end);
                next = end + 1;
            }
        }

        if (frontedAs)
        {
            int comma = next;
            while (comma < s.Count && !s.IsPunct(comma, ',') && comma - next < 10)
            {
                comma++;
            }

            return s.IsPunct(comma, ',') && s.IsWord(comma + 1)
                ? cue with { Addressee = addressee, ContentAfterStart = s.Tokens[comma + 1].Span.Start }
                : cue with { Addressee = addressee };
        }

        cue = cue with { Addressee = addressee };

        // "told a Russian broadcaster according to Interfax": another cue, not content.
        if (s.Is(next, "according") || s.Is(next, "as") && s.Is(next + 1, "saying"))
        {
            return cue;
        }

        int that = FindThat(s, next);
        if (that >= 0)
        {
            return that + 1 < s.Count ? cue with { HasThat = true, ContentAfterStart = s.Tokens[that + 1].Span.Start } : cue;
        }

        if ((s.IsPunct(next, ':') || s.IsPunct(next, ',')) && s.IsQuoteMark(next + 1))
        {
            return cue with { ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        if (s.IsPunct(next, ':') && next + 1 < s.Count)
        {
            return cue with { ContentAfterStart = s.Tokens[next + 1].Span.Start };
        }

        if (s.IsQuoteMark(next))
        {
            return cue with { ContentAfterStart = s.Tokens[next].Span.Start };
        }

        // A weak verb's clause counts only when it holds quoted words ("accused the governor of “hiding ...”");
        // the statement finder checks that.
        if (s.IsWord(next) && !IsAdverbial(s, next))
        {
            return cue with { ContentAfterStart = s.Tokens[next].Span.Start };
        }

        int clause = verb.IsWeak ? -1 : ClauseAfterAdverbial(s, next);
        return clause >= 0 ? cue with { ContentAfterStart = s.Tokens[clause].Span.Start } : cue;
    }

    /// <summary>
    /// Skips an adverbial after the verb and finds a clause behind it: <c>said by text message the
    /// weather had been fine</c> → <c>the weather ...</c>. A determiner or pronoun after the adverbial's
    /// noun opens the clause; the end of the sentence means there is none.
    /// </summary>
    private static int ClauseAfterAdverbial(SentenceView s, int start)
    {
        // "told reporters as he arrived": a subordinate clause is circumstance, not content.
        if (s.IsWord(start) && WordClasses.Subordinators.Contains(s.Word(start)))
        {
            return -1;
        }

        bool sawNoun = false;
        for (int k = start; k < s.Count && k - start < 10; k++)
        {
            if (!s.IsWord(k))
            {
                // "Chapman admits in this instance, there were fatalities."
                return sawNoun && s.IsPunct(k, ',') && s.IsWord(k + 1) && s.Count - k >= 5 ? k + 1 : -1;
            }

            string word = s.Word(k).ToString();
            if (IsAdverbial(s, k))
            {
                sawNoun = WordClasses.TimeWords.Contains(word);
                continue;
            }

            bool opensClause = WordClasses.Pronouns.Contains(word) && !word.Equals("it", StringComparison.OrdinalIgnoreCase)
                || (sawNoun && WordClasses.Determiners.Contains(word)) || word.Equals("there", StringComparison.OrdinalIgnoreCase);
            if (opensClause)
            {
                return s.Count - k >= 4 ? k : -1;
            }

            sawNoun |= !WordClasses.Determiners.Contains(word);
        }

        return -1;
    }

    /// <summary>
    /// The listener after <c>told</c>: a short phrase that ends before <c>that</c>, a pronoun or a new
    /// determiner (<c>told the TV the joint operation ...</c> → <c>the TV</c>).
    /// </summary>
    private static int AddresseeEnd(SentenceView s, int start)
    {
        int end = -1;
        for (int k = start; k < s.Count && k - start < 5; k++)
        {
            if (!s.IsWord(k) || s.Is(k, "that") || s.Is(k, "according") || WordClasses.AdverbialOpeners.Contains(s.Word(k)) && k > start)
            {
                break;
            }

            string word = s.Word(k).ToString();
            bool afterLowerWord = !s.IsCapitalized(k - 1) && !WordClasses.Determiners.Contains(s.Word(k - 1));
            bool startsNewPhrase = k > start && (WordClasses.Pronouns.Contains(word) || WordClasses.Determiners.Contains(word)
                || (s.IsCapitalized(k) && !s.IsAcronym(k) && afterLowerWord));
            if (startsNewPhrase || WordClasses.PhraseBreaks.Contains(word) && !s.IsAcronym(k))
            {
                break;
            }

            end = k;
        }

        return end;
    }

    /// <summary>
    /// Subject and verb agree: "Rebels say" (plural or I/we/they), "the ministry says" (not "tribesmen and
    /// Shi'ite volunteers", where "volunteers" is a noun); a base form after an auxiliary is fine.
    /// </summary>
    private static bool AgreesWith(SentenceView s, int start, int end, VerbForm form, bool auxiliary)
    {
        if (auxiliary || form is VerbForm.Past or VerbForm.Gerund)
        {
            return true;
        }

        string head = s.Word(end).ToString();
        bool coordinated = false;
        for (int k = start; k < end; k++)
        {
            coordinated |= s.Is(k, "and");
        }

        bool pronounPlural = head is "I" or "we" or "We" or "they" or "They" or "you" or "You";
        bool endsInS = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);

        // "Officials explain": a base form wants a plural, capitalised or not; "the ministry says" a singular.
        return form == VerbForm.Base
            ? coordinated || pronounPlural || endsInS
            : !coordinated && !pronounPlural && !(char.IsLower(head[0]) && endsInS);
    }

    /// <summary>
    /// The phrase a relative "who" at <paramref name="who"/> stands for: the speaker of an inverted cue just
    /// before it ("said one Democrat familiar with the discussion, who added"), else the phrase before it,
    /// with a prepositional modifier when it has one.
    /// </summary>
    private static TextSpan? RelativeSpeaker(SentenceView s, int who, List<Cue> earlier)
    {
        int end = s.IsPunct(who - 1, ',') ? who - 2 : who - 1;
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

        int modified = ModifiedPhraseStart(s, start);
        return s.Span(modified >= 0 ? modified : start, end);
    }

    /// <summary>The "who" of a ", who ..." clause that ends at the comma <paramref name="comma"/>, or null.</summary>
    private static int? RelativeClauseBefore(SentenceView s, int comma)
    {
        for (int k = comma - 1; k > 0 && comma - k < 30; k--)
        {
            if (s.IsQuoteMark(k) || (s.IsWord(k) && char.IsLower(s.Word(k)[0]) && SpeechVerbs.TryGet(s.Word(k), out _)))
            {
                return null;
            }

            if (s.Is(k, "who") && s.IsPunct(k - 1, ','))
            {
                return k;
            }
        }

        return null;
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

    private static int FindThat(SentenceView s, int start)
    {
        bool inAdverbial = false;
        for (int k = start; k < s.Count && k - start < MaxThatDistance; k++)
        {
            if (s.Is(k, "that"))
            {
                return k;
            }

            if (s.IsPunct(k, ','))
            {
                continue;
            }

            if (!s.IsWord(k))
            {
                return -1;
            }

            if (IsAdverbial(s, k))
            {
                inAdverbial = true;
            }
            else if (!inAdverbial)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsAdverbial(SentenceView s, int k)
    {
        string word = s.Word(k).ToString();
        return WordClasses.AdverbialOpeners.Contains(word) || WordClasses.TimeWords.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal);
    }
}
