
namespace QuoteAttribution.Entities;

/// <summary>
/// Gives every speaker of a run one <c>speaker_id</c> across articles. Feed it every record with
/// <see cref="Register(string, SpeakerType, string, string)"/> first, then ask
/// <see cref="IdFor(string, SpeakerType, string, string)"/>. The answer depends only on what was
/// registered, never on the order or on thread timing; the type is not thread-safe and is meant for the
/// single-threaded writing stage.
/// </summary>
/// <remarks>
/// Decisions: a full name keeps its own slug, without titles, party words before it
/// (<c>Republican Ana Soto</c>) and middle initials (<c>Ana J. Soto</c> is <c>ana-soto</c>, unless another
/// middle initial is written with the same first and last name: <c>Ana B. Soto</c> and <c>Ana J. Soto</c>
/// stay apart). A bare surname takes the id of the one full name with that surname; when several share it,
/// the one whose roles and affiliations hold every word of the surname's own role and affiliation
/// (<c>Soto</c>, <c>former Mayor</c> → the Soto once called former Mayor), else the one with at least
/// four fifths of their statements, else it stays itself (<c>soto</c>): a genuinely ambiguous surname is
/// not guessed. Organisations get the slug of their description without <c>the</c>
/// (<c>russian-defense-ministry</c>). Anonymous sources, groups and unknown speakers get an empty id:
/// <c>a military source</c> in two articles is not known to be one speaker.
/// </remarks>
public sealed class SpeakerRegistry
{
    // A surname joins the full name that holds at least this share of the statements of all full names
    // with that surname ("Clinton" with no other clue → the Clinton quoted four times in five).
    private const double DominantShare = 0.8;

    // surname key -> full-name keys with that surname and their statement counts, sorted for determinism.
    private readonly Dictionary<string, SortedDictionary<string, int>> _fullNamesBySurname = new(StringComparer.Ordinal);

    // full-name key -> the lower-case words of the roles and affiliations registered with it.
    private readonly Dictionary<string, HashSet<string>> _descriptions = new(StringComparer.Ordinal);

    // first-and-last key -> the distinct middle parts written with it ("J." for "Donald J. Trump").
    private readonly Dictionary<string, SortedSet<string>> _middles = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="name"/> speaks somewhere in the run.</summary>
    public void Register(string name, SpeakerType type) => Register(name, type, "", "");

    /// <summary>Records one statement of <paramref name="name"/>, with the role and affiliation it was given.</summary>
    public void Register(string name, SpeakerType type, string role, string affiliation)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (type != SpeakerType.Person)
        {
            return;
        }

        PersonName person = PersonName.Of(name);
        if (person.Words < 2)
        {
            return;
        }

        if (!_middles.TryGetValue(person.FirstLast, out SortedSet<string>? middles))
        {
            middles = new SortedSet<string>(StringComparer.Ordinal);
            _middles.Add(person.FirstLast, middles);
        }

        middles.Add(person.Middle);
        foreach (string key in PersonNames.SurnameKeys(person.Bare))
        {
            if (!_fullNamesBySurname.TryGetValue(key, out SortedDictionary<string, int>? names))
            {
                names = new SortedDictionary<string, int>(StringComparer.Ordinal);
                _fullNamesBySurname.Add(key, names);
            }

            names[person.FirstLast] = names.GetValueOrDefault(person.FirstLast) + 1;
        }

        if (!_descriptions.TryGetValue(person.FirstLast, out HashSet<string>? words))
        {
            words = new HashSet<string>(StringComparer.Ordinal);
            _descriptions.Add(person.FirstLast, words);
        }

        words.UnionWith(DescriptionWords(role, affiliation));
    }

    /// <summary>The id of the speaker <paramref name="name"/> of type <paramref name="type"/>; empty when it has none.</summary>
    /// <example><c>IdFor("Lavrov", Person)</c> after <c>Register("Sergei Lavrov", Person)</c> → <c>sergei-lavrov</c></example>
    public string IdFor(string name, SpeakerType type) => IdFor(name, type, "", "");

    /// <summary>
    /// The id of <paramref name="name"/>; a bare surname shared by several full names goes to the one whose
    /// registered roles and affiliations hold every word of <paramref name="role"/> and
    /// <paramref name="affiliation"/> ("Clinton", "former President"), else to the one that holds nearly
    /// all statements, else it stays itself.
    /// </summary>
    public string IdFor(string name, SpeakerType type, string role, string affiliation)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (type)
        {
            case SpeakerType.Organization:
                return SpeakerIds.Slug(WithoutThe(name));
            case SpeakerType.Person:
                break;
            default:
                return "";
        }

        PersonName person = PersonName.Of(name);
        if (person.Words >= 2)
        {
            return FullNameId(person);
        }

        string slug = SpeakerIds.Slug(person.Bare);
        if (!_fullNamesBySurname.TryGetValue(slug, out SortedDictionary<string, int>? fullNames))
        {
            return slug;
        }

        // The chosen key is a registered full name: its id is taken from it directly, never by asking again
        // (a second lookup of a key that parses as a bare surname would ask forever).
        return ChooseFullName(fullNames, DescriptionWords(role, affiliation)) is { } chosen ? FullNameId(PersonName.Of(chosen)) : slug;
    }

    // A middle initial does not split a person, unless two different ones share first and last name.
    private string FullNameId(PersonName person)
    {
        bool oneMiddle = !_middles.TryGetValue(person.FirstLast, out SortedSet<string>? middles) || middles.Count(m => m.Length > 0) <= 1;
        return SpeakerIds.Slug(oneMiddle ? person.FirstLast : person.Bare);
    }

    private string? ChooseFullName(SortedDictionary<string, int> fullNames, HashSet<string> clues)
    {
        if (fullNames.Count == 1)
        {
            return fullNames.Keys.First();
        }

        if (clues.Count > 0)
        {
            string[] fitting = [.. fullNames.Keys.Where(n => _descriptions.TryGetValue(n, out HashSet<string>? words) && words.IsSupersetOf(clues))];
            if (fitting.Length == 1)
            {
                return fitting[0];
            }
        }

        int total = fullNames.Values.Sum();
        KeyValuePair<string, int> top = fullNames.MaxBy(kv => kv.Value);
        return top.Value >= DominantShare * total ? top.Key : null;
    }

    private static HashSet<string> DescriptionWords(string role, string affiliation) =>
        [.. (role + " " + affiliation).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ','))];

    private static string WithoutThe(string description)
    {
        string trimmed = description.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }

    /// <summary>A person's name as written, taken apart: without titles, and its first and last words.</summary>
    private readonly record struct PersonName(string Bare, string FirstLast, string Middle, int Words)
    {
        public static PersonName Of(string name)
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

            words = words[first..];
            bare = string.Join(' ', words);
            if (first > 0)
            {
                // A title can follow the party word ("Republican Senator Ana Soto"): the name is what is left
                // without both, so that a name's own key parses back to itself.
                return Of(bare);
            }

            int count = PersonNames.WordCount(bare);
            if (count < 3)
            {
                return new PersonName(bare, bare, "", count);
            }

            int last = words.Length - 1;
            last -= last > 1 && EntityLexicons.NameSuffixes.Contains(words[last]) ? 1 : 0;
            string middle = string.Join(' ', words[1..last]);
            bool initials = words[1..last].All(w => w.Length <= 5 && w.EndsWith('.'));
            return initials
                ? new PersonName(bare, string.Join(' ', words.Where((_, i) => i == 0 || i >= last)), middle, count)
                : new PersonName(bare, bare, "", count);
        }
    }
}
