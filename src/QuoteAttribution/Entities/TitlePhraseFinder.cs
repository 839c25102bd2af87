using QuoteAttribution.Text;

namespace QuoteAttribution.Entities;

/// <summary>A title or position the text gives a person at one mention, whole as written, with the affiliation it names.</summary>
/// <param name="Role">The title as written, <c>then-</c> and determiners removed (<c>former Florida Gov.</c>, <c>harbour master</c>); may be empty.</param>
/// <param name="Affiliation">The party, place, country or body the title names (<c>Florida</c>, <c>Republican</c>), or empty.</param>
/// <param name="Position">Where the mention starts in the text, so the earliest description can win.</param>
internal readonly record struct TitleEvidence(string Role, string Affiliation, int Position);

/// <summary>
/// Reads the titles an article gives a named person wherever it names them: the title written before
/// the name (<c>City Treasurer Ana Soto</c>, <c>former Florida Gov. Ana Soto</c>), an appositive after it
/// (<c>Dana Whitlock, the harbour master,</c>), a party and state in parentheses (<c>Ana Soto (D-Ore.)</c>)
/// and <c>of</c> an organisation (<c>Ana Soto of the Harbour Trust</c>). Titles stay whole; the words of a
/// title that name a party, state or country also give the affiliation.
/// </summary>
internal static class TitlePhraseFinder
{
    private const int MaxTitleWords = 6;

    /// <summary>
    /// Every description of <paramref name="name"/> in the text of <paramref name="words"/>, in text order. With
    /// <paramref name="surname"/> the bare surname is read too, but only where a title stands right
    /// before it (<c>Gov. Soto</c>) or an appositive right after it, so another person of that surname
    /// (<c>Ben Soto</c>) is never read.
    /// </summary>
    public static List<TitleEvidence> Find(WordPositions words, string name, string? surname)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(name);
        List<TitleEvidence> found = [];
        Collect(words, name, fullName: true, found);
        if (!string.IsNullOrEmpty(surname) && !string.Equals(surname, name, StringComparison.Ordinal))
        {
            Collect(words, surname, fullName: false, found);
        }

        return [.. found.OrderBy(e => e.Position)];
    }

    private static void Collect(WordPositions words, string name, bool fullName, List<TitleEvidence> found)
    {
        string text = words.Text;
        foreach (int at in words.Occurrences(name))
        {
            int end = at + name.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            // A surname right after a capitalised word is another full name ("Ben Soto"), unless that word is a title.
            List<string> before = WordsBefore(text, at);
            if (!fullName && before.Count > 0 && char.IsUpper(before[^1][0]) && !TitleWords.IsHead(before[^1]) && !TitleWords.IsHonorific(before[^1]))
            {
                continue;
            }

            if (Before(before) is { } title)
            {
                found.Add(title with { Position = at });
            }
            else if (before.Count == 0 && TitleBeforeComma.Read(text, at, end) is { } opening)
            {
                found.Add(opening with { Position = at });
            }

            if (TitlesAfterName.Read(text, end) is { } after)
            {
                found.Add(after with { Position = at });
            }
        }
    }

    /// <summary>The words before <paramref name="position"/> in the same phrase, nearest last, at most a few.</summary>
    internal static List<string> WordsBefore(string text, int position)
    {
        List<string> words = [];
        int i = position;
        while (words.Count < MaxTitleWords + 4)
        {
            int wordEnd = i;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            if (wordEnd == 0 || char.IsWhiteSpace(text[wordEnd - 1]))
            {
                break;
            }

            int wordStart = wordEnd;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            string word = text[wordStart..wordEnd];
            if (TitleWords.EndsPhrase(word))
            {
                break;
            }

            words.Insert(0, word);
            if (TitleWords.StartsPhrase(word))
            {
                break;
            }

            i = wordStart;
        }

        return words;
    }

    /// <summary>The title written right before the name: a head next to it (or <c>head of Body</c>), then the words that modify it.</summary>
    private static TitleEvidence? Before(List<string> words)
    {
        int last = words.Count - 1;
        while (last >= 0 && TitleWords.IsHonorific(words[last]))
        {
            last--;
        }

        if (last >= 0 && TitleWords.SingularHead(words[last]) is { } one)
        {
            // "Sens. Ana Soto and Ben Lee", "co-hosts Ana Soto and Ben Lee": each holds the title the plural names.
            words = [.. words];
            words[last] = one;
        }

        int head = HeadBefore(words, last);
        if (head < 0)
        {
            return PartyOnly(words, last);
        }

        int start = JoinedHead(words, head);
        while (start > 0 && head - start + 1 < MaxTitleWords && TitleWords.MayModify(words[start - 1]) && !IsPossessive(words[start - 1])
            && !(IsRankAt(words, head, last) && TitleWords.IsHeadAt(words, start - 1)))
        {
            start--;
        }

        start = WithBodyOfPlace(words, start, head);
        bool endsLongerName = start > 0 && ContinuesName(words, start - 1);
        while (endsLongerName && start < head && char.IsUpper(words[start][0]))
        {
            // "University of the Harbour Valley political scientist": the capitals before the title end a longer
            // name (read at the quote as the affiliation), not a part of the office or a body of their own.
            start++;
        }

        // "coalition spokesman Colonel Ana Soto": a rank says less than the office written before it.
        if (IsRankAt(words, start, last) && start > 0 && Before(words.GetRange(0, start)) is { Role.Length: > 0 } office)
        {
            return office;
        }

        string affiliation = start > 0 ? Possessor(words, start - 1) : "";
        List<string> title = words.GetRange(start, last - start + 1);
        string body = TitleBodies.TakeBody(title);
        // "Tallwood's U.K. managing director": the employer named by the possessive says more than the country of its branch.
        affiliation = body.Length > 0 && !(affiliation.Length > 0 && IsPlace(body)) ? body : affiliation;
        for (int i = 0; i < title.Count && affiliation.Length == 0; i++)
        {
            affiliation = TitleWords.AffiliationAt(title, i);
        }

        affiliation = affiliation.Length > 0 || endsLongerName ? affiliation : TitleBodies.NamedBefore(title);
        return new TitleEvidence(Clean(string.Join(' ', title)), affiliation, 0);
    }

    /// <summary>
    /// Where the head at <paramref name="head"/> starts, with a second head joined to it by <c>and</c>
    /// (<c>Carin comedian and actor Ana Soto</c>): one person holding both, so the words before the first
    /// head (its country, its body) are the title's too.
    /// </summary>
    private static int JoinedHead(List<string> words, int head) =>
        head >= 2 && words[head - 1] == "and" && TitleWords.HeadLengthAt(words, head - 2) is int first and > 0 && char.IsLower(words[head - 2][0])
            ? head - 1 - first
            : head;

    /// <summary>
    /// Where a title starts whose body is written with <c>of</c> before the head (<c>former Bank of Harbour
    /// governor</c>): the modifier run stopped at the <c>of</c>, so the capitalised words before it and the
    /// modifiers before those join the title, and <see cref="TitleBodies.TakeBody"/> takes the body out whole.
    /// </summary>
    private static int WithBodyOfPlace(List<string> words, int start, int head)
    {
        if (start < 2 || start >= head || words[start - 1] != "of" || !char.IsUpper(words[start][0]) || !char.IsUpper(words[start - 2][0])
            || !TitleWords.MayModify(words[start - 2]) || IsPossessive(words[start - 2]))
        {
            return start;
        }

        start -= 2;
        while (start > 0 && head - start + 1 < MaxTitleWords + 2 && TitleWords.MayModify(words[start - 1]) && !IsPossessive(words[start - 1]))
        {
            start--;
        }

        return start;
    }

    // A joining word inside a proper name: "of", "for", "&" after a capitalised word, or "the" after "of" or "for"
    // ("and" joins two people as often: "Ana Soto and Republican candidate Ben Lee").
    private static bool ContinuesName(List<string> words, int at) =>
        at > 0 && ((words[at] is "of" or "for" or "&" && char.IsUpper(words[at - 1][0])) || (words[at] == "the" && words[at - 1] is "of" or "for"));

    // True when words[from..last] are one rank ("Major General", "Colonel"), which says rank, not office.
    private static bool IsRankAt(List<string> words, int from, int last) =>
        TitleWords.IsRank(string.Join(' ', words.GetRange(from, last - from + 1)));

    // The head is the word next to the name, or a head before "of" whose body runs up to the name
    // ("Secretary of State Ana Soto").
    private static int HeadBefore(List<string> words, int last)
    {
        if (last < 0)
        {
            return -1;
        }

        if (TitleWords.HeadLengthAt(words, last) is int length and > 0)
        {
            return last - length + 1;
        }

        for (int of = last - 1; of >= Math.Max(1, last - 3); of--)
        {
            if (words[of] == "of" && TitleWords.IsHead(words[of - 1]) && words.Skip(of + 1).Take(last - of).All(w => char.IsUpper(w[0])))
            {
                return of - 1;
            }
        }

        return -1;
    }

    // "Republican Ana Soto": a party or state word next to the name gives the affiliation and no role.
    private static TitleEvidence? PartyOnly(List<string> words, int last)
    {
        if (last < 0)
        {
            return null;
        }

        string affiliation = TitleWords.AffiliationOf(words[last]);
        return affiliation.Length > 0 && EntityLexicons.Parties.Contains(words[last]) ? new TitleEvidence("", affiliation, 0) : null;
    }

    /// <summary>
    /// The proper name that ends in the possessive at <paramref name="at"/> (<c>Harbour News’</c>, <c>e.CO’s</c>), with
    /// the capitalised words before it, as an affiliation; empty when the word there is no possessive of a name.
    /// </summary>
    private static string Possessor(List<string> words, int at)
    {
        if (!IsPossessive(words[at]) || !HasCapital(words[at]))
        {
            return "";
        }

        // The words before it belong to the name only when the possessive is an organisation word ("Harbour News'",
        // "Carin Trust's"); before a plain name they are a headline's capitals ("Mayor Praises Harbourside's").
        string own = Affiliations.Normalize(words[at]);
        int start = at;
        while (MentionWords.Organization(own) && start > 0 && at - start < 3 && char.IsUpper(words[start - 1][0])
            && !TitleWords.IsHead(words[start - 1]) && !IsPossessive(words[start - 1]))
        {
            start--;
        }

        return start == at ? own : Affiliations.Normalize(string.Join(' ', words.GetRange(start, at - start + 1)));
    }

    // A possessive body may open with a lower-case letter ("e.CO's"), never a word with no capital at all ("the city's").
    internal static bool HasCapital(string word) => word.Any(char.IsUpper);

    private static bool IsPlace(string affiliation) =>
        MentionWords.Country(affiliation) || EntityLexicons.Regions.Contains(affiliation) || EntityLexicons.Countries.ContainsKey(affiliation);

    internal static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)
        || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s\u2019", StringComparison.Ordinal);

    // "then-" is dropped: the title is what the person was called, not when.
    internal static string Clean(string role) =>
        role.StartsWith("then-", StringComparison.OrdinalIgnoreCase) ? role[5..] : role;
}
