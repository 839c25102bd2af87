namespace QuoteAttribution.Entities;

/// <summary>
/// An article's names read once as <see cref="EntityCanonicalizer.Candidate"/>s, indexed by surname key and by
/// first-word key, so that finding the names a short form may stand for costs the matches, not a scan of every
/// name in the article (an article with thousands of names would otherwise be quadratic).
/// </summary>
internal sealed class NameCandidates
{
    private readonly EntityCanonicalizer.Candidate[] _all;
    private readonly Dictionary<string, List<int>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Reads every name of the article once.</summary>
    public NameCandidates(IEnumerable<string> articleNames)
    {
        _all = [.. articleNames.Select(EntityCanonicalizer.Candidate.Of)];
        for (int i = 0; i < _all.Length; i++)
        {
            foreach (string key in _all[i].SurnameKeys.Distinct(StringComparer.Ordinal))
            {
                Add(_bySurname, key, i);
            }

            Add(_byFirstWord, _all[i].FirstKey, i);
        }
    }

    /// <summary>The names with one of these surname keys, in the article's order.</summary>
    public IEnumerable<EntityCanonicalizer.Candidate> WithSurname(string[] keys)
    {
        // Invariant: each list holds ascending indexes; merging them keeps the article's order, which decides ties.
        SortedSet<int> indexes = [];
        foreach (string key in keys)
        {
            if (_bySurname.TryGetValue(key, out List<int>? list))
            {
                indexes.UnionWith(list);
            }
        }

        return indexes.Select(i => _all[i]);
    }

    /// <summary>The names whose first word has this key, in the article's order.</summary>
    public IEnumerable<EntityCanonicalizer.Candidate> WithFirstWord(string key) =>
        _byFirstWord.TryGetValue(key, out List<int>? list) ? list.Select(i => _all[i]) : [];

    private static void Add(Dictionary<string, List<int>> index, string key, int candidate)
    {
        if (!index.TryGetValue(key, out List<int>? list))
        {
            list = [];
            index.Add(key, list);
        }

        list.Add(candidate);
    }
}
