using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>Word tests of verb cues: agreement, contractions, participles, prepositions, possessives.</summary>
internal static partial class VerbCue
{
    /// <summary>
    /// The "and" or "but" before a prepositional phrase that ends at <paramref name="end"/> (<c>and in a
    /// carefully worded response</c>), or null.
    /// </summary>
    private static int? AndBeforeAdverbial(SentenceView s, int end)
    {
        // One noun phrase at most, all lower case and no pronoun ("and at one stage the audience cheered" has a
        // subject of its own, "but in fact Clinton used" too).
        int determiners = 0;
        for (int k = end; k > 0 && end - k < 8; k--)
        {
            if (!s.IsWord(k) || !char.IsLower(s.Word(k)[0]) || WordClasses.Pronouns.Contains(s.Word(k)))
            {
                return null;
            }

            determiners += WordClasses.Determiners.Contains(s.Word(k)) ? 1 : 0;
            if (determiners > 1)
            {
                return null;
            }

            if ((s.Is(k - 1, "and") || s.Is(k - 1, "but")) && IsPreposition(s, k))
            {
                return k - 1;
            }
        }

        return null;
    }

    private static bool IsPreposition(SentenceView s, int k) =>
        s.Is(k, "in") || s.Is(k, "on") || s.Is(k, "at") || s.Is(k, "during") || s.Is(k, "after") || s.Is(k, "before")
        || s.Is(k, "with") || s.Is(k, "through") || s.Is(k, "via") || s.Is(k, "over");

    /// <summary>"we’re told", "I'm told": a contracted "are" or "am" makes the verb passive.</summary>
    /// <summary>The pronoun of a contracted "is"/"are" ("He’s", "they're") at <paramref name="i"/>, if any.</summary>
    private static TextSpan? ContractedBeSubject(SentenceView s, int i)
    {
        if (i < 0 || !s.IsWord(i))
        {
            return null;
        }

        ReadOnlySpan<char> word = s.Word(i);
        int apostrophe = word.LastIndexOfAny('\'', '\u2019');
        if (apostrophe <= 0 || !(word[(apostrophe + 1)..] is "s" or "re")
            || !WordClasses.Pronouns.Contains(word[..apostrophe]))
        {
            return null;
        }

        return new TextSpan(s.Tokens[i].Span.Start, apostrophe);
    }

    private static bool IsContractedBe(ReadOnlySpan<char> word) =>
        word.EndsWith("\u2019re", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'re", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("\u2019m", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'m", StringComparison.OrdinalIgnoreCase);

    private static bool IsParticipleAfterNoun(SentenceView s, int k)
    {
        ReadOnlySpan<char> word = s.Word(k);
        if (!char.IsLower(word[0]) || !word.EndsWith("ed", StringComparison.Ordinal) || !s.IsWord(k - 1))
        {
            return false;
        }

        // A plural noun ("People" counts: it opens the sentence) or "those".
        ReadOnlySpan<char> noun = s.Word(k - 1);
        bool possessive = noun.EndsWith("'s") || noun.EndsWith("\u2019s");
        bool plural = noun.EndsWith("s") && !noun.EndsWith("ss") && !possessive || noun.Equals("people", StringComparison.OrdinalIgnoreCase);
        return noun.Equals("those", StringComparison.OrdinalIgnoreCase) || (plural && !WordClasses.PhraseBreaks.Contains(noun));
    }

    /// <summary>
    /// The start of the noun phrase a past participle modifies when the phrase at <paramref name="start"/> is its
    /// "by" agent (<c>A letter from the guild</c> before <c>obtained by the Ledger</c>), or null.
    /// </summary>
    private static int? AgentOfParticiple(SentenceView s, int start)
    {
        int participle = start - 2;
        if (!s.Is(start - 1, "by") || !s.IsWord(participle) || !char.IsLower(s.Word(participle)[0])
            || !(s.Word(participle).EndsWith("ed", StringComparison.Ordinal) || WordClasses.IrregularPast.Contains(s.Word(participle))))
        {
            return null;
        }

        int head = NounPhrases.StartOfPhraseEndingAt(s, participle - 1);
        if (head < 0 || NounPhrases.IsPronoun(s, head, participle - 1))
        {
            return null;
        }

        int modified = ModifiedPhraseStart(s, head);
        return modified >= 0 ? modified : head;
    }

    /// <summary>True when only closing punctuation follows the cue's clause in the sentence.</summary>
    private static bool ClosesSentence(SentenceView s, Cue cue)
    {
        for (int k = s.Count - 1; k >= 0 && s.Tokens[k].Span.Start >= cue.ClauseEnd; k--)
        {
            if (s.IsWord(k) || s.IsQuoteMark(k))
            {
                return false;
            }
        }

        return true;
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

        ReadOnlySpan<char> head = s.Word(end);
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
    /// A possessive (<c>Clinton's</c>, <c>the city's</c>); a contracted pronoun (<c>he's</c> for
    /// "he has", <c>who's</c>) is a subject and its verb a cue.
    /// </summary>
    private static bool IsPossessive(SentenceView s, int j)
    {
        if (!s.IsWord(j) || s.Word(j).Length < 3)
        {
            return false;
        }

        ReadOnlySpan<char> word = s.Word(j);
        if (!word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }

        string stem = word[..^2].ToString().ToLowerInvariant();
        return !Entities.EntityLexicons.Pronouns.ContainsKey(stem) && stem is not ("who" or "that" or "there" or "what" or "here" or "where" or "everyone" or "someone" or "nobody");
    }

    /// <summary>
    /// Walks back from <paramref name="j"/> over the words that stand between a subject and its verb
    /// (auxiliaries, negations, adverbs, time words and spans), and returns the token before them.
    /// </summary>
    private static int SkipToSubject(SentenceView s, int j, out bool auxiliary, out bool negated)
    {
        auxiliary = false;
        negated = false;
        while (j >= 0 && s.IsWord(j))
        {
            ReadOnlySpan<char> between = s.Word(j);
            if (WordClasses.BetweenSubjectAndVerb.Contains(between))
            {
                auxiliary = true;
                negated |= between is "not" or "never" || between.EndsWith("n't", StringComparison.Ordinal) || between.EndsWith("n\u2019t", StringComparison.Ordinal);
            }
            else if (between is "years" or "months" or "decades" or "weeks" or "days" && s.Is(j - 1, "for"))
            {
                // "Nurses have for months been warning": a duration between the auxiliaries.
                j--;
            }
            else if (between is "ago" && j >= 2 && s.IsWord(j - 1) && s.IsWord(j - 2))
            {
                // "The board more than a month ago said": a time span before "ago" (and a "less than" or
                // "more than" before it) stands between the speaker and the verb.
                j -= 2;
                if (s.Is(j - 1, "than") && (s.Is(j - 2, "less") || s.Is(j - 2, "more")))
                {
                    j -= 2;
                }
            }
            else if (between is "to" && s.Is(j + 1, "have") && s.IsWord(j - 1) && s.Word(j - 1) is "reported" or "said" or "believed" or "thought" or "alleged" or "understood"
                && s.IsWord(j - 2) && s.Word(j - 2) is "is" or "was" or "are" or "were")
            {
                // "Lee was reported to have told aides ...": the subject of the reporting passive spoke.
                j -= 2;
            }
            else if (char.IsLower(between[0]) && (between.EndsWith("ly", StringComparison.Ordinal) || between is "long" or "then"))
            {
                // "Economists have long argued", "Catherine helpfully speculated": an adverb, not the speaker.
            }
            else if (between is "more" or "most" or "less" && s.IsWord(j + 1) && s.Word(j + 1).EndsWith("ly", StringComparison.Ordinal))
            {
                // "were more aptly called": the degree word of the adverb after it.
            }
            else if (!WordClasses.TimeWords.Contains(between) && !(between is "on" or "late" or "early" && s.IsWord(j + 1) && WordClasses.TimeWords.Contains(s.Word(j + 1))))
            {
                break;
            }

            j--;
        }

        return j;
    }

    /// <summary>
    /// "Support in key states means ...": an -s form after a bare lower-case phrase (no determiner or pronoun)
    /// that follows a place preposition is a plural noun in the preposition's object, not a subject's verb; a
    /// phrase that modifies a speaker ("officials in the region") is not such an object. After "of" the -s form
    /// stays a verb ("A study of young voters suggests ...").
    /// </summary>
    private static bool IsPluralAfterPreposition(SentenceView s, int start, int end, VerbForm form)
    {
        if (form != VerbForm.ThirdPerson || !(s.Is(start - 1, "in") || s.Is(start - 1, "across") || s.Is(start - 1, "throughout")))
        {
            return false;
        }

        for (int k = start; k <= end; k++)
        {
            if (!s.IsWord(k) || !char.IsLower(s.Word(k)[0]) || WordClasses.Determiners.Contains(s.Word(k)) || WordClasses.Pronouns.Contains(s.Word(k)))
            {
                return false;
            }
        }

        return ObjectOfModifier(s, start) is null;
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
        TakesObject = verb.TakesObject,
        ClauseStart = s.Tokens[k].Span.Start,
        ClauseEnd = s.Tokens[k].Span.End,
    };
}
