namespace QuoteAttribution.Entities;

/// <summary>
/// The affiliation a speaker's description states by a possessive proper name: <c>Ana Soto's campaign</c>,
/// <c>Ben Lee’s aides</c>, <c>the Harbour Trust's review panel</c> belong to Ana Soto, Ben Lee and the
/// Harbour Trust. The campaign, the aides and the panel speak for whoever owns them, which is what a
/// reader asks of an affiliation.
/// </summary>
internal static class PossessorAffiliation
{
    private const int MaxNameWords = 5;

    /// <summary>
    /// The proper name before the last possessive of <paramref name="description"/> (its capitalised words,
    /// without a title or modifier written before them), when a noun follows it; else empty.
    /// </summary>
    /// <example><c>Presidential candidate Ana Soto’s campaign</c> → <c>Ana Soto</c>; <c>his aides</c> → empty.</example>
    public static string Of(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        string[] words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int possessive = Array.FindLastIndex(words, w => TitlePhraseFinder.IsPossessive(w));
        if (possessive < 0 || possessive == words.Length - 1)
        {
            return "";
        }

        int start = possessive;
        while (start > 0 && possessive - start + 1 < MaxNameWords
            && (IsNameWord(words[start - 1]) || (words[start - 1] is "of" or "for" && start > 1 && IsNameWord(words[start - 2]))))
        {
            start--;
        }

        if (!IsNameWord(words[possessive]))
        {
            return "";
        }

        // "Rival Ana Soto's", "Presidential candidate Ana Soto's": a title or modifier before the name is no part of it.
        while (start < possessive && (TitleWords.IsHead(words[start]) || EntityLexicons.RoleModifiers.Contains(words[start])
            || EntityLexicons.Titles.Contains(words[start]) || IsRivalOrDeterminer(words[start])))
        {
            start++;
        }

        string name = string.Join(' ', words[start..(possessive + 1)]);
        // "Ben Sanders’": the mark after a plural or an -s name is the possessive too.
        return Affiliations.Normalize(name.EndsWith("s'", StringComparison.Ordinal) || name.EndsWith("s\u2019", StringComparison.Ordinal) ? name[..^1] : name);
    }

    private static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !EntityLexicons.Pronouns.ContainsKey(word);

    private static bool IsRivalOrDeterminer(string word) =>
        word is "The" or "Rival" or "Fellow" or "Both" or "All";
}
