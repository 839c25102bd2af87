namespace QuoteAttribution.Text;

/// <summary>The word that starts at a position in running text, read forwards (letters and hyphens).</summary>
internal static class LettersAfter
{
    /// <summary>Where the word of letters and hyphens that starts at <paramref name="start"/> ends, before <paramref name="limit"/>.</summary>
    public static int WordEnd(string text, int start, int limit)
    {
        int end = start;
        while (end < limit && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return end;
    }
}
