using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Compare;

/// <summary>
/// The normalised form of key terms, learnt from every term the compared statements name, so that one
/// topic is one row: case and middle initials ignored (<c>Donald J. Trump</c> = <c>Donald Trump</c>); a
/// plural joins its singular when the corpus has both (<c>Republicans</c> → <c>Republican</c>); a lone
/// surname or first name joins the full name it stands for (<see cref="PersonNameIndex"/>: <c>Trump</c> →
/// <c>Donald Trump</c>; left alone when two full names share it about evenly); a demonym joins its country
/// (<c>Russian</c> → <c>Russia</c>, <c>countries.txt</c>) and short forms their long one
/// (<c>U.S.</c>, <c>America</c> → <c>United States</c>; <c>ISIS</c> → <c>Islamic State</c>;
/// <c>topic-aliases.txt</c>). The shown form is the fullest one seen.
/// </summary>
internal sealed class TopicTerms
{
    private static readonly FrozenDictionary<string, string> Countries = Lexicon.LoadMap("countries.txt");
    private static readonly FrozenDictionary<string, string> Aliases = Lexicon.LoadMap("topic-aliases.txt");
    private static readonly FrozenSet<string> AliasTargets = Aliases.Values.ToFrozenSet(StringComparer.Ordinal);

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
        Dictionary<string, int> mentions = new(StringComparer.OrdinalIgnoreCase);
        foreach (string term in terms)
        {
            mentions[term] = mentions.GetValueOrDefault(term) + 1;
        }

        string[] distinct = [.. mentions.Keys];
        HashSet<string> plain = new(distinct.Select(Plain), StringComparer.Ordinal);
        PersonNameIndex names = PersonNameIndex.Build(mentions.Where(m => IsName(m.Key)).Select(m => (Plain(m.Key), m.Value)));
        Dictionary<string, string> keyOf = new(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string> display = new(StringComparer.Ordinal);
        foreach (string term in distinct)
        {
            string key = KeyOf(Plain(term), plain, IsName(term) ? names : PersonNameIndex.Empty);
            keyOf[term] = key;
            if (!display.TryGetValue(key, out string? shown) || IsBetterDisplay(term, shown, key))
            {
                display[key] = term;
            }
        }

        return new TopicTerms(keyOf.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), display.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The normal form of a term or of a requested topic word (<c>Republicans</c> → <c>republican</c>).</summary>
    public string Key(string term) =>
        _keyOf.TryGetValue(term, out string? key) ? key : KeyOf(Plain(term), [], PersonNameIndex.Empty);

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

    private static string KeyOf(string plain, HashSet<string> known, PersonNameIndex names)
    {
        if (Countries.TryGetValue(plain, out string? country))
        {
            string key = country.ToLowerInvariant();
            return Aliases.TryGetValue(key, out string? alias) ? alias : key;
        }

        if (Aliases.TryGetValue(plain, out string? same))
        {
            return same;
        }

        if (names.FullNameOf(plain) is { } fullName)
        {
            return fullName;
        }

        string singular = Singular(plain);
        if (singular != plain && (Aliases.TryGetValue(singular, out string? singularAlias) || AliasTargets.Contains(singular)))
        {
            // "Republicans" joins the "republican" that "GOP" stands for, even where "Republican" is not written.
            return singularAlias ?? singular;
        }

        return singular != plain && (known.Contains(singular) || known.Count == 0) ? singular : plain;
    }

    // Names are capitalised; a noun phrase ("money", "trade deal") is written in lower case and never
    // stands for a full name ("money" is not short for "Lot of Money").
    private static bool IsName(string term) => term.Any(char.IsUpper);

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

    // The form that spells the key itself ("Republican", not "GOP"; "United States", not "U.S."), then the fullest.
    private static bool IsBetterDisplay(string candidate, string current, string key)
    {
        int rank = DisplayRank(candidate, key), currentRank = DisplayRank(current, key);
        return rank != currentRank ? rank > currentRank : IsFuller(candidate, current);
    }

    private static int DisplayRank(string term, string key) =>
        Plain(term) == key ? 2 : Singular(Plain(term)) == key ? 1 : 0;

    private static bool IsFuller(string candidate, string current) =>
        candidate.Split(' ').Length != current.Split(' ').Length
            ? candidate.Split(' ').Length > current.Split(' ').Length
            : candidate.Length < current.Length;
}
