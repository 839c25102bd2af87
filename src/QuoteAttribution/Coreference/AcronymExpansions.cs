using QuoteAttribution.Entities;

namespace QuoteAttribution.Coreference;

/// <summary>
/// Acronym organisations: the capitalised name an acronym abbreviates in the article, found by its initials
/// whether or not the article spells it out in brackets (<c>MRTC</c> for <c>Metro Rail Transit Corporation</c>).
/// </summary>
internal sealed class AcronymExpansions(string text)
{
    private readonly Dictionary<string, string?> _expanded = new(StringComparer.Ordinal);

    /// <summary>
    /// The first run of capitalised words in the article whose initials spell <paramref name="acronym"/>
    /// (<c>Parliamentary Budget Officer</c> for <c>PBO</c>; "of", "and", "the", "for" are skipped), or null.
    /// </summary>
    public string? Expand(string acronym)
    {
        string bare = acronym.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? acronym[4..] : acronym;
        if (!MentionGrammar.IsBareAcronym(bare))
        {
            return null;
        }

        // One scan of the text per acronym and article, no regex built per call (that cost a tenth of the run).
        if (!_expanded.TryGetValue(bare, out string? expanded))
        {
            expanded = FindExpansion(text, bare);
            _expanded.Add(bare, expanded);
        }

        return expanded;
    }

    private static string? FindExpansion(string text, string acronym)
    {
        for (int i = text.IndexOf(acronym[0], StringComparison.Ordinal); i >= 0; i = text.IndexOf(acronym[0], i + 1))
        {
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && MatchInitials(text, i, acronym) is int end)
            {
                return text[i..end];
            }
        }

        return null;
    }

    /// <summary>Where the capitalised words from <paramref name="start"/> spelling <paramref name="acronym"/> end, or null.</summary>
    private static int? MatchInitials(string text, int start, string acronym)
    {
        int i = start;
        for (int letter = 0; letter < acronym.Length; letter++)
        {
            if (letter > 0)
            {
                int gap = SkipSpace(text, i);
                if (gap == i)
                {
                    return null;
                }

                i = gap;
                while (LinkingWordAt(text, i) is int after && SkipSpace(text, after) > after)
                {
                    i = SkipSpace(text, after);
                }
            }

            if (i >= text.Length || text[i] != acronym[letter])
            {
                return null;
            }

            int end = i + 1;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '\u2019' or '-'))
            {
                end++;
            }

            if (end - i < 2 || !char.IsLower(text[end - 1]))
            {
                return null;
            }

            i = end;
        }

        return i >= text.Length || !char.IsLetterOrDigit(text[i]) ? i : null;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int? LinkingWordAt(string text, int i)
    {
        foreach (string word in (ReadOnlySpan<string>)["of", "and", "the", "for", "on"])
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && i + word.Length < text.Length && char.IsWhiteSpace(text[i + word.Length]))
            {
                return i + word.Length;
            }
        }

        return null;
    }
}
