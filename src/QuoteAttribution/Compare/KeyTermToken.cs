using System.Text.RegularExpressions;

namespace QuoteAttribution.Compare;

/// <summary>One word or acronym of a statement, as <see cref="KeyTermExtractor"/> sees it.</summary>
/// <param name="Text">The word without a possessive ending (<c>Russia</c> for <c>Russia's</c>).</param>
/// <param name="Start">Offset of the word in the statement.</param>
/// <param name="End">Exclusive end offset of the word as written, possessive included.</param>
/// <param name="IsAcronym">All capitals or dotted capitals (<c>NATO</c>, <c>U.S.</c>).</param>
/// <param name="IsCapitalised">Starts with a capital letter (or is <c>al-Assad</c>-shaped).</param>
/// <param name="IsSentenceInitial">First word of a sentence, where capitals say nothing.</param>
/// <param name="EndsRun">A possessive ends a name run: <c>Russia's Foreign Minister</c> is two things.</param>
internal readonly record struct KeyTermToken(
    string Text, int Start, int End, bool IsAcronym, bool IsCapitalised, bool IsSentenceInitial, bool EndsRun)
{
    /// <summary>The word in lower case, for lookups.</summary>
    public string Key => Text.ToLowerInvariant();

    /// <summary>A title or function word that is trimmed from the edges of a run.</summary>
    public bool IsStopWord => !IsAcronym && TopicStopWords.Words.Contains(Key);

    /// <summary>True when only one space separates <paramref name="previous"/> from this token.</summary>
    public bool IsAdjacentTo(KeyTermToken previous, string text) =>
        !previous.EndsRun && Start - previous.End == 1 && text[previous.End] == ' ';

    public static KeyTermToken From(Match match, string text, KeyTermToken? previous)
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

    private static bool IsSentenceStart(string text, int start, KeyTermToken? previous)
    {
        int i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || IsOpeningMark(text[i])))
        {
            if (text[i] == '\n')
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
}
