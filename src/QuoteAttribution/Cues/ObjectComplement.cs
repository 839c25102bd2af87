using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// The object complement of a naming verb: <c>calls it a costly mistake</c>, <c>described the plan as a
/// giveaway</c>. The complement is the speaker's judgement of the object, a statement without quoted words.
/// </summary>
internal static class ObjectComplement
{
    private const int MaxObjectWords = 10;

    // How far after "as" the quoted words of its complement may start.
    private const int MaxComplementWords = 8;

    /// <summary>
    /// The token where the complement starts after "call OBJECT" or "describe OBJECT as", or null when the
    /// words after the verb are no object and complement ("called the police", "called for a review").
    /// </summary>
    public static int? Start(SentenceView s, int next, SpeechVerb verb)
    {
        if (verb.Lemma == "describe")
        {
            return DescribedAs(s, next);
        }

        if (verb.Lemma != "call" || !s.IsWord(next))
        {
            return null;
        }

        // "calls it a mistake", "called him a liar": a pronoun object.
        if (WordClasses.ObjectPronouns.Contains(s.Word(next)) && IsJudgement(s, next + 1, allowDefinite: true))
        {
            return next + 1;
        }

        // "called the plan a giveaway", "called the levy one of its best ideas": a noun phrase opened by a
        // definite determiner or a possessive, then an indefinite complement. "called the police a day later"
        // is an act, not a judgement (IsJudgement turns the time phrase away).
        if (!(s.Is(next, "the") || s.Is(next, "his") || s.Is(next, "her") || s.Is(next, "their") || s.Is(next, "its") || s.Is(next, "this")))
        {
            return null;
        }

        for (int k = next + 1; k < s.Count && k - next <= 5; k++)
        {
            if (!s.IsWord(k) || WordClasses.PhraseBreaks.Contains(s.Word(k)) || s.Is(k, "that"))
            {
                return null;
            }

            if (s.Is(k, "a") || s.Is(k, "an") || s.Is(k, "one"))
            {
                return k > next + 1 && IsJudgement(s, k, allowDefinite: false) ? k : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the verb at <paramref name="k"/> is followed by an object and "as" with quoted words:
    /// <c>summed up the plan as “reckless”</c>, <c>addressing him informally as “Tommy”</c>, <c>cast them as part
    /// of the “old guard”</c>. "was cast as “Juliet”" has no object, and "presented the award as ..." no quote.
    /// </summary>
    public static bool HasQuotedAs(SentenceView s, int k)
    {
        int next = s.Is(k + 1, "up") ? k + 2 : k + 1;
        bool quotedObject = false;
        for (int a = next + 1; a < s.Count && a - next <= MaxObjectWords; a++)
        {
            // "portrayed “reckless” drivers as a danger": the object may hold the quoted words.
            bool quoted = s.IsQuoteMark(a - 1) || s.InQuote[a - 1];
            quotedObject |= quoted;
            if (!(s.IsWord(a - 1) || quoted) || s.Is(a - 1, "that") || s.Is(a - 1, "as"))
            {
                return false;
            }

            if (s.Is(a, "as"))
            {
                return quotedObject || QuotedComplement(s, a);
            }
        }

        return false;
    }

    /// <summary>
    /// True when quoted words follow the "as" at <paramref name="a"/> within its phrase: "as “...”", "as a “...”",
    /// "as part of the “...”", "as a former liberal who would “unravel” ..."; a comma or stop ends the phrase.
    /// </summary>
    private static bool QuotedComplement(SentenceView s, int a)
    {
        for (int m = a + 1; m < s.Count && m - a <= MaxComplementWords; m++)
        {
            if (s.IsQuoteMark(m))
            {
                return m - a <= 4 || !QuotedTitle.At(s, m + 1);
            }

            if (!s.IsWord(m))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"described her as the owner's sister", "describes himself as a moderate": the words after "as".</summary>
    private static int? DescribedAs(SentenceView s, int next)
    {
        if (!s.IsWord(next) || s.Is(next, "as") || s.Is(next, "how") || s.Is(next, "what"))
        {
            return null;
        }

        for (int k = next + 1; k < s.Count && k - next <= MaxObjectWords; k++)
        {
            if (!s.IsWord(k) || s.Is(k, "that"))
            {
                return null;
            }

            if (s.Is(k, "as"))
            {
                // "described the scene as police arrived": "as" opening a clause of time is no complement.
                bool clause = s.IsWord(k + 1) && (WordClasses.Pronouns.Contains(s.Word(k + 1)) && !s.Is(k + 1, "it") || s.IsCapitalized(k + 1) && s.IsWord(k + 2) && s.Word(k + 2).EndsWith("ed", StringComparison.Ordinal));
                return s.IsWord(k + 1) && !clause && !WordClasses.Subordinators.Contains(s.Word(k + 1)) ? k + 1 : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a noun phrase that judges the object starts at <paramref name="k"/>: "a rookie mistake", "one of
    /// the worst", not a time ("a day later", "the next morning") or a count ("a few times").
    /// </summary>
    private static bool IsJudgement(SentenceView s, int k, bool allowDefinite)
    {
        if (!s.IsWord(k) || !(s.Is(k, "a") || s.Is(k, "an") || s.Is(k, "one") || allowDefinite && s.Is(k, "the")))
        {
            return false;
        }

        for (int w = k + 1; w < s.Count && w - k <= 3 && s.IsWord(w); w++)
        {
            if (WordClasses.TimeWords.Contains(s.Word(w)) || WordClasses.CountWords.Contains(s.Word(w)))
            {
                return false;
            }
        }

        return s.IsWord(k + 1) && char.IsLower(s.Word(k + 1)[0]) || s.Is(k, "one") && s.Is(k + 1, "of");
    }
}
