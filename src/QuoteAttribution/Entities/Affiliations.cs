namespace QuoteAttribution.Entities;

/// <summary>
/// Writes an affiliation the way records show it: a leading <c>the</c>, a <c>then-</c> and a possessive
/// <c>'s</c> removed, a demonym replaced by its country (<c>Chinese</c> → <c>China</c>), anything else as
/// written (<c>U.S.</c>, <c>Chinese foreign ministry</c>).
/// </summary>
internal static class Affiliations
{
    /// <summary>The affiliation for the words <paramref name="words"/>, or empty.</summary>
    public static string Normalize(ReadOnlySpan<char> words)
    {
        words = words.Trim();
        if (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            words = words[4..].TrimStart();
        }

        if (words.StartsWith("then-", StringComparison.OrdinalIgnoreCase))
        {
            words = words[5..];
        }

        if (words.Length > 2 && words[^1] is 's' && words[^2] is '\'' or '\u2019')
        {
            words = words[..^2];
        }
        else if (words.Length > 2 && words[^1] is '\'' or '\u2019' && words[^2] == 's')
        {
            // "Harbour News’": the mark after a name ending in s is its possessive.
            words = words[..^1];
        }

        if (words.IsEmpty)
        {
            return "";
        }

        return EntityLexicons.Countries.TryGetValue(words, out string? country)
            && !words.Equals(country, StringComparison.OrdinalIgnoreCase)
            && MentionWords.Country(words)
            ? CountryDisplay(country)
            : words.ToString();
    }

    /// <summary>
    /// A lower-case country entry as a proper name: words capitalised (<c>united states</c> → <c>United
    /// States</c>), short forms and dotted ones in capitals (<c>uae</c> → <c>UAE</c>), <c>of</c> and
    /// <c>the</c> kept lower-case.
    /// </summary>
    public static string CountryDisplay(string lower)
    {
        bool acronym = lower.Length <= 3 || lower.Contains('.', StringComparison.Ordinal);
        return string.Create(lower.Length, (lower, acronym), static (chars, state) =>
        {
            (string source, bool acronym) = state;
            for (int i = 0; i < source.Length; i++)
            {
                bool wordStart = i == 0 || source[i - 1] is ' ' or '-';
                bool minor = wordStart && (IsWordAt(source, i, "of") || IsWordAt(source, i, "the") || IsWordAt(source, i, "and"));
                chars[i] = acronym || (wordStart && !minor) ? char.ToUpperInvariant(source[i]) : source[i];
            }
        });
    }

    private static bool IsWordAt(string text, int index, string word) =>
        string.CompareOrdinal(text, index, word, 0, word.Length) == 0
        && (index + word.Length == text.Length || text[index + word.Length] == ' ');
}
