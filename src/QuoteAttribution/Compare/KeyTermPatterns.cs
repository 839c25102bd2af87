using System.Text.RegularExpressions;

namespace QuoteAttribution.Compare;

/// <summary>The token patterns <see cref="KeyTermExtractor"/> scans statements with.</summary>
internal static partial class KeyTermPatterns
{
    private const char RightSingleQuote = '\u2019';

    // An acronym with dots ("U.S.", "U.N."), or a word with inner hyphens or apostrophes
    // ("al-Assad", "Russia's", "Secretary-General").
    private const string Token = @"(?<acronym>\p{Lu}(?:\.\p{Lu})+\.?)|(?<word>[\p{L}\p{N}]+(?:[-'\u2019][\p{L}\p{N}]+)*)";

    /// <summary>One token of a statement.</summary>
    [GeneratedRegex(Token, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex TokenRegex();

    /// <summary>Drops a possessive ending: <c>Russia's</c> → <c>Russia</c>.</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith(RightSingleQuote + "s", StringComparison.Ordinal)
            ? word[..^2]
            : word;
}
