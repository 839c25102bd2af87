using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Compare;

/// <summary>
/// The normalised form of key terms, learnt from every term the compared statements name, so that one
/// topic is one row: case and middle initials ignored (<c>Donald J. Trump</c> = <c>Donald Trump</c>); a
/// plural joins its singular when the corpus has both (<c>Republicans</c> → <c>Republican</c>); a lone
/// surname joins the one full name of the corpus that ends in it (<c>Trump</c> → <c>Donald Trump</c>; left
/// alone when two full names share it); a demonym joins its country (<c>Russian</c> → <c>Russia</c>,
/// <c>countries.txt</c>). The shown form is the fullest one seen.
/// </summary>
internal sealed class TopicTerms
{
    private static readonly FrozenDictionary<string, string> Countries = Lexicon.LoadMap("countries.txt");

    private readonly FrozenDictionary<string, string> _keyOf;
    private readonly FrozenDictionary<string, string> _display;

    private TopicTerms(FrozenDictionary<string, string> keyOf, FrozenDictionary<string, string> display)
    {
        _keyOf = keyOf;
        _display = display;
    }

    /// <summary>Learns the normal forms of <paramref name="terms"/> (every occurrence, as extracted).</summary>
    public static TopicTerms Learn(IEnumerable<string> terms)
    {
        string[] distinct = [.. terms.Distinct(StringComparer.OrdinalIgnoreCase)];
        HashSet<string> plain = new(distinct.Select(Plain), StringComparer.Ordinal);
        Dictionary<string, List<string>> fullNamesBySurname = new(StringComparer.Ordinal);
        foreach (string full in plain.Where(p => p.Contains(' ', StringComparison.Ordinal)))
        {
            string last = full[(full.LastIndexOf(' ') + 1)..];
            if (!fullNamesBySurname.TryGetValue(last, out List<string>? names))
            {
                fullNamesBySurname[last] = names = [];
            }

            names.Add(full);
        }

        Dictionary<string, string> keyOf = new(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string> display = new(StringComparer.Ordinal);
        foreach (string term in distinct)
        {
            string key = KeyOf(Plain(term), plain, fullNamesBySurname);
            keyOf[term] = key;
            if (!display.TryGetValue(key, out string? shown) || IsFuller(term, shown))
            {
                display[key] = term;
            }
        }

        return new TopicTerms(keyOf.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), display.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The normal form of a term or of a requested topic word (<c>Republicans</c> → <c>republican</c>).</summary>
    public string Key(string term) =>
        _keyOf.TryGetValue(term, out string? key) ? key : KeyOf(Plain(term), [], new Dictionary<string, List<string>>());

    /// <summary>How the topic of <paramref name="key"/> is shown: the fullest form seen.</summary>
    public string Display(string key) => _display.TryGetValue(key, out string? shown) ? shown : key;

    /// <summary>
    /// The keys of speakers' names and of every word of them, which are never their own topics:
    /// <c>Ted Cruz</c> rules out <c>ted cruz</c> and <c>cruz</c>.
    /// </summary>
    public HashSet<string> NameKeys(IEnumerable<string> names)
    {
        HashSet<string> keys = new(StringComparer.Ordinal);
        foreach (string name in names)
        {
            keys.Add(Key(name));
            foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                keys.Add(Key(word));
            }
        }

        return keys;
    }

    private static string KeyOf(string plain, HashSet<string> known, Dictionary<string, List<string>> fullNamesBySurname)
    {
        if (Countries.TryGetValue(plain, out string? country))
        {
            return country.ToLowerInvariant();
        }

        if (!plain.Contains(' ', StringComparison.Ordinal) && fullNamesBySurname.TryGetValue(plain, out List<string>? names) && names.Count == 1)
        {
            return names[0];
        }

        string singular = Singular(plain);
        return singular != plain && (known.Contains(singular) || known.Count == 0) ? singular : plain;
    }

    // Lower case, single spaces, middle initials out: "Donald J. Trump" → "donald trump".
    private static string Plain(string term)
    {
        string[] words = term.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Where((w, i) => !(w.Length <= 2 && w.EndsWith('.') && i > 0 && i < words.Length - 1)));
    }

    // "republicans" → "republican", "taxes" → "tax", "policies" → "policy"; "boss", "us" stay.
    private static string Singular(string plain)
    {
        if (plain.Length <= 3 || !plain.EndsWith('s') || plain.EndsWith("ss", StringComparison.Ordinal))
        {
            return plain;
        }

        return plain.EndsWith("ies", StringComparison.Ordinal) ? plain[..^3] + "y"
            : plain.EndsWith("xes", StringComparison.Ordinal) || plain.EndsWith("ches", StringComparison.Ordinal) ? plain[..^2]
            : plain[..^1];
    }

    private static bool IsFuller(string candidate, string current) =>
        candidate.Split(' ').Length != current.Split(' ').Length
            ? candidate.Split(' ').Length > current.Split(' ').Length
            : candidate.Length < current.Length;
}
