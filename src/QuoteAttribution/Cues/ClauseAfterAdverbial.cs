using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// A content clause behind an adverbial after the verb: <c>said by text message the weather had been fine</c>
/// → <c>the weather ...</c>. A determiner or pronoun after the adverbial's noun opens the clause; the end of
/// the sentence means there is none.
/// </summary>
internal static class ClauseAfterAdverbial
{
    /// <summary>
    /// The token where the clause starts, or -1. After a <paramref name="weak"/> verb ("answered by explaining the
    /// hall was booked") a gerund opening the adverbial takes the clause as its own.
    /// </summary>
    public static int Start(SentenceView s, int start, bool weak = false)
    {
        if (s.IsWord(start) && WordClasses.Subordinators.Contains(s.Word(start)))
        {
            return AfterSubordinator(s, start);
        }

        bool sawNoun = false;
        for (int k = start; k < s.Count && k - start < 10; k++)
        {
            // "acknowledged at a forum on Monday “it will be hard ...”", "has said repeatedly “the next mayor” ...":
            // after a time word or an adverb, a quote opens the clause.
            if (s.IsQuoteMark(k) && (AfterAdverb(s, k, start) || (k > start && s.IsWord(k - 1) && WordClasses.TimeWords.Contains(s.Word(k - 1))))
                && k + 1 < s.Count && s.InQuote[k + 1] && !QuotedTitle.At(s, k + 1))
            {
                return s.Count - k >= 4 ? k : -1;
            }

            if (!s.IsWord(k))
            {
                // "Adler admits in that case, there were delays."; a participle after the comma
                // ("said Tuesday in Paris, noting ...") is a cue of its own, not content.
                return sawNoun && s.IsPunct(k, ',') && s.IsWord(k + 1) && s.Count - k >= 5
                    && !(s.Word(k + 1).EndsWith("ing", StringComparison.Ordinal) && char.IsLower(s.Word(k + 1)[0])) ? k + 1 : -1;
            }

            ReadOnlySpan<char> word = s.Word(k);
            if (Adverbials.Opens(s, k))
            {
                // "answered by explaining the hall was booked": after a weak verb, the clause after a gerund is the gerund's.
                if (weak && s.IsWord(k + 1) && s.Word(k + 1).EndsWith("ing", StringComparison.Ordinal) && char.IsLower(s.Word(k + 1)[0]) && !WordClasses.TimeWords.Contains(s.Word(k + 1)))
                {
                    return -1;
                }

                sawNoun = WordClasses.TimeWords.Contains(word);
                continue;
            }

            // "has said repeatedly the pier is unsafe": a determiner right after an adverb in -ly opens the clause too.
            bool opensClause = WordClasses.Pronouns.Contains(word) && !word.Equals("it", StringComparison.OrdinalIgnoreCase)
                || ((sawNoun || AfterAdverb(s, k, start)) && WordClasses.Determiners.Contains(word)) || word.Equals("there", StringComparison.OrdinalIgnoreCase);
            if (opensClause)
            {
                return s.Count - k >= 4 ? k : -1;
            }

            sawNoun |= !WordClasses.Determiners.Contains(word);
        }

        return -1;
    }

    /// <summary>
    /// "told reporters as he arrived": a subordinate clause is circumstance, not content; unless a main clause
    /// follows its comma ("said as officers entered the camp, one person chained himself ..."). The clause's
    /// start, or -1.
    /// </summary>
    private static int AfterSubordinator(SentenceView s, int start)
    {
        for (int k = start + 1; k < s.Count && k - start < 12; k++)
        {
            if (s.IsPunct(k, ','))
            {
                bool mainClause = s.Count - k >= 5 && s.IsWord(k + 1)
                    && (WordClasses.Pronouns.Contains(s.Word(k + 1)) || WordClasses.Determiners.Contains(s.Word(k + 1)));
                return mainClause ? start : -1;
            }
        }

        return -1;
    }

    /// <summary>True when the word before token <paramref name="k"/>, inside the adverbial, is an adverb in -ly.</summary>
    private static bool AfterAdverb(SentenceView s, int k, int start) =>
        k > start && s.IsWord(k - 1) && WordClasses.IsLyAdverb(s.Word(k - 1));
}
