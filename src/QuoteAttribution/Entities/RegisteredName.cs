namespace QuoteAttribution.Entities;

/// <summary>
/// A person's name as <see cref="SpeakerRegistry"/> compares it: without titles and the party or
/// descriptive words before it, its first-and-last form, and what stands between them.
/// </summary>
/// <param name="Bare">The name without titles and leading party words (<c>Ana J. Soto</c>).</param>
/// <param name="FirstLast">The name without its middle part (<c>Ana Soto</c>); the bare name when it has none.</param>
/// <param name="Middle">The middle part (<c>J.</c>, <c>Rodham</c>); empty when there is none.</param>
/// <param name="Words">How many words the bare name has, a suffix (<c>Jr.</c>) not counted.</param>
internal readonly record struct RegisteredName(string Bare, string FirstLast, string Middle, int Words)
{
    /// <summary>True when the middle part is only initials (<c>J.</c>, <c>H.W.</c>), which never split a person.</summary>
    public bool MiddleIsInitials => Middle.Length > 0 && Middle.Split(' ').All(w => w.Length <= 5 && w.EndsWith('.'));

    /// <summary>Reads <paramref name="name"/>.</summary>
    public static RegisteredName Of(string name)
    {
        string bare = PersonNames.StripTitles(name);
        string[] words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // Party and descriptive words before the name are not part of it ("Republican Ana Soto").
        int first = 0;
        while (first < words.Length - 2 && (EntityLexicons.Parties.Contains(words[first]) || EntityLexicons.RoleModifiers.Contains(words[first])
            || char.IsLower(words[first][0])))
        {
            first++;
        }

        if (first > 0)
        {
            // A title can follow the party word ("Republican Senator Ana Soto"): the name is what is left
            // without both, so that a name's own key parses back to itself.
            return Of(string.Join(' ', words[first..]));
        }

        int count = PersonNames.WordCount(bare);
        if (count < 3)
        {
            return new RegisteredName(bare, bare, "", count);
        }

        int last = words.Length - 1;
        last -= last > 1 && EntityLexicons.NameSuffixes.Contains(words[last]) ? 1 : 0;
        string middle = string.Join(' ', words[1..last]);
        return new RegisteredName(bare, string.Join(' ', words.Where((_, i) => i == 0 || i >= last)), middle, count);
    }

    /// <summary>
    /// True when every word is a party, a place or a demonym: a description a writer uses for a person
    /// (<c>Wisconsin Republican</c>, <c>the Texas Democrat</c>), not a name, so no id of its own.
    /// </summary>
    public static bool IsDescription(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w =>
            w is "the" or "The" || EntityLexicons.Parties.Contains(w) || EntityLexicons.Regions.Contains(w) || MentionWords.Country(w));
    }
}
