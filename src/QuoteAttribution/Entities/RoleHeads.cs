namespace QuoteAttribution.Entities;

/// <summary>
/// The head noun of a role or title, for matching a nominal mention to a named one: abbreviations
/// expanded, lower-case, the word before <c>of</c> (<c>chief of staff</c> → <c>chief</c>), else the last word
/// (<c>Maj. Gen.</c> → <c>general</c>, <c>defense secretary</c> → <c>secretary</c>).
/// </summary>
internal static class RoleHeads
{
    /// <summary>The head of <paramref name="role"/>, or empty.</summary>
    public static string Of(ReadOnlySpan<char> role)
    {
        role = role.Trim();
        if (role.IsEmpty)
        {
            return "";
        }

        if (EntityLexicons.TitleAbbreviations.TryGetValue(role, out string? full))
        {
            role = full;
        }

        int of = role.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        if (of > 0)
        {
            role = role[..of];
        }

        int space = role.LastIndexOf(' ');
        ReadOnlySpan<char> head = space < 0 ? role : role[(space + 1)..];
        if (EntityLexicons.TitleAbbreviations.TryGetValue(head, out string? expanded))
        {
            head = expanded;
        }

        return head.ToString().ToLowerInvariant();
    }
}
