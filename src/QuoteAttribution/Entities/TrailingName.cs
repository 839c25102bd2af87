namespace QuoteAttribution.Entities;

/// <summary>
/// Finds the personal name at the end of a mention: the trailing run of capitalised words the lexicons
/// do not know, with lower-case particles inside it (<c>Haidar al Abadi</c>) and a suffix after it
/// (<c>Jr.</c>).
/// </summary>
internal static class TrailingName
{
    /// <summary>
    /// The index of the first word of the trailing name among words <paramref name="floor"/> to the end,
    /// or <c>tokens.Count</c> when the mention does not end in a name.
    /// </summary>
    public static int Start(in MentionTokens tokens, int floor)
    {
        int end = tokens.Count;
        int last = end - 1;
        bool suffixed = last > floor && EntityLexicons.NameSuffixes.Contains(tokens[last]);
        if (suffixed)
        {
            last--;
        }

        // Before a suffix any capitalised word is a surname, even one the lexicons know ("King Jr.").
        bool lastIsName = suffixed ? tokens.IsCapitalized(last) : IsNameWord(tokens, last, floor);
        if (last < floor || !lastIsName)
        {
            return end;
        }

        int start = last;
        int i = last - 1;
        while (i >= floor)
        {
            int particles = 0;
            while (i - particles >= floor && MentionWords.IsParticle(tokens[i - particles]))
            {
                particles++;
            }

            int word = i - particles;
            if (word < floor || !IsNameWord(tokens, word, floor))
            {
                break;
            }

            start = word;
            i = word - 1;
        }

        // Invariant: a bare particle is taken only when a name word precedes it, so the name never starts with one.
        return start;
    }

    /// <summary>
    /// True when the words before a name at <paramref name="start"/> can introduce a person: nothing,
    /// a title or role (<c>spokesman Jeff Davis</c>), a possessive, or a capitalised word.
    /// </summary>
    public static bool HasPersonContext(in MentionTokens tokens, int start, int floor)
    {
        int before = start - 1;
        return before < floor
            || tokens.IsPossessive(before)
            || tokens.IsCapitalized(before)
            || tokens.LongestEndingAt(start, floor, MentionWords.RoleUnit) > 0;
    }

    private static bool IsNameWord(in MentionTokens tokens, int index, int floor)
    {
        ReadOnlySpan<char> word = tokens[index];
        bool capital = char.IsUpper(word[0]) || IsParticleHyphenName(word);
        return capital
            && !tokens.IsPossessive(index)
            && tokens.LongestEndingAt(index + 1, floor, MentionWords.NotName) == 0;
    }

    // "al-Assad", "bin-Salman": a particle joined to a capitalised name.
    private static bool IsParticleHyphenName(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && MentionWords.IsParticle(word[..hyphen]);
    }
}
