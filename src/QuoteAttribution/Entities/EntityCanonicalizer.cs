namespace QuoteAttribution.Entities;

/// <summary>
/// Within one article, maps each short form of a person's name to the fullest form the article gives:
/// <c>Lavrov</c>, <c>Mr. Lavrov</c> → <c>Sergei Lavrov</c>; <c>Hua</c> → <c>Hua Chunying</c>. When two different
/// full names share the short form (<c>Rupert Jones</c>, <c>Stuart Jones</c>), the short form stays as it is.
/// </summary>
internal static class EntityCanonicalizer
{
    /// <summary>
    /// The fullest name in <paramref name="articleNames"/> that <paramref name="name"/> is a short form
    /// of (matched by surname, else by first word), or <paramref name="name"/> without its titles.
    /// </summary>
    /// <example><c>Canonical("Mr. Lavrov", ["Sergei Lavrov", "Ash Carter"])</c> → <c>Sergei Lavrov</c></example>
    public static string Canonical(string name, IReadOnlyList<string> articleNames)
    {
        ArgumentNullException.ThrowIfNull(articleNames);
        return CanonicalAmong(name, new NameCandidates(articleNames));
    }

    /// <summary>
    /// <see cref="Canonical"/> over names already read as candidates: an article
    /// reads its names once, not once per name it canonicalises.
    /// </summary>
    public static string CanonicalAmong(string name, NameCandidates articleNames)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(articleNames);
        string bare = PersonNames.StripTitles(name);
        if (bare.Length == 0)
        {
            return bare;
        }

        string slug = SpeakerIds.Slug(bare);
        int words = PersonNames.WordCount(bare);
        string first = PersonNames.FirstWordKey(bare);
        List<Candidate> sameSurname = [.. articleNames.WithSurname([.. PersonNames.SurnameKeys(bare)])
            .Where(c => c.Words > words && !OtherFirstName(words, first, c.FirstKey))];
        string? best = Fullest(sameSurname, words, bySurname: true);

        // "Mr. Clinton" with Bill and Hillary Clinton in the article is ambiguous; only a name no fuller name
        // ends in is read by its first word ("Kim" for "Kim Jong-un").
        if (sameSurname.Count == 0 && words == 1)
        {
            best = Fullest(articleNames.WithFirstWord(slug), words, bySurname: false);
        }

        return best ?? bare;
    }

    // "Jeb Bush" is not a short form of "George H.W. Bush": a name written with a first name only joins a
    // fuller one with the same first name, when both first words are known first names (a title or party
    // word left before a surname, "Republican Bush", still joins).
    private static bool OtherFirstName(int words, string first, string candidateFirst) =>
        words >= 2 && !string.Equals(first, candidateFirst, StringComparison.Ordinal)
        && EntityLexicons.FirstNames.ContainsKey(first) && EntityLexicons.FirstNames.ContainsKey(candidateFirst);

    // The one longer name among those whose surname (or first word) matches. Candidates with the same first
    // word are one person written more or less fully ("Bashar Assad", "Bashar al-Assad"): the longest wins.
    // Any other disagreement among surnames ("Rupert Jones", "Stuart Jones") is ambiguous: null. Candidates
    // come in the article's order.
    private static string? Fullest(IEnumerable<Candidate> matching, int words, bool bySurname)
    {
        string? best = null;
        string? bestFirst = null;
        string? bestSlug = null;
        int bestWords = 0;
        foreach (Candidate candidate in matching)
        {
            string full = candidate.Full;
            int fullWords = candidate.Words;
            if (fullWords <= words)
            {
                continue;
            }

            string first = candidate.FirstKey;
            string fullSlug = candidate.Slug;
            bool samePerson = bySurname
                ? string.Equals(first, bestFirst, StringComparison.Ordinal)
                : string.Equals(fullSlug, bestSlug, StringComparison.Ordinal);
            if (best is not null && !samePerson)
            {
                // "Kim" after "Kim Jong-un" and "Kim Yong-chol": a name read by its first word (a family name
                // written first, or a given name) goes to the person the article introduced first, the one it
                // is about; two people who share a surname stay apart.
                return bySurname ? null : best;
            }

            if (best is null || fullWords > bestWords || (fullWords == bestWords && full.Length > best.Length))
            {
                (best, bestFirst, bestSlug, bestWords) = (full, first, fullSlug, fullWords);
            }
        }

        return best;
    }

    /// <summary>An article name as the canonicalizer compares it: without titles, its word count and its keys.</summary>
    internal sealed record Candidate(string Full, int Words, string FirstKey, string[] SurnameKeys, string Slug)
    {
        /// <summary>Reads <paramref name="name"/> once for every comparison it will take part in.</summary>
        public static Candidate Of(string name)
        {
            string full = PersonNames.StripTitles(name);
            return new Candidate(full, PersonNames.WordCount(full), PersonNames.FirstWordKey(full), [.. PersonNames.SurnameKeys(full)], SpeakerIds.Slug(full));
        }
    }
}
