using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>Brackets and party tags beside a name (<c>Sen. Ann Marsh (D-Ore.)</c>, <c>Ann Lee, D-Mich.,</c>).</summary>
internal static class Brackets
{
    /// <summary>The token before a bracketed group ending at <paramref name="end"/> (<c>(D-Mo.)</c>), or <paramref name="end"/>.</summary>
    public static int SkipBackwards(SentenceView s, int end)
    {
        // "Sen. Ann Lee, D-Mich., a member of ...": the party and state between commas are skipped too.
        int tag = s.IsPunct(end, '.') ? end - 1 : end;
        if (IsPartyTag(s, tag) && s.IsPunct(tag - 1, ',') && s.IsWord(tag - 2))
        {
            return tag - 2;
        }

        if (!s.IsPunct(end, ')'))
        {
            return end;
        }

        int open = end - 1;
        while (open >= 0 && end - open < 8 && !s.IsPunct(open, '('))
        {
            open--;
        }

        return s.IsPunct(open, '(') ? open - 1 : end;
    }

    /// <summary>
    /// True when token <paramref name="k"/> stands inside brackets ("(..., though Lee carried the evening by calling
    /// herself the “real winner”)"): an aside has a subject of its own, not the sentence's.
    /// </summary>
    public static bool Enclose(SentenceView s, int k)
    {
        int depth = 0;
        for (int i = 0; i < k; i++)
        {
            depth += s.IsPunct(i, '(') ? 1 : s.IsPunct(i, ')') && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>A party and state tag: <c>D-Mich.</c>, <c>R-Texas</c>, <c>I-Vt.</c>.</summary>
    private static bool IsPartyTag(SentenceView s, int k) =>
        s.IsWord(k) && s.Word(k) is ['D' or 'R' or 'I', '-', >= 'A' and <= 'Z', >= 'a' and <= 'z', ..];
}
