namespace QuoteAttribution.Entities;

/// <summary>
/// The descriptions written right after a name, for <see cref="TitlePhraseFinder"/>: a party and state in
/// parentheses (<c>Ana Soto (D-Ore.)</c>), <c>of</c> a body (<c>Ana Soto of the Harbour Trust</c>) and an
/// appositive (<c>Dana Whitlock, the harbour master,</c>).
/// </summary>
internal static class TitlesAfterName
{
    private const int MaxAppositiveWords = 10;

    /// <summary>What follows the name: <c>(D-Ore.)</c>, <c>, the harbour master,</c>, <c>of the Harbour Trust</c>.</summary>
    public static TitleEvidence? Read(string text, int end)
    {
        ReadOnlySpan<char> rest = text.AsSpan(end, Math.Min(200, text.Length - end));
        if (rest.StartsWith(" (", StringComparison.Ordinal) && rest.IndexOf(')') is int close and > 2 and < 14)
        {
            ReadOnlySpan<char> inside = rest[2..close];
            return inside.Length >= 3 && inside[0] is 'D' or 'R' or 'I' && inside[1] == '-' ? new TitleEvidence("", inside.ToString(), 0) : null;
        }

        if (rest.StartsWith(" of ", StringComparison.Ordinal))
        {
            string body = CapitalizedRun(rest[4..]);
            return body.Length > 0 ? new TitleEvidence("", Affiliations.Normalize(body), 0) : null;
        }

        return rest.StartsWith(", ", StringComparison.Ordinal) ? Appositive(rest[2..]) : null;
    }

    /// <summary>
    /// An appositive up to its closing comma: <c>[the|a|Body's] [modifiers] head [of words] [for|at|with Body]</c>.
    /// An age (<c>81,</c>), a clause (<c>who ...</c>) or a phrase with no title head gives nothing.
    /// </summary>
    private static TitleEvidence? Appositive(ReadOnlySpan<char> rest)
    {
        if (AppositiveWords(rest) is not { } words)
        {
            return null;
        }

        int i = 0;
        string possessor = "";
        if (words.Count > 0 && words[0] is "the" or "a" or "an" or "his" or "her" or "their" or "its")
        {
            i = 1;
        }
        else if (words.Count > 0 && TitlePhraseFinder.IsPossessive(words[0]) && char.IsUpper(words[0][0]))
        {
            possessor = Affiliations.Normalize(words[0]);
            i = 1;
        }

        int roleEnd = RoleEnd(words, i);
        if (roleEnd < 0)
        {
            return null;
        }

        string affiliation = possessor;
        if (roleEnd < words.Count - 1 && words[roleEnd] is "for" or "at" or "with" or "of" or "in" && char.IsUpper(words[^1][0]))
        {
            affiliation = Affiliations.Normalize(TrailingName([.. words.Skip(roleEnd + 1)]));
        }

        List<string> title = words.GetRange(i, roleEnd - i);
        string body = TitlePhraseFinder.TakeBody(title);
        affiliation = affiliation.Length == 0 ? body : affiliation;
        for (int k = 0; k < title.Count && affiliation.Length == 0; k++)
        {
            affiliation = TitleWords.AffiliationOf(title[k]);
        }

        return new TitleEvidence(TitlePhraseFinder.Clean(string.Join(' ', title)), affiliation, 0);
    }

    /// <summary>
    /// The appositive's words up to its closing comma, a sentence end or the paragraph's end, the closing
    /// punctuation trimmed; null when it runs on too long or never closes.
    /// </summary>
    private static List<string>? AppositiveWords(ReadOnlySpan<char> rest)
    {
        int lineEnd = rest.IndexOfAny('\n', '\r');
        rest = lineEnd >= 0 ? rest[..lineEnd] : rest;
        List<string> words = [];
        bool closed = false;
        foreach (Range range in rest.Split(' '))
        {
            string word = rest[range].ToString();
            if (word.Length == 0 || words.Count == MaxAppositiveWords)
            {
                return null;
            }

            closed = TitleWords.EndsPhrase(word);
            words.Add(closed ? word.TrimEnd(',', ';', ':', '.', '\u2014', ')') : word);
            if (closed)
            {
                break;
            }
        }

        return !closed && lineEnd < 0 ? null : words;
    }

    /// <summary>
    /// Where the title that starts at <paramref name="start"/> ends: after its head word, with the "of"
    /// words that belong to it ("director of regional operations"); -1 when no title head ends the modifiers.
    /// </summary>
    private static int RoleEnd(List<string> words, int start)
    {
        int head = -1;
        int j = start;
        for (; j < words.Count && TitleWords.MayModify(words[j]); j++)
        {
            head = TitleWords.IsHeadAt(words, j) ? j : head;
        }

        if (head < 0 || head < j - 1 && !TitleWords.IsHeadAt(words, j - 1))
        {
            return -1;
        }

        int roleEnd = head + 1;
        if (roleEnd < words.Count - 1 && words[roleEnd] == "of" && char.IsLower(words[roleEnd + 1][0]) && !EntityLexicons.TitleStopWords.Contains(words[roleEnd + 1]))
        {
            roleEnd++;
            while (roleEnd < words.Count && roleEnd - head < 5 && char.IsLower(words[roleEnd][0])
                && (words[roleEnd] == "and" || !EntityLexicons.TitleStopWords.Contains(words[roleEnd])))
            {
                roleEnd++;
            }
        }

        return roleEnd;
    }

    /// <summary>
    /// The proper name the words end in (<c>regional brewer Tall Pines Ales</c> → <c>Tall Pines Ales</c>;
    /// <c>the Parole Board of Canada</c> keeps its <c>of</c>), or all the words when they end in none.
    /// </summary>
    private static string TrailingName(List<string> words)
    {
        int start = words.Count;
        while (start > 0 && (char.IsUpper(words[start - 1][0]) || char.IsDigit(words[start - 1][0])
            || (words[start - 1] is "of" or "and" or "&" or "for" && start < words.Count && start > 1 && char.IsUpper(words[start - 2][0]))))
        {
            start--;
        }

        return start < words.Count ? string.Join(' ', words.Skip(start)) : string.Join(' ', words);
    }

    private static string CapitalizedRun(ReadOnlySpan<char> rest)
    {
        List<string> words = [];
        foreach (Range range in rest.Split(' '))
        {
            string word = rest[range].ToString();
            string bare = word.TrimEnd(',', '.', ';', ':');
            bool first = words.Count == 0;
            if (bare.Length == 0 || (!char.IsUpper(bare[0]) && !(first && bare == "the") && bare is not "of" and not "for" and not "and"))
            {
                break;
            }

            words.Add(bare);
            if (bare.Length != word.Length || words.Count > 6)
            {
                break;
            }
        }

        while (words.Count > 0 && words[^1] is "of" or "for" or "and" or "the")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count > (words.Count > 0 && words[0] == "the" ? 1 : 0) ? string.Join(' ', words) : "";
    }
}
