namespace QuoteAttribution.Entities;

/// <summary>
/// Word tests for reading a title phrase out of running text (<see cref="TitlePhraseFinder"/>): which
/// words head a title, which may stand before the head, which end the phrase, which give an affiliation.
/// </summary>
internal static class TitleWords
{
    /// <summary>True when <paramref name="word"/> heads a title or position (<c>Gov.</c>, <c>treasurer</c>, <c>candidate</c>).</summary>
    public static bool IsHead(ReadOnlySpan<char> word) =>
        word.Length > 1 && (EntityLexicons.Roles.Contains(word) || EntityLexicons.Titles.Contains(word) || EntityLexicons.TitleHeads.Contains(word) || LooksLikeOccupation(word))
        && !EntityLexicons.Honorifics.Contains(word);

    /// <summary>
    /// True when the words ending at <paramref name="index"/> head a title, one word or a lexicon entry of
    /// two or three (<c>harbour master</c>, <c>chief of staff</c>).
    /// </summary>
    public static bool IsHeadAt(IReadOnlyList<string> words, int index) => HeadLengthAt(words, index) > 0;

    /// <summary>The number of words of the longest title head ending at <paramref name="index"/> (<c>Major General</c> → 2), or 0.</summary>
    public static int HeadLengthAt(IReadOnlyList<string> words, int index)
    {
        for (int n = 3; n >= 2; n--)
        {
            if (index - n + 1 < 0)
            {
                continue;
            }

            string joined = string.Join(' ', Enumerable.Range(index - n + 1, n).Select(i => words[i]));
            if (EntityLexicons.Roles.Contains(joined) || EntityLexicons.Titles.Contains(joined) || EntityLexicons.TitleHeads.Contains(joined))
            {
                return n;
            }
        }

        return IsHead(words[index]) || IsHead(WithoutThen(words[index])) ? 1 : 0;
    }

    /// <summary>True when <paramref name="role"/> is only a rank (<c>Colonel</c>, <c>Maj. Gen.</c>), which says less than an office.</summary>
    public static bool IsRank(string role) => EntityLexicons.Ranks.Contains(role);

    /// <summary>The word without a leading <c>then-</c> (<c>then-Gov.</c> → <c>Gov.</c>).</summary>
    public static string WithoutThen(string word) =>
        word.StartsWith("then-", StringComparison.OrdinalIgnoreCase) ? word[5..] : word;

    // A lower-case agent noun is an occupation ("cartoonist", "neurosurgeon", "proprietor", "historian")
    // unless the lexicons know it as something else ("former", "member", "daughter", "other").
    private static bool LooksLikeOccupation(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !char.IsLower(word[0]) || word.ContainsAnyExcept(Letters)
            || EntityLexicons.NotRoles.Contains(word) || EntityLexicons.RoleModifiers.Contains(word) || EntityLexicons.TitleStopWords.Contains(word))
        {
            return false;
        }

        return word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("eon", StringComparison.Ordinal) || word.EndsWith("tor", StringComparison.Ordinal)
            || word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("ner", StringComparison.Ordinal)
            || word.EndsWith("der", StringComparison.Ordinal) || word.EndsWith("ger", StringComparison.Ordinal)
            || word.EndsWith("ter", StringComparison.Ordinal) || word.EndsWith("ker", StringComparison.Ordinal)
            || word.EndsWith("sman", StringComparison.Ordinal) || word.EndsWith("swoman", StringComparison.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    /// <summary>True for an honorific that stands between a title and a name but is no title (<c>Mr.</c>).</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => EntityLexicons.Honorifics.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> may stand inside a title before its head: a role word, a modifier,
    /// a capitalised word (<c>House</c>, <c>Florida</c>), or a lower-case noun or adjective
    /// (<c>communications</c>, <c>presidential</c>); never a function word, a number, an age, an adverb,
    /// a participle or a word with punctuation that ends a phrase.
    /// </summary>
    public static bool MayModify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || EntityLexicons.TitleStopWords.Contains(word) || EntityLexicons.Pronouns.ContainsKey(word))
        {
            return false;
        }

        if (IsHead(word) || EntityLexicons.RoleModifiers.Contains(word))
        {
            return true;
        }

        foreach (char c in word)
        {
            if (!(char.IsLetter(c) || c is '-' or '.' or '&'))
            {
                return false;
            }
        }

        if (char.IsUpper(word[0]))
        {
            return true;
        }

        // Lower-case: an adverb ("widely"), a participle ("smiling", "praised") or an age ("81-year-old") is a description.
        return !(word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
            || word.EndsWith("ed", StringComparison.Ordinal) || word.Contains("year-old", StringComparison.Ordinal));
    }

    /// <summary>True when a word as written ends a phrase (a comma, a colon, a quotation mark, a sentence end).</summary>
    public static bool EndsPhrase(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return true;
        }

        char last = word[^1];
        if (last is ',' or ';' or ':' or '!' or '?' or '"' or '\u201C' or '\u201D' or '(' or ')' or '\u2014' or '\u2013')
        {
            return true;
        }

        // A period ends the sentence unless the word is an abbreviation ("Gov.", "U.S.", "Lt.").
        return last == '.' && !IsAbbreviation(word);
    }

    /// <summary>True when the word starts with a mark that opens a phrase of its own.</summary>
    public static bool StartsPhrase(ReadOnlySpan<char> word) =>
        !word.IsEmpty && word[0] is '"' or '\u201C' or '\u201D' or '(' or '\u2014' or '\u2013' or '\'' or '\u2018';

    /// <summary>The affiliation a single title word gives: a party as written, a country for a demonym, a state or region.</summary>
    public static string AffiliationOf(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> bare = word.TrimEnd('.');
        if (bare.IsEmpty || !char.IsUpper(bare[0]))
        {
            return "";
        }

        if (EntityLexicons.Parties.Contains(bare) || EntityLexicons.Regions.Contains(bare) || MentionWords.Country(bare))
        {
            return Affiliations.Normalize(bare);
        }

        if (MentionWords.Country(word))
        {
            return Affiliations.Normalize(word);
        }

        return "";
    }

    /// <summary>
    /// The affiliation the title word at <paramref name="index"/> gives (<see cref="AffiliationOf"/>), with the
    /// words that make a party's name whole: <c>party</c> after it (<c>Green party</c>, <c>Republican Party</c>)
    /// and a province or state written in capitals before it (<c>HB Liberal</c>).
    /// </summary>
    public static string AffiliationAt(IReadOnlyList<string> words, int index)
    {
        string affiliation = AffiliationOf(words[index]);
        if (affiliation.Length == 0 || !EntityLexicons.Parties.Contains(words[index]))
        {
            return affiliation;
        }

        if (index + 1 < words.Count && words[index + 1] is "party" or "Party")
        {
            affiliation = string.Concat(affiliation, " ", words[index + 1]);
        }

        return index > 0 && IsCapitalsCode(words[index - 1]) ? string.Concat(words[index - 1], " ", affiliation) : affiliation;
    }

    // "HB", "B.C.": a short code in capitals, as provinces and states are written before a party.
    private static bool IsCapitalsCode(string word) =>
        word.Length is >= 2 and <= 4 && word.All(c => char.IsUpper(c) || c == '.') && word.Any(char.IsUpper);

    /// <summary>The singular of a plural title head (<c>Sens.</c> → <c>Sen.</c>, <c>co-hosts</c> → <c>co-host</c>); null for any other word.</summary>
    public static string? SingularHead(string word)
    {
        if (word.Length < 4 || IsHead(word))
        {
            return null;
        }

        string one = word.EndsWith("s.", StringComparison.Ordinal) ? string.Concat(word.AsSpan(0, word.Length - 2), ".")
            : word[^1] == 's' ? word[..^1] : "";
        return one.Length > 1 && IsHead(one) ? one : null;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        (word.Length <= 6 && word.EndsWith("s.", StringComparison.Ordinal) && SingularHead(word.ToString()) is not null)
        || EntityLexicons.Titles.Contains(word) || EntityLexicons.TitleAbbreviations.ContainsKey(word) || EntityLexicons.Honorifics.Contains(word)
        || (word.Length <= 5 && word.Count('.') >= 2) || (word.Length <= 4 && char.IsUpper(word[0]));
}
