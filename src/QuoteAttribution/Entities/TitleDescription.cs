namespace QuoteAttribution.Entities;

/// <summary>
/// Reads the title and the body out of the words of one description of a person, wherever the article
/// writes it: an appositive (<c>Ana Soto, the harbour master,</c>), a title stated of the person
/// (<c>Soto is the coach of the Harbour Hawks</c>) or a title that opens the sentence before the name
/// (<c>The captain of the team, Ana Soto,</c>).
/// </summary>
internal static class TitleDescription
{
    /// <summary>
    /// The title and body that the words of a description give: <c>[the|a|Body's] [age] [modifiers] head [and
    /// head] [of words] [for|at|with|to Body [in Place]]</c>, a party code (<c>D-Ore.</c>) or a party noun
    /// (<c>a Democrat</c>); null when no title head ends the modifiers.
    /// </summary>
    public static TitleEvidence? Describe(List<string> words)
    {
        int i = AfterOpening(words, out string possessor);
        if (PartyOnly(words, i) is { } party)
        {
            return party;
        }

        // "a 50-year-old salesman", "the 2016 party front-runner": an age or a year describes, the title follows.
        while (i < words.Count - 1 && (words[i].Contains("year-old", StringComparison.Ordinal) || IsYear(words[i])))
        {
            i++;
        }

        int roleEnd = RoleEnd(words, i);
        if (roleEnd < 0)
        {
            return null;
        }

        // "founder and president of the Harbour Trust": the first title is the role, the body is the second's.
        int bodyFrom = SecondTitleEnd(words, roleEnd);
        if (bodyFrom < words.Count - 2 && words[bodyFrom] is "studying" or "working" or "teaching" or "serving")
        {
            // "a student studying at Carin University": the participle leads to the body the title belongs to.
            bodyFrom++;
        }

        string affiliation = possessor;
        if (bodyFrom < words.Count - 1 && words[bodyFrom] is "for" or "at" or "with" or "of" or "in" or "to" && EndsInBody(words, bodyFrom))
        {
            affiliation = Affiliations.Normalize(TrailingName(BeforePlace([.. words.Skip(bodyFrom + 1)])));
        }

        List<string> title = words.GetRange(i, roleEnd - i);
        if (!RoleCheck.IsRole(string.Join(' ', title)))
        {
            // "a resident of Lakeview": a description, so the place is no affiliation either.
            return null;
        }

        string body = TitleBodies.TakeBody(title);
        affiliation = affiliation.Length == 0 ? body : affiliation;
        for (int k = 0; k < title.Count && affiliation.Length == 0; k++)
        {
            affiliation = TitleWords.AffiliationAt(title, k);
        }

        affiliation = affiliation.Length > 0 ? affiliation : TitleBodies.NamedBefore(title);

        return new TitleEvidence(TitlePhraseFinder.Clean(string.Join(' ', title)), affiliation, 0);
    }

    /// <summary>
    /// Where the description's words start after its determiner or possessor (0 or 1); a capitalised possessor
    /// (<c>the Harbour Trust's</c> read as <c>Trust's</c>) is the body the title belongs to.
    /// </summary>
    private static int AfterOpening(List<string> words, out string possessor)
    {
        possessor = "";
        if (words.Count > 0 && words[0] is "the" or "The" or "a" or "an" or "his" or "her" or "their" or "its" or "His" or "Her" or "Their" or "Its")
        {
            return 1;
        }

        if (words.Count > 0 && TitlePhraseFinder.IsPossessive(words[0]) && TitlePhraseFinder.HasCapital(words[0]))
        {
            possessor = Affiliations.Normalize(words[0]);
            return 1;
        }

        return 0;
    }

    // "Ana Soto, D-Ore., said" and "Soto, a Democrat, said": a party and no title.
    private static TitleEvidence? PartyOnly(List<string> words, int i)
    {
        // "a lifelong Democrat", "a nominal Republican": how the person holds the party says nothing of a title.
        if (words.Count == i + 2 && words[i].Length > 0 && char.IsLower(words[i][0]) && !TitleWords.IsHead(words[i]))
        {
            i++;
        }

        if (words.Count != i + 1)
        {
            return null;
        }

        string word = words[i];
        return word.Length > 0 && (IsPartyCode(word) || (char.IsUpper(word[0]) && EntityLexicons.Parties.Contains(word))) ? new TitleEvidence("", word, 0) : null;
    }

    // The body after the preposition at bodyFrom is a name ("Tall Pines Ales") or ends in an organisation
    // word that a name qualifies ("Ruritania's disaster agency"; "the team" alone names no body).
    private static bool EndsInBody(List<string> words, int bodyFrom) =>
        !words.Skip(bodyFrom + 1).Any(w => w.AsSpan().ContainsAny(QuotationMarks))
        && (char.IsUpper(words[^1][0]) || char.IsDigit(words[^1][0])
            || (MentionWords.Organization(words[^1]) && words.Skip(bodyFrom + 1).Any(w => char.IsUpper(w[0]))));

    // Where the words after the role continue when a second title is joined with "and" ("geologist and
    // professor at ..."): after that title; else right after the role.
    private static int SecondTitleEnd(List<string> words, int roleEnd)
    {
        if (roleEnd < words.Count - 1 && words[roleEnd] == "and" && RoleEnd(words, roleEnd + 1) is int second and > 0)
        {
            return second;
        }

        return roleEnd;
    }

    // "Tall Pines Ales in Milltown": the body, not the town it is in.
    private static List<string> BeforePlace(List<string> words)
    {
        int at = words.IndexOf("in");
        return at > 0 && words.Take(at).Any(w => char.IsUpper(w[0])) ? words.GetRange(0, at) : words;
    }

    // "D-Ore.", "R-Texas": a party letter and a state.
    internal static bool IsPartyCode(ReadOnlySpan<char> words) =>
        words.Length >= 3 && words[0] is 'D' or 'R' or 'I' && words[1] == '-' && char.IsUpper(words[2]);

    // A quoted name after the title is a work ("star of the show \u201CQuiz Night\u201D"), not a body.
    private static readonly System.Buffers.SearchValues<char> QuotationMarks =
        System.Buffers.SearchValues.Create("\"\u201C\u201D");

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
            while (roleEnd < words.Count && roleEnd - head < 7 && char.IsLower(words[roleEnd][0])
                && (words[roleEnd] == "and" || !EntityLexicons.TitleStopWords.Contains(words[roleEnd])))
            {
                roleEnd++;
            }

            // "president of regional advisory firm Tall Pines": the "of" words describe the body, not the office.
            if (roleEnd < words.Count && char.IsUpper(words[roleEnd][0]))
            {
                roleEnd = head + 1;
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
            || (words[start - 1] is "of" or "and" or "&" or "+" or "for" && start < words.Count && start > 1 && char.IsUpper(words[start - 2][0]))
            || (words[start - 1] == "the" && start < words.Count && start > 2 && words[start - 2] is "of" or "for" && char.IsUpper(words[start - 3][0]))))
        {
            start--;
        }

        // "the U.S.-based Harbour Trust": where the body is based describes it and is no part of its name.
        while (start < words.Count - 1 && words[start].EndsWith("-based", StringComparison.Ordinal))
        {
            start++;
        }

        return start < words.Count ? string.Join(' ', words.Skip(start)) : string.Join(' ', words);
    }

    private static bool IsYear(string word) =>
        word.Length == 4 && word[0] is '1' or '2' && word.All(char.IsAsciiDigit);
}
