namespace QuoteAttribution.Entities;

/// <summary>
/// The one place that decides whether a phrase is a role or an affiliation a reader can trust. A role
/// is a title or position with a head the lexicons know (<c>House Speaker</c>, <c>former Gov.</c>,
/// <c>communications director</c>); an age (<c>81-year-old</c>), a description (<c>resident</c>,
/// <c>daughter</c>), a mood (<c>smiling</c>), a verb phrase (<c>he's certain</c>) or a conjunction
/// fragment (<c>The delegate and</c>) is not.
/// </summary>
internal static class RoleCheck
{
    private const int MaxRoleWords = 7;
    private const int MaxAffiliationWords = 7;

    // "some officials", "many economists": a share of people, not a body of office holders.
    private static readonly string[] Quantifiers = ["some", "Some", "many", "Many", "most", "Most", "his", "her", "their", "His", "Her", "Their"];

    private static readonly string[] Chambers = ["House", "Senate", "Assembly", "Congress", "Parliament", "Legislature", "Commons"];

    /// <summary>True when <paramref name="role"/> is a title or position phrase.</summary>
    public static bool IsRole(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        int comma = role.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            // "vice-president, public affairs": the office, then the area it covers in lower-case words.
            string area = role[(comma + 2)..];
            return IsRole(role[..comma]) && area.Length > 0 && !area.Contains(',', StringComparison.Ordinal)
                && Words(area).All(w => char.IsLower(w[0]) && !EntityLexicons.TitleStopWords.Contains(w));
        }

        string[] words = Words(role);
        if (words.Length == 0 || words.Length > MaxRoleWords || HasClauseWord(words) || EndsOpen(words))
        {
            return false;
        }

        // The head is the word before "of" ("director of operations"), else the last word.
        int of = Array.IndexOf(words, "of");
        string head = of > 0 ? words[of - 1] : words[^1];
        if (EntityLexicons.NotRoles.Contains(head) || EntityLexicons.NotRoles.Contains(TitleWords.WithoutThen(head)))
        {
            return false;
        }

        foreach (string word in words)
        {
            if (word.Any(char.IsDigit))
            {
                return false;
            }
        }

        // A plural head counts as its singular ("officials", "lawyers").
        return Enumerable.Range(0, words.Length).Any(i => TitleWords.IsHeadAt(words, i))
            || (head.Length > 3 && head[^1] == 's' && TitleWords.IsHead(head.AsSpan(0, head.Length - 1)));
    }

    /// <summary>True when <paramref name="affiliation"/> names a body, party, place or person, not a clause or a list of people.</summary>
    public static bool IsAffiliation(string affiliation)
    {
        string[] words = Words(affiliation);
        if (words.Length == 0 || words.Length > MaxAffiliationWords || HasClauseWord(words) || EndsOpen(words))
        {
            return false;
        }

        // "former President Jo Lee and Democratic": two people joined, not one body; "Former Ridgeland" (a
        // sentence opening "Former Ridgeland Gov.") carries the office's modifier, not a body's name.
        // "House", "Senate Majority" (from "House Speaker", "Senate Majority Leader"): the chamber is where the office
        // sits; whom it belongs to, a party or a state, is said elsewhere.
        if (Chambers.Contains(words[0]) && (words.Length == 1 || (words.Length == 2 && words[1] is "Majority" or "Minority")))
        {
            return false;
        }

        return !(words.Contains("and") && Enumerable.Range(0, words.Length).Any(i => TitleWords.IsHeadAt(words, i)))
            && !(char.IsLower(words[0][0]) && EntityLexicons.RoleModifiers.Contains(words[0]))
            && words[0] is not ("Former" or "Then");
    }

    /// <summary>
    /// The role a group's description gives: its plural head when something qualifies it (<c>tax
    /// experts</c>, <c>local officials</c> → <c>experts</c>, <c>officials</c>); a bare plural
    /// (<c>Officials</c>) is the group itself, not a role.
    /// </summary>
    public static string GroupRole(string description)
    {
        string[] words = Words(description);
        if (words.Length < 2)
        {
            return "";
        }

        string head = words[^1];
        bool plural = head.Length > 3 && head[^1] == 's' && char.IsLower(head[0]);
        ReadOnlySpan<char> singular = head.AsSpan(0, head.Length - 1);
        return plural && !EntityLexicons.NotRoles.Contains(head) && !Quantifiers.Contains(words[0]) && (EntityLexicons.Roles.Contains(singular) || EntityLexicons.Titles.Contains(singular))
            ? head
            : "";
    }

    private static bool HasClauseWord(string[] words) =>
        words.Any(w => EntityLexicons.TitleStopWords.Contains(w) && !IsInnerWord(w));

    // A phrase that stops on a joining word was cut in the middle ("The delegate and").
    private static bool EndsOpen(string[] words) =>
        EntityLexicons.TitleStopWords.Contains(words[^1]) || EntityLexicons.TitleStopWords.Contains(words[0]) && words[0] is not ("the" or "The");

    // Words that join the parts of one title or body ("Minister of Justice and Attorney General", "Club for Growth").
    private static bool IsInnerWord(string word) =>
        word is "of" or "and" or "the" or "The" or "for" or "in" or "on" or "at" or "to";

    private static string[] Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
