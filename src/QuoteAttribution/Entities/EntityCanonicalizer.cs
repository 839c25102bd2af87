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
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(articleNames);
        string bare = PersonNames.StripTitles(name);
        if (bare.Length == 0)
        {
            return bare;
        }

        string slug = SpeakerIds.Slug(bare);
        int words = PersonNames.WordCount(bare);
        string? best = Fullest(articleNames, words, slug, PersonNames.SurnameKeys(bare).ToArray(), bySurname: true);
        if (best is null && words == 1)
        {
            best = Fullest(articleNames, words, slug, [slug], bySurname: false);
        }

        return best ?? bare;
    }

    // The one longer name whose surname (or first word) matches. Candidates with the same first word are
    // one person written more or less fully ("Bashar Assad", "Bashar al-Assad"): the longest wins. Any
    // other disagreement ("Rupert Jones", "Stuart Jones") is ambiguous: null.
    private static string? Fullest(IReadOnlyList<string> names, int words, string slug, string[] keys, bool bySurname)
    {
        string? best = null;
        string? bestFirst = null;
        string? bestSlug = null;
        foreach (string candidate in names)
        {
            string full = PersonNames.StripTitles(candidate);
            int fullWords = PersonNames.WordCount(full);
            if (fullWords <= words)
            {
                continue;
            }

            string first = PersonNames.FirstWordKey(full);
            bool matches = bySurname
                ? PersonNames.SurnameKeys(full).Any(k => keys.Contains(k, StringComparer.Ordinal))
                : string.Equals(first, slug, StringComparison.Ordinal);
            if (!matches)
            {
                continue;
            }

            string fullSlug = SpeakerIds.Slug(full);
            bool samePerson = bySurname
                ? string.Equals(first, bestFirst, StringComparison.Ordinal)
                : string.Equals(fullSlug, bestSlug, StringComparison.Ordinal);
            if (best is not null && !samePerson)
            {
                return null;
            }

            int bestWords = best is null ? 0 : PersonNames.WordCount(best);
            if (best is null || fullWords > bestWords || (fullWords == bestWords && full.Length > best.Length))
            {
                (best, bestFirst, bestSlug) = (full, first, fullSlug);
            }
        }

        return best;
    }
}
