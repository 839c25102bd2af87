namespace QuoteAttribution.Entities;

/// <summary>
/// Which full name a bare surname of a run means, for <see cref="SpeakerRegistry"/>: the evidence is the
/// full names quoted in the surname's own article, the full names of the whole run with their statement
/// counts, and the roles and affiliations each was given.
/// </summary>
/// <remarks>
/// Per article only what a decision needs is kept: the full names of a surname that the article also
/// quotes bare. An article's canonicalizer already joins a bare surname to the one fuller name the article
/// gives, so a bare surname beside a quoted full name of that surname means the article names two people
/// of that surname (<c>Ana Soto</c> and her husband); the one it quotes by full name is the first guess.
/// </remarks>
internal sealed class SurnameChoice
{
    // A surname joins the full name that holds at least this share of the statements of all full names
    // with that surname ("Clinton" with no other clue → the Clinton quoted four times in five).
    private const double DominantShare = 0.8;

    // surname key -> full-name keys with that surname and their statement counts, sorted for determinism.
    private readonly Dictionary<string, SortedDictionary<string, int>> _fullNamesBySurname = new(StringComparer.Ordinal);

    // full-name key -> the lower-case words of the roles and affiliations registered with it.
    private readonly Dictionary<string, HashSet<string>> _descriptions = new(StringComparer.Ordinal);

    // full-name key -> the heads of its roles that are positions ("minister", "governor").
    private readonly Dictionary<string, HashSet<string>> _positions = new(StringComparer.Ordinal);

    // (article, surname key) -> the full names of that surname (as written) the article quotes, where it also
    // quotes the surname bare after one of them.
    private readonly Dictionary<(string Article, string Surname), SortedSet<string>> _articleFullNames = [];

    // (article, surname key) -> the same, where the bare surname is quoted before any of them.
    private readonly Dictionary<(string Article, string Surname), SortedSet<string>> _quotedLater = [];

    // full-name key -> in how many articles it is quoted, and the last of them.
    private readonly Dictionary<string, (int Count, string Last)> _articles = new(StringComparer.Ordinal);

    // The article being registered: its bare surnames, and its full names by surname key.
    private string _article = "";
    private readonly Dictionary<string, bool> _articleSurnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _articleFullNamesBySurname = new(StringComparer.Ordinal);

    /// <summary>Records a statement of a bare surname in <paramref name="article"/>.</summary>
    public void AddSurname(string article, string surname)
    {
        Enter(article);
        _articleSurnames.TryAdd(surname, !_articleFullNamesBySurname.ContainsKey(surname));
    }

    /// <summary>
    /// Records a statement of the full name <paramref name="fullName"/> (first and last name) in
    /// <paramref name="article"/>, where it is written <paramref name="written"/>.
    /// </summary>
    public void AddFullName(string article, string fullName, string written, IEnumerable<string> surnameKeys, string role, string affiliation)
    {
        Enter(article);
        foreach (string key in surnameKeys)
        {
            if (!_fullNamesBySurname.TryGetValue(key, out SortedDictionary<string, int>? names))
            {
                names = new SortedDictionary<string, int>(StringComparer.Ordinal);
                _fullNamesBySurname.Add(key, names);
            }

            names[fullName] = names.GetValueOrDefault(fullName) + 1;
            if (article.Length > 0)
            {
                Add(_articleFullNamesBySurname, key, [written]);
            }
        }

        (int count, string last) = _articles.GetValueOrDefault(fullName, (0, ""));
        _articles[fullName] = string.Equals(last, article, StringComparison.Ordinal) && count > 0 ? (count, last) : (count + 1, article);
        Add(_descriptions, fullName, DescriptionWords(role, affiliation));
        if (Position(role) is { Length: > 0 } position)
        {
            Add(_positions, fullName, [position]);
        }
    }

    /// <summary>
    /// The full name <paramref name="surname"/> means in <paramref name="article"/>: as the article writes it
    /// when the article quotes it, else its first-and-last key; null when it cannot be told.
    /// </summary>
    public string? Choose(string article, string surname, string role, string affiliation)
    {
        Enter("");
        string position = Position(role);
        HashSet<string> clues = DescriptionWords(role, affiliation);
        if (article.Length > 0 && _articleFullNames.TryGetValue((article, surname), out SortedSet<string>? quoted))
        {
            string[] local = [.. quoted.Where(n => Fits(RegisteredName.Of(n).FirstLast, position))];
            return local.Length == 1 ? local[0] : Among([.. local.Select(n => RegisteredName.Of(n).FirstLast).Distinct()], clues);
        }

        if (!_fullNamesBySurname.TryGetValue(surname, out SortedDictionary<string, int>? fullNames))
        {
            return null;
        }

        // A surname quoted before any namesake's full name in its article points back to a person the article
        // named without quoting: not one of those quoted later, unless the run quotes them elsewhere too.
        HashSet<string> later = article.Length > 0 && _quotedLater.TryGetValue((article, surname), out SortedSet<string>? names)
            ? [.. names.Select(n => RegisteredName.Of(n).FirstLast)]
            : [];
        return Among([.. fullNames.Keys.Where(n => Fits(n, position) && !(later.Contains(n) && _articles[n].Count == 1))], clues);
    }

    // The one candidate, else the one whose descriptions hold the clues, else the one with nearly all statements.
    private string? Among(string[] candidates, HashSet<string> clues)
    {
        if (candidates.Length <= 1)
        {
            return candidates.Length == 1 ? candidates[0] : null;
        }

        if (Supported(candidates, clues) is { } supported)
        {
            return supported;
        }

        Dictionary<string, int> counts = candidates.ToDictionary(n => n, Statements, StringComparer.Ordinal);
        int total = counts.Values.Sum();
        KeyValuePair<string, int> top = counts.MaxBy(kv => kv.Value);
        return top.Value >= DominantShare * total ? top.Key : null;
    }

    private int Statements(string fullName) =>
        PersonNames.SurnameKeys(fullName).FirstOrDefault() is { } key && _fullNamesBySurname.TryGetValue(key, out SortedDictionary<string, int>? names)
            ? names.GetValueOrDefault(fullName)
            : 0;

    // A surname said to hold a position the full name was never given is someone else: "Prime Minister
    // Soto" is not the Ana Soto only ever called party leader. Without a position on either side it fits.
    private bool Fits(string fullName, string position) =>
        position.Length == 0 || !_positions.TryGetValue(fullName, out HashSet<string>? held) || held.Contains(position);

    // The one name whose roles and affiliations hold every word of the clues.
    private string? Supported(string[] names, HashSet<string> clues)
    {
        if (clues.Count == 0)
        {
            return null;
        }

        string[] fitting = [.. names.Where(n => _descriptions.TryGetValue(n, out HashSet<string>? words) && words.IsSupersetOf(clues))];
        return fitting.Length == 1 ? fitting[0] : null;
    }

    // Keeps what the finished article's decisions need, and starts on the next one.
    private void Enter(string article)
    {
        if (string.Equals(article, _article, StringComparison.Ordinal))
        {
            return;
        }

        foreach ((string surname, bool first) in _article.Length > 0 ? _articleSurnames : [])
        {
            if (_articleFullNamesBySurname.TryGetValue(surname, out SortedSet<string>? names))
            {
                Add(first ? _quotedLater : _articleFullNames, (_article, surname), names);
            }
        }

        _article = article;
        _articleSurnames.Clear();
        _articleFullNamesBySurname.Clear();
    }

    // The head of a role when it is a position in the roles lexicon ("minister" for "Prime Minister"),
    // else empty: a stray phrase taken for a role is no evidence against anyone.
    private static string Position(string role)
    {
        string head = RoleHeads.Of(role);
        return head.Length > 0 && EntityLexicons.Roles.Contains(head) ? head : "";
    }

    private static HashSet<string> DescriptionWords(string role, string affiliation) =>
        [.. (role + " " + affiliation).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ','))];

    private static void Add<TKey>(Dictionary<TKey, SortedSet<string>> map, TKey key, IEnumerable<string> values)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out SortedSet<string>? set))
        {
            map[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(values);
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, IEnumerable<string> values)
    {
        if (!map.TryGetValue(key, out HashSet<string>? set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(values);
    }
}
