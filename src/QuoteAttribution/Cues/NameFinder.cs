using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// Finds person names in running text (outside quotes): runs of two or more capitalised words
/// (<c>Haidar al Abadi</c>), with titles and sentence-initial function words stripped. They are the
/// candidates that pronouns and descriptions resolve to.
/// </summary>
internal static class NameFinder
{
    public static void Find(SentenceView s, List<TextSpan> names)
    {
        int k = 0;
        while (k < s.Count)
        {
            if (!IsNamePart(s, k))
            {
                k++;
                continue;
            }

            int start = k;
            int runStart = k;
            while (k < s.Count && (IsNamePart(s, k) || (IsParticle(s, k) && IsNamePart(s, k + 1))))
            {
                k++;
            }

            int end = k - 1;
            while (start <= end && (WordClasses.PhraseBreaks.Contains(s.Word(start).ToString()) || WordClasses.Determiners.Contains(s.Word(start).ToString())
                || WordClasses.Connectives.Contains(s.Word(start).ToString()) || Coreference.MentionShape.IsTitle(s.Word(start).ToString())))
            {
                start++;
            }

            // Only names in subject position (the sentence's first phrase) are antecedents a reader would pick.
            bool subject = runStart == FirstWordIndex(s);
            if (subject && end - start >= 1 && !s.IsAcronym(end) && !Coreference.MentionShape.IsOrganizationWord(s.Word(end).ToString()))
            {
                names.Add(s.Span(start, end));
            }
        }
    }

    private static int FirstWordIndex(SentenceView s)
    {
        for (int k = 0; k < s.Count; k++)
        {
            if (s.IsWord(k))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsNamePart(SentenceView s, int k) =>
        s.IsWord(k) && s.IsCapitalized(k) && !char.IsDigit(s.Word(k)[0]) && !WordClasses.TimeWords.Contains(s.Word(k).ToString());

    private static bool IsParticle(SentenceView s, int k) =>
        s.IsWord(k) && s.Word(k) is "al" or "bin" or "de" or "van" or "von" or "der" or "da" or "di" or "la" or "le" or "del";
}
