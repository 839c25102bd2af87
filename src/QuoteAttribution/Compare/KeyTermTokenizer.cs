using System.Text.RegularExpressions;

namespace QuoteAttribution.Compare;

/// <summary>Cuts a statement into <see cref="KeyTermToken"/>s: what each word is and where its sentence starts.</summary>
internal static class KeyTermTokenizer
{
    private const char RightSingleQuote = '\u2019';

    private static readonly string[] ContractionEndings = ["n't", "'m", "'re", "'ve", "'ll", "'d"];

    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<KeyTermToken> Tokenize(string text)
    {
        KeyTermToken? previous = null;
        foreach (Match match in KeyTermPatterns.TokenRegex().Matches(text))
        {
            KeyTermToken token = From(match, text, previous);
            previous = token;
            yield return token;
        }
    }

    /// <summary>True for <c>I'm</c>, <c>they’re</c>, <c>won't</c>: a pronoun or verb with a clipped ending.</summary>
    public static bool IsContraction(string word)
    {
        string plain = word.Replace(RightSingleQuote, '\'');
        return ContractionEndings.Any(e => plain.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    private static KeyTermToken From(Match match, string text, KeyTermToken? previous)
    {
        string raw = match.Value;
        bool acronym = match.Groups["acronym"].Success || (raw.Length > 1 && raw.All(c => char.IsUpper(c) || c == '-'));
        string word = acronym ? raw : KeyTermPatterns.WithoutPossessive(raw);
        bool capitalised = acronym || char.IsUpper(raw[0]) || IsArabicArticleName(raw);
        return new KeyTermToken(
            word,
            match.Index,
            match.Index + match.Length,
            acronym,
            capitalised,
            IsSentenceStart(text, match.Index, previous),
            word.Length != raw.Length);
    }

    // "al-Assad", "el-Sisi": a lower-case article before a capitalised name.
    private static bool IsArabicArticleName(string raw) =>
        raw.Length > 3 && (raw.StartsWith("al-", StringComparison.Ordinal) || raw.StartsWith("el-", StringComparison.Ordinal))
        && char.IsUpper(raw[3]);

    // The first word of a sentence, of a paragraph or of a quotation ('"Everything is fine"'): there a
    // capital letter says nothing about a name.
    private static bool IsSentenceStart(string text, int start, KeyTermToken? previous)
    {
        int i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || IsOpeningMark(text[i])))
        {
            if (text[i] == '\n' || IsOpeningQuotation(text[i]))
            {
                return true;
            }

            i--;
        }

        if (i < 0)
        {
            return true;
        }

        // "U.S. Defense Secretary": the dot belongs to the acronym, not to a sentence end.
        if (previous is { IsAcronym: true } p && p.End == i + 1)
        {
            return false;
        }

        return text[i] is '.' or '!' or '?' or ':' or ';' or '\u2026';
    }

    private static bool IsOpeningMark(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u2014' or '-';

    private static bool IsOpeningQuotation(char c) => c is '"' or '\u201C';
}
