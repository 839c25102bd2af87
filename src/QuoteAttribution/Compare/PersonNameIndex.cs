using QuoteAttribution.Entities;

namespace QuoteAttribution.Compare;

/// <summary>
/// The full names (two words or more) among the key terms of a comparison, by surname and by first name,
/// with how often each is named: which full name a lone surname or first name stands for.
/// </summary>
internal sealed class PersonNameIndex
{
    // A lone word joins the full name holding at least this share of the mentions of all full names it fits.
    private const double DominantShare = 0.8;

    private readonly Dictionary<string, Dictionary<string, int>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _byFirstName = new(StringComparer.Ordinal);

    /// <summary>An index of no names.</summary>
    public static PersonNameIndex Empty { get; } = new();

    /// <summary>Indexes the plain (lower-case) terms with their mention counts.</summary>
    public static PersonNameIndex Build(IEnumerable<(string Plain, int Mentions)> terms)
    {
        PersonNameIndex index = new();
        foreach ((string plain, int mentions) in terms)
        {
            string[] words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            Add(index._bySurname, words[^1], plain, mentions);
            if (EntityLexicons.FirstNames.ContainsKey(words[0]))
            {
                Add(index._byFirstName, words[0], plain, mentions);
            }
        }

        return index;
    }

    /// <summary>
    /// The full name a lone word means: the one full name ending in it (or holding nearly all mentions of
    /// those that do: <c>obama</c> → <c>barack obama</c>); for a known first name no full name ends in, the
    /// one that starts with it (<c>bernie</c> → <c>bernie sanders</c>). Null when none or not clear.
    /// </summary>
    public string? FullNameOf(string word)
    {
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        if (_bySurname.TryGetValue(word, out Dictionary<string, int>? bySurname))
        {
            return Dominant(bySurname);
        }

        return EntityLexicons.FirstNames.ContainsKey(word) && _byFirstName.TryGetValue(word, out Dictionary<string, int>? byFirst)
            ? Dominant(byFirst)
            : null;
    }

    private static string? Dominant(Dictionary<string, int> names)
    {
        int total = names.Values.Sum();
        KeyValuePair<string, int> top = names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).First();
        return names.Count == 1 || (top.Value >= DominantShare * total && names.Count(n => n.Value == top.Value) == 1) ? top.Key : null;
    }

    private static void Add(Dictionary<string, Dictionary<string, int>> map, string word, string fullName, int mentions)
    {
        if (!map.TryGetValue(word, out Dictionary<string, int>? names))
        {
            map[word] = names = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        names[fullName] = names.GetValueOrDefault(fullName) + mentions;
    }
}
