using QuoteAttribution.Entities;

namespace QuoteAttribution.Archive;

/// <summary>
/// One row of the <c>speakers</c> table while an index run decides identities: the id (never changed once
/// given), the fullest name seen, and the evidence later mentions are weighed against.
/// </summary>
internal sealed class ArchivedSpeaker(string id, string name, string type, string firstName)
{
    // Enough to tell namesakes apart; a long-serving official's every phrasing is not needed.
    private const int MaxEvidence = 24;

    public string Id { get; } = id;

    public string Name { get; private set; } = name;

    public string Type { get; } = type;

    /// <summary>Slug of the first name; empty while only a surname is known.</summary>
    public string FirstName { get; private set; } = firstName;

    public SortedSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public SortedSet<string> Affiliations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The slug keys of the surname, for persons (see <see cref="PersonNames.SurnameKeys"/>).</summary>
    public IEnumerable<string> SurnameKeys => Type == "person" ? PersonNames.SurnameKeys(Name) : [];

    /// <summary>True when both have affiliations and none is shared: evidence of two different people.</summary>
    public bool ConflictsWith(string affiliation) =>
        affiliation.Length > 0 && Affiliations.Count > 0 && !Affiliations.Contains(affiliation);

    /// <summary>True when the role or affiliation was seen with this speaker before.</summary>
    public bool Supports(string role, string affiliation) =>
        (role.Length > 0 && Roles.Contains(role)) || (affiliation.Length > 0 && Affiliations.Contains(affiliation));

    /// <summary>Takes a fuller name and first name (a bare surname speaker learning who it is); never the id.</summary>
    public void Learn(string bareName, string firstName)
    {
        if (PersonNames.WordCount(bareName) > PersonNames.WordCount(Name))
        {
            Name = bareName;
        }

        if (FirstName.Length == 0)
        {
            FirstName = firstName;
        }
    }

    /// <summary>Adds a role and affiliation seen with this speaker; returns true when something was new.</summary>
    public bool AddEvidence(string role, string affiliation)
    {
        bool changed = false;
        if (role.Length > 0 && Roles.Count < MaxEvidence)
        {
            changed |= Roles.Add(role);
        }

        if (affiliation.Length > 0 && Affiliations.Count < MaxEvidence)
        {
            changed |= Affiliations.Add(affiliation);
        }

        return changed;
    }
}
