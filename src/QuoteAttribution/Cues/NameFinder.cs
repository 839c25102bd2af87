namespace QuoteAttribution.Cues;

/// <summary>
/// Finds person names in running text (outside quotes): runs of two or more capitalised words
/// (<c>Haidar al Abadi</c>), with titles and sentence-initial function words stripped. They are the
/// candidates that pronouns (in subject position only) and descriptions resolve to.
/// </summary>
internal static class NameFinder
{
    public static void Find(SentenceView s, List<NameMention> names)
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

            // "Islamic State militants": a name that modifies a plural noun is not a person.
            if (s.IsWord(k) && char.IsLower(s.Word(k)[0]) && s.Word(k).EndsWith("s") && !s.Word(k).EndsWith("ss"))
            {
                continue;
            }

            // "Retaking Aleppo is considered ...": a sentence-initial verb form is not part of a name.
            while (start <= end && (s.Word(start).EndsWith("ing") || s.Word(start).EndsWith("ed")))
            {
                start++;
            }

            while (start <= end && (WordClasses.PhraseBreaks.Contains(s.Word(start)) || WordClasses.Determiners.Contains(s.Word(start))
                || WordClasses.Connectives.Contains(s.Word(start)) || Entities.EntityLexicons.Titles.Contains(s.Word(start))))
            {
                start++;
            }

            // Only names in subject position (the sentence's first phrase) are antecedents a reader would pick.
            bool subject = runStart <= SubjectPhraseEnd(s);
            if (end - start >= 1 && !s.IsAcronym(end) && !Entities.EntityLexicons.Organizations.Contains(s.Word(end)))
            {
                names.Add(new NameMention(s.Span(start, end), subject));
            }
        }
    }

    /// <summary>
    /// The last token of the sentence's opening noun phrase ("Toronto retiree Doug Purdy"): names
    /// that start inside it are in subject position.
    /// </summary>
    private static int SubjectPhraseEnd(SentenceView s)
    {
        int first = FirstWordIndex(s);
        if (first < 0)
        {
            return -1;
        }

        int end = NounPhrases.EndOfPhraseStartingAt(s, first);
        return end < 0 ? first : end;
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
        s.IsWord(k) && s.IsCapitalized(k) && !char.IsDigit(s.Word(k)[0]) && !WordClasses.TimeWords.Contains(s.Word(k));

    private static bool IsParticle(SentenceView s, int k) =>
        s.IsWord(k) && s.Word(k) is "al" or "bin" or "de" or "van" or "von" or "der" or "da" or "di" or "la" or "le" or "del";
}
