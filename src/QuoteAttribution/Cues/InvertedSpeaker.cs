using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>The speaker named after the verb: <c>..., said Captain Jeff Davis, a Pentagon spokesperson.</c></summary>
internal static class InvertedSpeaker
{
    /// <summary>The inverted cue of the verb at <paramref name="k"/>, or null when no speaker phrase closes the clause after it.</summary>
    public static Cue? Read(SentenceView s, int k, Cue basic)
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

        end = WithClosingModifier(s, end);

        // "said treasurer Ann Wu": a lower-case start needs a determiner or a capitalised name after it.
        bool looksLikeSpeaker = s.IsCapitalized(start) || WordClasses.Determiners.Contains(s.Word(start))
            || NounPhrases.IsPronoun(s, start, start) || (s.IsCapitalized(end) && !WordClasses.TimeWords.Contains(s.Word(end)));
        if (!looksLikeSpeaker)
        {
            return null;
        }

        // The phrase must close the clause: "said Hua." / "said Captain Jeff Davis, a ..." / "said Hua on Thursday",
        // or a relative clause must describe it: "said a farmer who ..." / "“...,” said the owner of a shop that sells
        // hats". Only right after the quote is a "that" relative or a "when" clause: "informed the director that ..."
        // reports a clause.
        bool closes = end + 1 >= s.Count || s.IsPunct(end + 1, ',') || s.IsPunct(end + 1, '.') || s.IsPunct(end + 1, ';') || s.IsPunct(end + 1, '(')
            || s.IsPunct(end + 1, ':') || (s.IsWord(end + 1) && (Adverbials.Opens(s, end + 1) || OpensCircumstance(s, end + 1) && AfterQuote(s, k)))
            || s.Is(end + 1, "who") || s.Is(end + 1, "that") && AfterQuote(s, k);
        if (!closes)
        {
            return null;
        }

        return WithAppositive(s, start, end, basic);
    }

    /// <summary>
    /// "“...,” said Ann Bell when asked about it" / "said Lee if pressed": a subordinate clause of circumstance or
    /// condition after the phrase closes it as an adverbial does. Only right after the quote: "offered a plan when
    /// asked" is a verb and its object.
    /// </summary>
    private static bool OpensCircumstance(SentenceView s, int k) =>
        WordClasses.Subordinators.Contains(s.Word(k)) || s.Is(k, "if") || s.Is(k, "unless");

    /// <summary>True when the verb at <paramref name="k"/> follows the quote it closes (<c>“...,” said</c>).</summary>
    private static bool AfterQuote(SentenceView s, int k) =>
        k >= 1 && (s.IsQuoteMark(k - 1) || k >= 2 && s.IsPunct(k - 1, ',') && s.IsQuoteMark(k - 2));

    /// <summary>The inverted cue of the phrase <paramref name="start"/>..<paramref name="end"/>, with an appositive after its comma; the name is the part in capitals.</summary>
    private static Cue WithAppositive(SentenceView s, int start, int end, Cue basic)
    {
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

        // "says Lee's partner, Tom Vance": the name is the part written in capitals.
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

    /// <summary>"said one official familiar with the talks,": a prepositional modifier that closes the clause belongs to the speaker.</summary>
    private static int WithClosingModifier(SentenceView s, int end)
    {
        // "said one trustee involved in the budget talks,": a participle before the modifier is part of it.
        int preposition = IsParticipleAdjective(s, end + 1) ? end + 2 : end + 1;
        if (!(s.Is(preposition, "with") || s.Is(preposition, "from") || s.Is(preposition, "in") || s.Is(preposition, "at") || s.Is(preposition, "on")))
        {
            return end;
        }

        // "in the planning": a gerund after a determiner is a noun, which the phrase reader takes for a verb.
        int modifierEnd = NounPhrases.EndOfPhraseStartingAt(s, preposition + 1);
        if (modifierEnd < 0 && s.IsWord(preposition + 1) && WordClasses.Determiners.Contains(s.Word(preposition + 1)) && s.IsWord(preposition + 2)
            && s.Word(preposition + 2).EndsWith("ing", StringComparison.Ordinal))
        {
            modifierEnd = preposition + 2;
        }

        return modifierEnd > preposition && (modifierEnd + 1 >= s.Count || s.IsPunct(modifierEnd + 1, ',') || s.IsPunct(modifierEnd + 1, '.')) ? modifierEnd : end;
    }

    /// <summary>A lower-case word ending in -ed or -ing that is no speech verb ("unaligned", "involved").</summary>
    private static bool IsParticipleAdjective(SentenceView s, int k)
    {
        if (!s.IsWord(k) || !char.IsLower(s.Word(k)[0]) || s.TryGetSpeechVerb(k, out _))
        {
            return false;
        }

        ReadOnlySpan<char> word = s.Word(k);
        return word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
    }
}
