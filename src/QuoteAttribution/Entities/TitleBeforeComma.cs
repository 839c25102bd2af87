namespace QuoteAttribution.Entities;

/// <summary>
/// Reads a title written before a name and set off by commas, the way a sentence opens with the office
/// and then names its holder: <c>The captain of the team, Ana Soto, said</c>, <c>But the director of
/// operations for the Harbour Trust, Ana Soto, says</c>, <c>Her campaign manager, Ana Soto, said</c>.
/// </summary>
internal static class TitleBeforeComma
{
    private const int MaxWords = 9;

    /// <summary>
    /// The title of the phrase that ends with the comma right before the name at <paramref name="at"/>, when a
    /// comma closes the name at <paramref name="end"/> too and the phrase opens its sentence with a
    /// determiner or a possessive (after at most <c>But</c> or <c>And</c>); else null.
    /// </summary>
    public static TitleEvidence? Read(string text, int at, int end)
    {
        if (at < 3 || text[at - 1] != ' ' || text[at - 2] != ',' || end >= text.Length || text[end] != ',')
        {
            return null;
        }

        List<string> words = TitlePhraseFinder.WordsBefore(text, at - 2);
        if (words.Count is 0 or > MaxWords || !OpensSentence(text, at - 2 - string.Join(' ', words).Length))
        {
            return null;
        }

        int start = words[0] is "But" or "And" ? 1 : 0;
        if (start >= words.Count || !IsDeterminer(words[start]))
        {
            return null;
        }

        return TitleDescription.Describe(words.GetRange(start, words.Count - start));
    }

    // The phrase starts the text, a paragraph or a sentence (the word before it ends one).
    private static bool OpensSentence(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r' or '.' or '!' or '?' or '"' or '\u201D';
    }

    private static bool IsDeterminer(string word) =>
        word is "The" or "the" or "His" or "Her" or "Their" or "Its" or "A" or "An"
        || (TitlePhraseFinder.IsPossessive(word) && char.IsUpper(word[0]));
}
