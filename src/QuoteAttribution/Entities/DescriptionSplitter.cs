namespace QuoteAttribution.Entities;

/// <summary>
/// Splits a description into affiliation and role: <c>[affiliation] [modifiers] head [tail]</c>, where
/// the affiliation is a possessive (<c>Russia's</c>), a demonym (<c>Iraqi</c>), or any words before the
/// first role word (<c>University of Harwick</c> political scientist), and a tail
/// <c>for the US-led coalition</c> gives the affiliation when nothing came before.
/// </summary>
internal static class DescriptionSplitter
{
    /// <summary>
    /// Reads words <paramref name="start"/> to <paramref name="end"/>; the <paramref name="titleWords"/>
    /// words after them are the title before a name, which ends the role when the words run on into it.
    /// </summary>
    public static RolePhrase Split(in MentionTokens tokens, int start, int end, int titleWords)
    {
        if (start >= end)
        {
            return RolePhrase.None;
        }

        int possessive = -1;
        for (int i = end - 1; i >= start; i--)
        {
            if (tokens.IsPossessive(i))
            {
                possessive = i;
                break;
            }
        }

        int from = possessive + 1 > start ? possessive + 1 : start;
        for (int j = from; j < end; j++)
        {
            if (StartsRole(tokens, j, end) && ScanToHead(tokens, j, end, titleWords, out int head, out int headWords, out int demonym))
            {
                if (possessive >= 0)
                {
                    // Everything after the possessor is the role: "Syria's | army chief of staff".
                    string possessor = Affiliations.Normalize(tokens.Slice(start, possessive + 1));
                    return Build(tokens, from, end, head, headWords, -1, possessor, titleWords);
                }

                // Lower-case words that name no body describe the person ("a homeless man").
                int roleStart = NamesABody(tokens, start, j) ? j : start;
                return Build(tokens, roleStart, end, head, headWords, demonym, Affiliations.Normalize(tokens.Slice(start, roleStart)), titleWords);
            }
        }

        // No role words: everything before the title is the affiliation ("British army" Major General).
        return RolePhrase.None with { Affiliation = Affiliations.Normalize(tokens.Slice(start, end)) };
    }

    private static RolePhrase Build(
        in MentionTokens tokens, int start, int end, int head, int headWords, int demonym, string affiliation, int titleWords)
    {
        int headEnd = head + headWords;
        int roleEnd = end;
        bool prepositional = false;
        if (affiliation.Length == 0 && demonym < 0 && headEnd < end - 1 && MentionWords.IsAffiliationPreposition(tokens[headEnd]))
        {
            // "spokesman for the US-led coalition"
            affiliation = Affiliations.Normalize(tokens.Slice(headEnd + 1, end));
            roleEnd = headEnd;
            prepositional = true;
        }

        bool takesTitle = titleWords > 0 && head < end && !prepositional && tokens.LongestEndingAt(end, start, MentionWords.RoleOrSourceUnit) == 0;
        if (takesTitle || head >= end)
        {
            roleEnd = end + titleWords;
        }

        string role;
        if (demonym >= 0)
        {
            affiliation = affiliation.Length > 0 ? affiliation : Affiliations.Normalize(tokens[demonym]);
            role = demonym == start
                ? tokens.Text(start + 1, roleEnd)
                : string.Concat(tokens.Slice(start, demonym), " ", tokens.Slice(demonym + 1, roleEnd));
        }
        else
        {
            role = tokens.Text(start, roleEnd);
        }

        return new RolePhrase(role, RoleHeads.Of(tokens.Slice(head, headEnd)), affiliation, takesTitle || head >= end);
    }

    private static bool StartsRole(in MentionTokens tokens, int index, int end) =>
        MentionWords.IsModifier(tokens[index]) || tokens.LongestAt(index, end, MentionWords.RoleOrSourceUnit) > 0;

    // From a role start, modifiers (and one demonym) up to the first role word; the title counts as the
    // head when the words run up to it ("former" President).
    private static bool ScanToHead(in MentionTokens tokens, int from, int end, int titleWords, out int head, out int headWords, out int demonym)
    {
        demonym = -1;
        for (int i = from; i < end; i++)
        {
            int unit = tokens.LongestAt(i, end, MentionWords.RoleOrSourceUnit);
            if (unit > 0)
            {
                (head, headWords) = (i, unit);
                return true;
            }

            if (MentionWords.IsModifier(tokens[i]))
            {
                continue;
            }

            if (demonym < 0 && i > from && (MentionWords.Country(tokens[i]) || tokens.IsCapitalized(i)))
            {
                demonym = i;
                continue;
            }

            break;
        }

        (head, headWords) = titleWords > 0 ? (end, titleWords) : (-1, 0);
        return titleWords > 0 && AllModifiers(tokens, from, end);
    }

    private static bool NamesABody(in MentionTokens tokens, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            ReadOnlySpan<char> word = tokens[i];
            if (word.StartsWith("then-", StringComparison.OrdinalIgnoreCase))
            {
                word = word[5..];
            }

            if ((word.Length > 0 && char.IsUpper(word[0])) || tokens.LongestEndingAt(i + 1, from, MentionWords.Organization) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllModifiers(in MentionTokens tokens, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (!MentionWords.IsModifier(tokens[i]) && !MentionWords.Country(tokens[i]))
            {
                return false;
            }
        }

        return true;
    }
}
