namespace QuoteAttribution.Entities;

/// <summary>
/// Helpers over personal names as written: the words without leading titles, and the surname keys a
/// short form can be matched by.
/// </summary>
internal static class PersonNames
{
    /// <summary>
    /// The name with leading titles and honorifics removed (<c>Mr. Lavrov</c> → <c>Lavrov</c>), and a sentence
    /// adverb or conjunction a headline wrote before it (<c>Maybe Lavrov</c>, <c>While Lavrov</c> → <c>Lavrov</c>).
    /// </summary>
    public static string StripTitles(string name)
    {
        string trimmed = name.Trim();
        Span<Range> buffer = stackalloc Range[16];
        MentionTokens tokens = new(trimmed, buffer);
        int start = 0;
        if (tokens.Count > 1 && char.IsUpper(tokens[0][0]) && EntityLexicons.NameOpeners.Contains(tokens[0]))
        {
            start = 1;
        }

        while (start < tokens.Count - 1)
        {
            int title = tokens.LongestAt(start, tokens.Count - 1, MentionWords.Title);
            if (title == 0)
            {
                break;
            }

            start += title;
        }

        return tokens.Count == 0 ? "" : tokens.Text(start, tokens.Count);
    }

    /// <summary>The number of words in the name, not counting a suffix (<c>Jr.</c>).</summary>
    public static int WordCount(string name)
    {
        string[] words = Words(name);
        return words.Length - (words.Length > 1 && EntityLexicons.NameSuffixes.Contains(words[^1]) ? 1 : 0);
    }

    /// <summary>
    /// The slug keys of the surname: the last word (before a suffix), and the same without a particle
    /// prefix (<c>al-Assad</c> → <c>al-assad</c>, <c>assad</c>).
    /// </summary>
    public static IEnumerable<string> SurnameKeys(string name)
    {
        string[] words = Words(name);
        if (words.Length == 0)
        {
            yield break;
        }

        string last = words.Length > 1 && EntityLexicons.NameSuffixes.Contains(words[^1]) ? words[^2] : words[^1];
        yield return SpeakerIds.Slug(last);
        int hyphen = last.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && EntityLexicons.NameParticles.Contains(last.AsSpan(0, hyphen)))
        {
            yield return SpeakerIds.Slug(last[(hyphen + 1)..]);
        }
    }

    /// <summary>The slug of the first word, for surname-first names (<c>Hua</c> for <c>Hua Chunying</c>).</summary>
    public static string FirstWordKey(string name)
    {
        string[] words = Words(name);
        return words.Length == 0 ? "" : SpeakerIds.Slug(words[0]);
    }

    private static string[] Words(string name) =>
        name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
