using QuoteAttribution.Text;

namespace QuoteAttribution.Segmentation;

/// <summary>
/// Splits a stretch of text into words and punctuation. A word keeps inner apostrophes, hyphens, periods
/// and ampersands (<c>al-Assad</c>, <c>Russia’s</c>, <c>U.S.</c>) and the final period of an abbreviation.
/// </summary>
public static class Tokenizer
{
    /// <summary>The tokens of <paramref name="span"/> of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text, TextSpan span)
    {
        List<Token> tokens = new(span.Length / 5);
        Tokenize(text, span, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="span"/> of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int i = span.Start;
        int end = span.End;
        while (i < end)
        {
            char c = text[i];

            // Most characters are ASCII letters and digits, which start a word without the tests below.
            if (!char.IsAsciiLetterOrDigit(c))
            {
                // Zero-width and other format characters ("Vance\u200b said") separate nothing.
                if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                {
                    i++;
                    continue;
                }

                if (!CharClass.IsWordChar(c))
                {
                    TokenKind kind = CharClass.IsQuoteMark(c) ? TokenKind.QuoteMark : TokenKind.Punctuation;
                    tokens.Add(new Token(new TextSpan(i, 1), kind));
                    i++;
                    continue;
                }
            }

            int start = i;
            i++;
            while (i < end)
            {
                char d = text[i];
                if (char.IsAsciiLetterOrDigit(d) || CharClass.IsWordChar(d))
                {
                    i++;
                }
                else if (d is '-' or '.' or '&' or '\'' or CharClass.RightSingle && i + 1 < end && CharClass.IsWordChar(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            if (i < end && text[i] == '.' && Abbreviations.IsAbbreviation(text.AsSpan(start, i - start)))
            {
                i++;
            }

            tokens.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Word));
        }
    }
}
