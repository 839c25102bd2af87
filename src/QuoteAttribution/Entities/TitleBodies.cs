namespace QuoteAttribution.Entities;

/// <summary>
/// Splits the body a title names out of the title (<c>Harbour Trust Board chair</c> → <c>chair</c> of
/// <c>Harbour Trust Board</c>; <c>former Bank of Harbour governor</c> → <c>former governor</c> of <c>Bank of
/// Harbour</c>), for the title readers around a name.
/// </summary>
internal static class TitleBodies
{
    /// <summary>
    /// Takes out of <paramref name="title"/> the words that name the body the title belongs to and returns
    /// them as the affiliation: a country or demonym right after the modifiers (<c>former Iraqi Prime
    /// Minister</c> → <c>Iraq</c>), or the words up to an organisation word or place
    /// (<c>Harbour Trust Board chair</c>, <c>foreign ministry spokesperson</c>). One capitalised word
    /// stays in the title (<c>House Speaker</c>, <c>City Treasurer</c>, <c>Florida Gov.</c>).
    /// </summary>
    internal static string TakeBody(List<string> title)
    {
        // Modifiers of the office stay in it ("former", and "Former" opening a sentence).
        int from = 0;
        while (from < title.Count - 1 && EntityLexicons.RoleModifiers.Contains(title[from]) && (char.IsLower(title[from][0]) || from == 0))
        {
            from++;
        }

        int headAt = title.Count - 1;
        int headStart = headAt - Math.Max(1, TitleWords.HeadLengthAt(title, headAt)) + 1;
        int bodyEnd = -1;
        for (int k = from; k < headStart; k++)
        {
            if (TitleWords.IsHeadAt(title, k))
            {
                break;
            }

            bodyEnd = IsBodyWordAt(title, k, from) ? k : bodyEnd;
        }

        // "Bank of Harbour": a body word with "of" and the capitalised words after it is one body.
        while (bodyEnd >= 0 && bodyEnd + 2 < headStart && title[bodyEnd + 1] == "of" && char.IsUpper(title[bodyEnd + 2][0]))
        {
            bodyEnd += 2;
            while (bodyEnd + 1 < headStart && char.IsUpper(title[bodyEnd + 1][0]))
            {
                bodyEnd++;
            }
        }

        if (bodyEnd < 0 && from < headAt && IsCountryWord(title[from]))
        {
            // "Iraqi Prime Minister": the country is the affiliation, the office the role.
            string country = TitleWords.AffiliationOf(title[from]);
            title.RemoveAt(from);
            return country;
        }

        // A body starts with a capital ("campaign manager" stays whole); before a capitalised office one
        // capitalised word is part of the office ("Senate Majority Leader", "City Treasurer").
        bool formalHead = char.IsUpper(title[headAt][0]);
        if (bodyEnd < 0 || !char.IsUpper(title[from][0]))
        {
            return "";
        }

        if (formalHead && bodyEnd == from)
        {
            // "Harbourtown Mayor": the place stays in the office and is its affiliation too.
            return Affiliations.Normalize(title[from]);
        }

        List<string> bodyWords = title.GetRange(from, bodyEnd - from + 1);
        title.RemoveRange(from, bodyEnd - from + 1);
        return Affiliations.Normalize(string.Join(' ', bodyWords));
    }

    /// <summary>
    /// The capitalised words written right before a lower-case head (<c>Harbour Hawks guard</c> → <c>Harbour
    /// Hawks</c>, <c>Lakeview forward</c> → <c>Lakeview</c>, <c>Daily Harbour columnist</c>): the team, outlet or
    /// town the occupation belongs to. They stay in the title as written; empty when the head is capitalised
    /// (<c>House Speaker</c>, <c>Florida Gov.</c>: one office) or a lower-case word stands before it.
    /// </summary>
    internal static string NamedBefore(IReadOnlyList<string> title)
    {
        int headAt = title.Count - 1;
        if (headAt < 1 || !char.IsLower(title[headAt][0]))
        {
            return "";
        }

        int headStart = headAt - Math.Max(1, TitleWords.HeadLengthAt(title, headAt)) + 1;
        int start = headStart;
        while (start > 0 && IsNameWord(title[start - 1]))
        {
            start--;
        }

        return start < headStart ? Affiliations.Normalize(string.Join(' ', title.Skip(start).Take(headStart - start))) : "";
    }

    // "Veteran", "Former", "Chief" open a sentence with a capital but qualify the office, not a body; a
    // hyphenated demonym ("Mexican-American") says where a person comes from.
    private static bool IsNameWord(string word) =>
        char.IsUpper(word[0]) && !EntityLexicons.RoleModifiers.Contains(word) && !TitleWords.IsHead(word) && !TitleWords.IsHonorific(word)
        && !(word.Contains('-', StringComparison.Ordinal) && word.Split('-').Any(part => MentionWords.Country(part)));

    // A capitalised word that ends the name of a body: an organisation word ("Trust", "Ministry"), a
    // country or region after another word ("Iraqi", "Nova Scotia"), or a place noun after a name ("County").
    private static bool IsBodyWordAt(List<string> title, int k, int from)
    {
        string word = title[k];
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        ReadOnlySpan<char> bare = word.AsSpan().TrimEnd('.');
        if (MentionWords.Organization(bare) || MentionWords.Organization(word))
        {
            return true;
        }

        if (k > from && (EntityLexicons.Regions.Contains(bare) || MentionWords.Country(bare) || EntityLexicons.PlaceNouns.Contains(bare)))
        {
            return true;
        }

        // A region of two words ("Nova Scotia", "South Carolina") ends the body at its second word.
        return k > from && char.IsUpper(title[k - 1][0]) && EntityLexicons.Regions.Contains(string.Concat(title[k - 1], " ", bare));
    }

    private static bool IsCountryWord(string word) =>
        char.IsUpper(word[0]) && (MentionWords.Country(word) || MentionWords.Country(word.AsSpan().TrimEnd('.')));
}
