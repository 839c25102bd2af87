namespace QuoteAttribution.Entities;

/// <summary>
/// The descriptions written right after a name, for <see cref="TitlePhraseFinder"/>: a party and state in
/// parentheses (<c>Ana Soto (D-Ore.)</c>, <c>Ana Soto (Ore.)</c>), <c>of</c> or <c>with</c> a body (<c>Ana Soto
/// of the Harbour Trust</c>), an appositive (<c>Dana Whitlock, the harbour master,</c>, <c>Ana Soto, D-Ore.,</c>)
/// and a title stated of the person (<c>Soto is the coach of the Harbour Hawks</c>, <c>Soto, who is product
/// manager for Tall Pines Ales,</c>).
/// </summary>
internal static class TitlesAfterName
{
    private const int MaxAppositiveWords = 14;

    /// <summary>What follows the name: <c>(D-Ore.)</c>, <c>, the harbour master,</c>, <c>of the Harbour Trust</c>, <c> is the coach</c>.</summary>
    public static TitleEvidence? Read(string text, int end)
    {
        ReadOnlySpan<char> rest = text.AsSpan(end, Math.Min(200, text.Length - end));
        if (rest.StartsWith(" (", StringComparison.Ordinal) && rest.IndexOf(')') is int close and > 2 and < 14)
        {
            ReadOnlySpan<char> inside = rest[2..close];
            return TitleDescription.IsPartyCode(inside) || IsStateAbbreviation(inside) ? new TitleEvidence("", inside.ToString(), 0) : null;
        }

        if (rest.StartsWith(" of ", StringComparison.Ordinal))
        {
            string body = CapitalizedRun(rest[4..]);
            return body.Length > 0 ? new TitleEvidence("", Affiliations.Normalize(body), 0) : null;
        }

        if (rest.StartsWith(" with ", StringComparison.Ordinal))
        {
            // "Ana Soto with the Harbour Workers Union": only a body, never another person ("with Ben Lee").
            string body = CapitalizedRun(rest[6..]);
            return body.Split(' ').Any(w => MentionWords.Organization(w)) ? new TitleEvidence("", Affiliations.Normalize(body), 0) : null;
        }

        foreach (string verb in MembershipVerbs)
        {
            if (rest.StartsWith(verb, StringComparison.Ordinal))
            {
                // "Ana Soto, who sits on the Harbour Trust,": the body she belongs to, and no title.
                string body = CapitalizedRun(rest[verb.Length..]);
                return body.Length > 0 ? new TitleEvidence("", Affiliations.Normalize(body), 0) : null;
            }
        }

        foreach (string copula in Copulas)
        {
            if (rest.StartsWith(copula, StringComparison.Ordinal))
            {
                return AppositiveWords(rest[copula.Length..]) is { } stated && !IsJudgement(stated) ? TitleDescription.Describe(Stated(stated)) : null;
            }
        }

        return rest.StartsWith(", ", StringComparison.Ordinal) ? Appositive(rest[2..]) : null;
    }

    // "Soto, who runs the Harbour Trust's lending arm,": a relative clause that says which body the person
    // belongs to; only a named body counts ("who runs the bakery" names none).
    private static readonly string[] MembershipVerbs =
    [
        ", who runs ", ", who leads ", ", who heads ", ", who chairs ", ", who owns ", ", who founded ", ", who co-founded ",
        ", who sits on ", ", who works for ", ", who works at ", ", who joined ",
    ];

    // "Soto is the coach of ...", "Soto, who was a senior analyst at ...": the title stated of the person.
    private static readonly string[] Copulas = [" is ", " was ", ", who is ", ", who was ", ", who has been "];

    /// <summary>
    /// The words of a stated title as an appositive's: <c>one of the co-founders of X</c> reads as
    /// <c>the co-founder of X</c>, the plural head made singular.
    /// </summary>
    private static List<string> Stated(List<string> words)
    {
        if (words.Count > 3 && words[0] == "one" && words[1] == "of")
        {
            words.RemoveRange(0, 2);
            int plural = words.FindIndex(w => w.Length > 3 && w[^1] == 's' && TitleWords.IsHead(w.AsSpan(0, w.Length - 1)));
            if (plural > 0)
            {
                words[plural] = words[plural][..^1];
            }
        }

        return words;
    }

    // "Soto is the most divisive mayor", "the best coach": an opinion of the person, not their title.
    private static bool IsJudgement(List<string> words) =>
        words.Count > 1 && (words[1] is "most" or "least" or "only" or "first" or "last" || words[1].EndsWith("est", StringComparison.Ordinal));

    // "Ky.", "Calif.": a state written the newsroom way, alone in parentheses after a lawmaker's name.
    private static bool IsStateAbbreviation(ReadOnlySpan<char> words) =>
        words.Length is >= 3 and <= 6 && char.IsUpper(words[0]) && words[^1] == '.' && !words[1..^1].ContainsAnyExcept(LowerLetters);

    private static readonly System.Buffers.SearchValues<char> LowerLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// An appositive up to its closing comma: <c>[the|a|Body's] [modifiers] head [of words] [for|at|with Body]</c>.
    /// An age (<c>81,</c>), a clause (<c>who ...</c>) or a phrase with no title head gives nothing.
    /// </summary>
    private static TitleEvidence? Appositive(ReadOnlySpan<char> rest)
    {
        if (AppositiveWords(rest) is not { } words || TitleDescription.Describe(words) is not { } title)
        {
            return null;
        }

        int comma = rest.IndexOf(", ", StringComparison.Ordinal);
        return title.Affiliation.Length == 0 && words.Count <= 2 && comma > 0 && Department(rest[(comma + 2)..]) is ({ } area, { } body)
            ? title with { Role = string.Concat(title.Role, ", ", area), Affiliation = body }
            : title;
    }

    /// <summary>
    /// The second part of a title written in two appositives, the newsroom way: <c>Ana Soto, vice-president,
    /// public affairs for Harbour Mobile, said</c> → the area (<c>public affairs</c>) and the body
    /// (<c>Harbour Mobile</c>); nulls when the words are no lower-case area followed by <c>for</c>, <c>at</c> or
    /// <c>with</c> and a name.
    /// </summary>
    private static (string? Area, string? Body) Department(ReadOnlySpan<char> rest)
    {
        if (AppositiveWords(rest) is not { Count: > 2 and <= 8 } words)
        {
            return (null, null);
        }

        int preposition = words.FindIndex(w => w is "for" or "at" or "with");
        if (preposition < 1 || preposition > 3 || !words.Take(preposition).All(w => w.Length > 1 && char.IsLower(w[0]) && !EntityLexicons.TitleStopWords.Contains(w)))
        {
            return (null, null);
        }

        List<string> body = words.GetRange(preposition + 1, words.Count - preposition - 1);
        if (body.Count > 0 && body[0] is "the")
        {
            body.RemoveAt(0);
        }

        return body.Count > 0 && body.All(w => char.IsUpper(w[0]) || w is "of" or "and" or "&")
            ? (string.Join(' ', words.Take(preposition)), Affiliations.Normalize(string.Join(' ', body)))
            : (null, null);
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

            if (words.Count > 0 && word is "who" or "whose" or "which")
            {
                // "the Carin congressman who shouted at the mayor": the clause after the description says what the person did.
                closed = true;
                break;
            }

            closed = TitleWords.EndsPhrase(word) || EndsSentenceBefore(word, rest[range.End.Value..]);
            words.Add(closed ? word.TrimEnd(',', ';', ':', '.', '\u2014', ')') : word);
            if (closed)
            {
                break;
            }
        }

        return !closed && lineEnd < 0 ? null : words;
    }

    // "founder of Harbour FM. The group met": a word that could be an abbreviation ends the sentence when the
    // next word is one that opens a sentence and never continues a name.
    private static bool EndsSentenceBefore(string word, ReadOnlySpan<char> after)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        after = after.TrimStart(' ');
        int space = after.IndexOf(' ');
        ReadOnlySpan<char> next = space < 0 ? after : after[..space];
        return next is "The" or "A" or "An" or "He" or "She" or "It" or "They" or "We" or "His" or "Her" or "Its" or "Their" or "This" or "But";
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
