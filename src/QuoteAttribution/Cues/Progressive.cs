using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// The "be" of a progressive gerund (<c>Iraqi state TV is reporting</c>, <c>the campaign is already
/// claiming</c>), the "keep" of a repeated one (<c>she kept asking</c>) and the "heard" of a perceived one (<c>she
/// was heard saying</c>): the subject before them speaks.
/// </summary>
internal static class Progressive
{
    /// <summary>The token before the adverbs that end at <paramref name="end"/> (<c>already</c>, <c>now</c>, <c>reportedly</c>).</summary>
    public static int SkipAdverbs(SentenceView s, int end)
    {
        int be = end;
        while (be > 0 && s.IsWord(be) && (s.Is(be, "already") || s.Is(be, "now") || s.Is(be, "also") || s.Is(be, "still")
            || WordClasses.IsLyAdverb(s.Word(be)) && char.IsLower(s.Word(be)[0])))
        {
            be--;
        }

        return be;
    }

    /// <summary>Where the subject ends before the "be" or "heard" at <paramref name="be"/>, or null when there is none.</summary>
    public static int? SubjectEnd(SentenceView s, int be)
    {
        // "a neighbour could be heard asking", "she was heard saying": the subject of "heard" speaks.
        if (s.Is(be, "heard") && s.Is(be - 1, "be") && s.IsWord(be - 2) && WordClasses.Auxiliaries.Contains(s.Word(be - 2)))
        {
            return Brackets.SkipBackwards(s, be - 3);
        }

        if (s.Is(be, "heard") && IsFiniteBe(s, be - 1))
        {
            return Brackets.SkipBackwards(s, be - 2);
        }

        // "Ann Lee kept asking the board why ...", "he keeps talking about": "keep" before a gerund is
        // aspect, like "be"; its subject speaks.
        if (IsFiniteBe(s, be) || s.Is(be, "been") || s.Is(be, "kept") || s.Is(be, "keeps") || s.Is(be, "keep"))
        {
            return Brackets.SkipBackwards(s, be - 1);
        }

        return null;
    }

    private static bool IsFiniteBe(SentenceView s, int k) => s.IsWord(k) && WordClasses.Copulas.Contains(s.Word(k));
}
