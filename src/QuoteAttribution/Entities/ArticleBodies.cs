using QuoteAttribution.Text;

namespace QuoteAttribution.Entities;

/// <summary>
/// Names a body that a title gives only by its common noun (<c>a board spokeswoman</c>, <c>the tour's
/// chief officer</c>) by the one proper name the article writes with that noun (<c>the Parole Board of
/// Ruritania</c>, <c>the HGA Tour</c>): newsrooms name the body once in full and then call it "the board".
/// </summary>
internal static class ArticleBodies
{
    private const int MaxNameWords = 5;

    /// <summary>
    /// The one proper name in the text of <paramref name="words"/> that holds <paramref name="noun"/> capitalised
    /// with at least one other capitalised word; empty when there is none, or two different ones.
    /// </summary>
    /// <example><c>board</c> in a text with <c>the Parole Board of Ruritania</c> → <c>Parole Board of Ruritania</c></example>
    public static string Named(WordPositions words, string noun)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(noun);
        if (noun.Length < 3 || !noun.All(char.IsLower))
        {
            return "";
        }

        string capitalised = string.Concat(char.ToUpperInvariant(noun[0]).ToString(), noun[1..]);
        string text = words.Text;
        string found = "";
        foreach (int at in words.Occurrences(capitalised))
        {
            int end = at + capitalised.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            string name = NameAround(text, at, end);
            if (name.Length == 0)
            {
                continue;
            }

            // "the Parole Board" after "the Parole Board of Ruritania" is the same body written shorter.
            if (found.Length > 0 && !found.StartsWith(name, StringComparison.Ordinal) && !name.StartsWith(found, StringComparison.Ordinal))
            {
                return "";
            }

            found = name.Length > found.Length ? name : found;
        }

        return found;
    }

    // The capitalised words written right before the noun, and "of" with the capitalised words after it
    // ("Parole Board of Ruritania"); empty when the noun stands alone ("Board members said").
    private static string NameAround(string text, int at, int end)
    {
        List<string> before = TitlePhraseFinder.WordsBefore(text, at);
        int take = 0;
        while (take < before.Count && take < MaxNameWords - 1 && IsNameWord(before[before.Count - 1 - take]))
        {
            take++;
        }

        List<string> name = [.. before.Skip(before.Count - take), text[at..end]];
        List<string> after = NextWords(text, end);
        if (after.Count > 1 && after[0] == "of" && IsNameWord(after[1]))
        {
            name.Add("of");
            name.AddRange(after.Skip(1).TakeWhile(IsNameWord).Take(MaxNameWords - name.Count + 1));
        }

        return name.Count > 1 ? Affiliations.Normalize(string.Join(' ', name).TrimEnd('.', ',', ';', ':')) : "";
    }

    private static bool IsNameWord(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || (word.Length > 1 && char.IsUpper(word[1]))) && !TitlePhraseFinder.IsPossessive(word)
        && !EntityLexicons.NameOpeners.Contains(word) && word is not ("The" or "A" or "An");

    private static List<string> NextWords(string text, int end)
    {
        int lineEnd = text.IndexOfAny(['\n', '\r', '.', ',', ';', ':'], end);
        ReadOnlySpan<char> rest = text.AsSpan(end, (lineEnd < 0 ? text.Length : lineEnd) - end);
        List<string> words = [];
        foreach (Range range in rest.Split(' '))
        {
            if (rest[range].Length > 0)
            {
                words.Add(rest[range].ToString());
            }

            if (words.Count > MaxNameWords)
            {
                break;
            }
        }

        return words;
    }
}
