using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// What comes before a sentence's subject: a dateline (<c>PHILADELPHIA, July 25 (UPI) —</c>), a fronted
/// participle, adverb or adverbial up to its comma (<c>Speaking at a town hall, Trump ...</c>, <c>Hours later,
/// Trump ...</c>, <c>Here in Salem, Trump ...</c>), a connective (<c>But Sen. Ann Marsh ...</c>).
/// </summary>
internal static class FrontedPhrase
{
    /// <summary>Where the sentence's subject starts: after the fronted part, or at the first word.</summary>
    public static int SubjectStart(SentenceView s)
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

        bool fronted = opener.EndsWith("ing", StringComparison.Ordinal) || WordClasses.IsLyAdverb(opener)
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
}
