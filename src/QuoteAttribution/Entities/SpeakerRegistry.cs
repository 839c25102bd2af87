namespace QuoteAttribution.Entities;

/// <summary>
/// Gives every speaker of a run one <c>speaker_id</c> across articles. Feed it every record with
/// <see cref="Register(string, string, SpeakerType, string, string)"/> first (the records of one article
/// together), then ask <see cref="IdFor(string, string, SpeakerType, string, string)"/>. The answer
/// depends only on what was registered, never on the order of the articles or on thread timing; the
/// type is not thread-safe and is meant for the single-threaded writing stage.
/// </summary>
/// <remarks>
/// Decisions: a full name keeps its own slug, without titles, party words before it
/// (<c>Republican Ana Soto</c>) and middle initials (<c>Ana J. Soto</c> is <c>ana-soto</c>, unless another
/// middle initial is written with the same first and last name: <c>Ana B. Soto</c> and <c>Ana J. Soto</c>
/// stay apart); a middle name joins the same name written without it (<c>Ana Maria Soto</c> with
/// <c>Ana Soto</c>). A description in place of a name (<c>Wisconsin Republican</c>) gets no id. A bare
/// surname (see <see cref="SurnameChoice"/>) joins, in its own article, the one full name of that
/// surname quoted there (the article left it apart because it also names a namesake); elsewhere the one
/// full name of the run with that surname; when several share it, the one whose roles and affiliations
/// hold every word of the surname's own, else the one with at least four fifths of their statements.
/// A surname whose role names a position the full name never held (<c>Prime Minister</c> against a
/// <c>party leader</c>) does not join it. Otherwise it stays itself (<c>soto</c>): a genuinely ambiguous
/// surname is not guessed. Organisations get the slug of their description without <c>the</c>
/// (<c>russian-defense-ministry</c>). Anonymous sources, groups and unknown speakers get an empty id:
/// <c>a military source</c> in two articles is not known to be one speaker.
/// </remarks>
public sealed class SpeakerRegistry
{
    // A headline taken for a name ("Why Voters Still Like Ana Soto") is longer than this; its last two
    // words may still be a name the run knows.
    private const int MaxNameWords = 4;

    private readonly SurnameChoice _surnames = new();

    // first-and-last key -> the distinct middle parts written with it ("" for none, "J." for "Donald J. Trump").
    private readonly Dictionary<string, SortedSet<string>> _middles = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="name"/> speaks somewhere in the run.</summary>
    public void Register(string name, SpeakerType type) => Register("", name, type, "", "");

    /// <summary>Records one statement of <paramref name="name"/>, with the role and affiliation it was given.</summary>
    public void Register(string name, SpeakerType type, string role, string affiliation) => Register("", name, type, role, affiliation);

    /// <summary>
    /// Records one statement of <paramref name="name"/> in <paramref name="article"/>, with the role and
    /// affiliation it was given. The records of one article are registered one after another.
    /// </summary>
    public void Register(string article, string name, SpeakerType type, string role, string affiliation)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(name);
        if (type != SpeakerType.Person)
        {
            return;
        }

        RegisteredName person = RegisteredName.Of(name);
        if (person.Words == 1)
        {
            _surnames.AddSurname(article, SpeakerIds.Slug(person.Bare));
            return;
        }

        if (person.Words < 2 || person.Words > MaxNameWords || RegisteredName.IsDescription(person.Bare))
        {
            return;
        }

        if (!_middles.TryGetValue(person.FirstLast, out SortedSet<string>? middles))
        {
            middles = new SortedSet<string>(StringComparer.Ordinal);
            _middles.Add(person.FirstLast, middles);
        }

        middles.Add(person.Middle);
        _surnames.AddFullName(article, person.FirstLast, person.Bare, PersonNames.SurnameKeys(person.Bare), role, affiliation);
    }

    /// <summary>The id of the speaker <paramref name="name"/> of type <paramref name="type"/>; empty when it has none.</summary>
    /// <example><c>IdFor("Lavrov", Person)</c> after <c>Register("Sergei Lavrov", Person)</c> → <c>sergei-lavrov</c></example>
    public string IdFor(string name, SpeakerType type) => IdFor("", name, type, "", "");

    /// <summary>The id of <paramref name="name"/>, a bare surname placed by its role and affiliation.</summary>
    public string IdFor(string name, SpeakerType type, string role, string affiliation) => IdFor("", name, type, role, affiliation);

    /// <summary>
    /// The id of <paramref name="name"/> as written in <paramref name="article"/>; a bare surname goes to the
    /// full name it most plausibly means (see the remarks on <see cref="SpeakerRegistry"/>), else stays itself.
    /// </summary>
    /// <example><c>IdFor("a", "Soto", Person, "former Mayor", "")</c> with Ana Soto (nominee) and Ben Soto
    /// (former Mayor) registered → <c>ben-soto</c></example>
    public string IdFor(string article, string name, SpeakerType type, string role, string affiliation)
    {
        ArgumentNullException.ThrowIfNull(article);
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

        RegisteredName person = RegisteredName.Of(name);
        if (RegisteredName.IsDescription(person.Bare))
        {
            return "";
        }

        if (HeadlineTail(person) is { } tail)
        {
            return tail;
        }

        if (person.Words > MaxNameWords)
        {
            return SpeakerIds.Slug(person.Bare);
        }

        if (person.Words >= 2)
        {
            return FullNameId(person);
        }

        string slug = SpeakerIds.Slug(person.Bare);

        // The chosen key is a registered full name: its id is taken from it directly, never by asking again
        // (a second lookup of a key that parses as a bare surname would ask forever).
        return _surnames.Choose(article, slug, role, affiliation) is { } chosen && ChosenId(chosen) is { } id ? id : slug;
    }

    // A headline taken for a name ("Why Voters Trust Ana Soto", "Offensive Things Ana Soto") ends in a name
    // the run knows, written plainly, after words that are no first name: the id of that name.
    private string? HeadlineTail(RegisteredName person)
    {
        if (person.Words < 3 || person.MiddleIsInitials)
        {
            return null;
        }

        string[] words = person.Bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string tail = string.Join(' ', words[^2..]);
        bool known = _middles.TryGetValue(tail, out SortedSet<string>? written) && written.Contains("");
        return known && (person.Words > MaxNameWords || !EntityLexicons.FirstNames.ContainsKey(words[0])) ? KeyId(tail) : null;
    }

    // A middle part does not split a person: initials unless two different ones share first and last name,
    // a middle name when the person is also written without it.
    private string FullNameId(RegisteredName person)
    {
        if (person.Middle.Length == 0)
        {
            return KeyId(person.FirstLast);
        }

        int middles = _middles.TryGetValue(person.FirstLast, out SortedSet<string>? written) ? written.Count(m => m.Length > 0) : 1;
        return middles <= 1 ? KeyId(person.FirstLast) : SpeakerIds.Slug(person.Bare);
    }

    // The id of the full name a surname was given: as an article wrote it, or a key of the run, unless the key
    // stands for namesakes told apart by their middle initials ("Bush" for George H.W. and George W. Bush).
    private string? ChosenId(string fullName)
    {
        RegisteredName chosen = RegisteredName.Of(fullName);
        if (HeadlineTail(chosen) is { } tail)
        {
            // The article's "full name" is a headline ending in a name: the surname means that name.
            return tail;
        }

        return chosen.Middle.Length > 0 || !_middles.TryGetValue(chosen.FirstLast, out SortedSet<string>? written) || written.Count(m => m.Length > 0) <= 1
            ? FullNameId(chosen)
            : null;
    }

    // The id of a first-and-last key: the key's slug, or the full name when the person is only ever written
    // with one middle name ("Recep Tayyip Erdogan" for "Recep Erdogan").
    private string KeyId(string firstLast)
    {
        if (_middles.TryGetValue(firstLast, out SortedSet<string>? written) && !written.Contains("") && written.Count == 1
            && !new RegisteredName("", firstLast, written.Min!, 3).MiddleIsInitials)
        {
            string[] words = firstLast.Split(' ');
            return SpeakerIds.Slug($"{words[0]} {written.Min} {string.Join(' ', words[1..])}");
        }

        return SpeakerIds.Slug(firstLast);
    }

    private static string WithoutThe(string description)
    {
        string trimmed = description.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }
}
