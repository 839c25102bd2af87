using System.Globalization;
using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>Which way a quotation mark faces, judged from the mark and its neighbours.</summary>
internal static class QuoteMarks
{
    /// <summary>Whether a mark can open, close, or do either.</summary>
    public enum Facing
    {
        Neither,
        Opening,
        Closing,
        Either,
    }

    /// <summary>How the double mark at <paramref name="i"/> faces.</summary>
    public static Facing DoubleFacing(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        bool spaceBefore = i == 0 || IsOpenContext(text[i - 1]);
        bool spaceAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || IsClosingPunctuation(text[i + 1]);
        return c switch
        {
            CharClass.LeftDouble or CharClass.LowDouble or CharClass.LeftGuillemet =>
                // A “ glued to a word on its left and followed by a space is a mistyped closing mark, and so is one
                // glued to the punctuation that ends a word ('... for the town,“ said Lee').
                (!spaceBefore || EndsWord(text, i)) && spaceAfter ? Facing.Closing : Facing.Opening,
            CharClass.RightDouble or CharClass.RightGuillemet =>
                // Some sites type ” for both marks: one that starts a word after a space opens.
                spaceBefore && !spaceAfter ? Facing.Opening : Facing.Closing,
            // A straight mark glued to the comma or end mark of a word, with a space after it ('... their
            // differences," Lee urged'), closes.
            _ => spaceBefore && !spaceAfter ? Facing.Opening
                : (!spaceBefore || EndsWord(text, i)) && spaceAfter ? Facing.Closing
                : Facing.Either,
        };
    }

    /// <summary>
    /// How the single mark at <paramref name="i"/> faces; <see cref="Facing.Neither"/> for an apostrophe
    /// between letters (<c>there’s</c>) or a possessive that nothing opened (<c>IS’</c>).
    /// </summary>
    public static Facing SingleFacing(ReadOnlySpan<char> text, int i)
    {
        bool letterBefore = i > 0 && CharClass.IsWordChar(text[i - 1]);
        bool letterAfter = i + 1 < text.Length && CharClass.IsWordChar(text[i + 1]);
        if (letterBefore && letterAfter)
        {
            return Facing.Neither;
        }

        bool openBefore = i == 0 || IsOpenContext(text[i - 1]) || CharClass.IsDoubleMark(text[i - 1]);
        bool closeAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || IsClosingPunctuation(text[i + 1])
            || CharClass.IsDoubleMark(text[i + 1]);
        if (openBefore && letterAfter)
        {
            // '90s, 'em: an elided start is rare enough next to real opening marks to read as opening.
            return Facing.Opening;
        }

        // "‘A Costly Mistake,’ Lee Says": a comma before the mark and a space after it close a quote.
        if (closeAfter && (!openBefore || i > 0 && text[i - 1] == ','))
        {
            return Facing.Closing;
        }

        return Facing.Neither;
    }

    /// <summary>True when a comma or an end mark glued to a word stands right before <paramref name="i"/>.</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, int i) =>
        i >= 2 && text[i - 1] is ',' or '.' or '?' or '!' && CharClass.IsWordChar(text[i - 2]);

    /// <summary>
    /// True for an invisible formatting character (a direction mark, U+202A, a zero-width joiner): pages leave
    /// them before a paragraph's first mark, and a mark after one faces as it would after a space.
    /// </summary>
    public static bool IsInvisible(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsOpenContext(char c) =>
        char.IsWhiteSpace(c) || IsInvisible(c) || c is '(' or '[' or '{' or '/' || CharClass.IsDash(c) || c == ':' || c == ',';

    private static bool IsClosingPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '?' or '!' or ')' or ']' or '}' or '\u2026' || CharClass.IsDash(c);
}
