namespace QuoteAttribution.Text;

/// <summary>The word that stands before a position in running text, read backwards (letters only).</summary>
internal static class LettersBefore
{
    /// <summary>The word before <paramref name="position"/>, past the spaces between: "of" in "Ann Roe of |New York".</summary>
    public static ReadOnlySpan<char> Word(string text, int position)
    {
        int end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return EndingAt(text, end);
    }

    /// <summary>The letters that end right at <paramref name="end"/>; empty when no letter does.</summary>
    public static ReadOnlySpan<char> EndingAt(string text, int end)
    {
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }
}
