using QuoteAttribution.Text;

namespace QuoteAttribution.Entities;

/// <summary>
/// The affiliation a story gives a person by the description that opens the sentence after one where the
/// person is the subject: newsrooms name a lawmaker once and then write "the Ohio governor" or "the Kentucky
/// Republican" for them.
/// </summary>
/// <example>
/// <c>Sen. Ana Soto voted against the bill. The Carin Republican said ...</c> → <c>Republican</c>;
/// <c>Ana Soto won the primary. The Ohio governor said ...</c> → <c>Ohio</c>.
/// </example>
internal static class FollowingDescription
{
    private const int MaxSubjectTitleWords = 4;
    private const int MaxSentenceChars = 400;
    private const int MaxOpeningWords = 5;
    private const int MaxOpeningChars = 160;

    /// <summary>
    /// The party or place of the first such description after a sentence that opens with <paramref name="name"/>
    /// (or <paramref name="surname"/>), written only with titles before it; empty when there is none. A
    /// description with an office (<c>the Ohio governor</c>) counts only when it fits <paramref name="role"/>,
    /// the office the article gives the person, or the person has none.
    /// </summary>
    public static string Affiliation(WordPositions words, string name, string? surname, string role)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(name);
        foreach (string form in surname is null ? [name] : new[] { name, surname })
        {
            foreach (int at in words.Occurrences(form))
            {
                int end = at + form.Length;
                if ((end < words.Text.Length && char.IsLetterOrDigit(words.Text[end])) || !IsSubject(words.Text, at))
                {
                    continue;
                }

                int next = NextSentence(words.Text, end);
                string affiliation = next < 0 ? "" : Described(words.Text, next, role);
                if (affiliation.Length > 0)
                {
                    return affiliation;
                }
            }
        }

        return "";
    }

    // The name opens its sentence, with at most a few title words before it ("House Speaker Ana Soto", "Republican
    // presidential candidate Ana Soto"); a verb or a function word before it makes the name an object.
    private static bool IsSubject(string text, int at)
    {
        int i = at;
        for (int count = 0; count <= MaxSubjectTitleWords; count++)
        {
            int j = i - 1;
            while (j >= 0 && text[j] is not ('\n' or '\r') && char.IsWhiteSpace(text[j]))
            {
                j--;
            }

            if (j < 0 || text[j] is '\n' or '\r')
            {
                return true;
            }

            int k = j;
            while (k >= 0 && !char.IsWhiteSpace(text[k]))
            {
                k--;
            }

            string word = text[(k + 1)..(j + 1)];
            if (TitleWords.EndsPhrase(word))
            {
                return word[^1] is '.' or '!' or '?' or '"' or '\u201D';
            }

            if (!char.IsUpper(word[0]) && !TitleWords.MayModify(word))
            {
                return false;
            }

            i = k + 1;
        }

        return false;
    }

    // Where the sentence after the one going on at start begins: after a sentence end or a line break.
    private static int NextSentence(string text, int start)
    {
        int limit = Math.Min(text.Length, start + MaxSentenceChars);
        for (int p = start; p < limit; p++)
        {
            bool lineBreak = text[p] == '\n';
            if (!lineBreak && !(text[p] is '.' or '!' or '?' && (p + 1 == text.Length || text[p + 1] is ' ' or '\n' or '"' or '\u201D')))
            {
                continue;
            }

            int k = p;
            while (k > 0 && !char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            if (!lineBreak && !TitleWords.EndsPhrase(text.AsSpan(k, p - k + 1)))
            {
                // "Gov.", "U.S.": an abbreviation inside the sentence.
                continue;
            }

            int next = p + 1;
            while (next < text.Length && (char.IsWhiteSpace(text[next]) || text[next] is '"' or '\u201D'))
            {
                next++;
            }

            return next < text.Length ? next : -1;
        }

        return -1;
    }

    // "[In a statement,] the [former] Carin Republican|governor": the party, or the place of a fitting office.
    private static string Described(string text, int start, string role)
    {
        // Only the opening words are read: a text of one long line must not be copied once per name.
        int stop = Math.Min(text.Length, start + MaxOpeningChars);
        int lineEnd = text.IndexOf('\n', start, stop - start);
        string[] words = text[start..(lineEnd < 0 ? stop : lineEnd)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int i = words.Length > 0 && words[0] is "The" ? 0 : AfterOpening(words);
        if (i < 0 || i + 2 >= words.Length || words[i] is not ("The" or "the"))
        {
            return "";
        }

        i += words[i + 1] == "former" ? 2 : 1;
        int placeWords = i + 2 < words.Length && IsPlace(string.Concat(words[i], " ", words[i + 1])) ? 2 : 1;
        string place = string.Join(' ', words[i..(i + placeWords)]);
        if (i + placeWords >= words.Length || !IsPlace(place))
        {
            return "";
        }

        string head = words[i + placeWords].TrimEnd(',', '.', ';', ':');
        // "the Ohio governor's": the possessive mark is no part of the head.
        head = head.EndsWith("'s", StringComparison.Ordinal) || head.EndsWith("\u2019s", StringComparison.Ordinal) ? head[..^2] : head;
        if (head.Length < 2)
        {
            return "";
        }

        if (char.IsUpper(head[0]) && EntityLexicons.Parties.Contains(head))
        {
            return Affiliations.Normalize(head);
        }

        bool fits = role.Length == 0 || string.Equals(RoleHeads.Of(role), RoleHeads.Of(head), StringComparison.Ordinal);
        return char.IsLower(head[0]) && TitleWords.IsHead(head) && fits ? Affiliations.Normalize(place) : "";
    }

    // "In a statement, the ...": a short opening phrase closed by a comma, with no name in it.
    private static int AfterOpening(string[] words)
    {
        for (int i = 0; i < Math.Min(words.Length, MaxOpeningWords); i++)
        {
            if (i > 0 && char.IsUpper(words[i][0]))
            {
                return -1;
            }

            if (words[i].EndsWith(',') && i + 1 < words.Length)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static bool IsPlace(string words) =>
        EntityLexicons.Regions.Contains(words) || MentionWords.Country(words);
}
