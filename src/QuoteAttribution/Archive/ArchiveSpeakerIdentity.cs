using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Archive;

/// <summary>
/// The one place that decides which archive-wide <c>speaker_id</c> a record's speaker gets: one id per
/// person across the archive, and ids that never change once records use them. A run-wide identity
/// (one id per person within a run) can sit behind <see cref="IdFor"/> later; the archive's stability
/// rules (first id wins, joins recorded as aliases) stay here.
/// </summary>
/// <remarks>
/// Decisions, in order, for a person:
/// a full name that is already an id or an alias keeps it; a full name joins the speaker with the same
/// first name and surname, or else the archive's only speaker of that surname when that one has no
/// first name yet (the archive knows one Lavrov); either join is recorded as an alias of its own slug.
/// Two different middle parts (<c>George H.W. Bush</c>, <c>George W. Bush</c>) keep two people apart.
/// A bare surname joins the archive's only speaker of that surname, else the one whose roles or
/// affiliations match, else the unplaced speaker of that surname. Different affiliations keep two
/// people apart. Anything else gets a new id: its slug, or the slug with <c>-2</c>, <c>-3</c>… when taken.
/// Organisations are keyed by their description without <c>the</c>; anonymous sources, groups and
/// unknown speakers get no id (two "a military source" are not known to be one speaker).
/// </remarks>
internal sealed class ArchiveSpeakerIdentity
{
    private readonly Dictionary<string, ArchivedSpeaker> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ArchivedSpeaker>> _bySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly List<SpeakerAlias> _newAliases = [];

    /// <summary>Speakers added or changed since <see cref="TakeChanges"/> was last called.</summary>
    public bool HasChanges => _changed.Count > 0 || _newAliases.Count > 0;

    /// <summary>Adds a speaker as stored in the archive (while loading).</summary>
    public void Load(ArchivedSpeaker speaker)
    {
        _byId.Add(speaker.Id, speaker);
        IndexSurnames(speaker);
    }

    /// <summary>Adds an alias as stored in the archive (while loading).</summary>
    public void Load(SpeakerAlias alias) => _aliases[alias.Alias] = alias.SpeakerId;

    /// <summary>
    /// The archive-wide ids of one article's records, in order. Full names are placed first, so a bare
    /// surname early in the article finds the full name the article gives later.
    /// </summary>
    public string[] IdsFor(IReadOnlyList<QuoteRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        string[] ids = new string[records.Count];
        bool[] isFullName = [.. records.Select(IsFullName)];
        foreach (bool fullNames in (bool[])[true, false])
        {
            for (int i = 0; i < records.Count; i++)
            {
                if (isFullName[i] == fullNames)
                {
                    ids[i] = IdFor(records[i]);
                }
            }
        }

        return ids;
    }

    /// <summary>The archive-wide id of <paramref name="record"/>'s speaker; empty when the speaker gets none.</summary>
    public string IdFor(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArchivedSpeaker? speaker = record.SpeakerType switch
        {
            SpeakerType.Person => Person(record),
            SpeakerType.Organization => Organization(record.Speaker),
            _ => null,
        };
        if (speaker is null)
        {
            return "";
        }

        if (speaker.AddEvidence(record.Role, record.Affiliation))
        {
            _changed.Add(speaker.Id);
        }

        return speaker.Id;
    }

    /// <summary>The speakers and aliases to write since the last call, and forgets them.</summary>
    public (IReadOnlyList<ArchivedSpeaker> Speakers, IReadOnlyList<SpeakerAlias> Aliases) TakeChanges()
    {
        ArchivedSpeaker[] speakers = [.. _changed.Order(StringComparer.Ordinal).Select(id => _byId[id])];
        SpeakerAlias[] aliases = [.. _newAliases];
        _changed.Clear();
        _newAliases.Clear();
        return (speakers, aliases);
    }

    private static bool IsFullName(QuoteRecord record) =>
        record.SpeakerType == SpeakerType.Person && PersonNames.WordCount(RegisteredName.Of(record.Speaker).Bare) >= 2;

    private ArchivedSpeaker? Person(QuoteRecord record)
    {
        // Without titles and the party words before the name ("Republican Ana Soto" is Ana Soto); a
        // description in place of a name ("Wisconsin Republican") is no one the archive can keep apart.
        string bare = RegisteredName.Of(record.Speaker).Bare;
        string slug = SpeakerIds.Slug(bare);
        if (slug.Length == 0 || RegisteredName.IsDescription(bare))
        {
            return null;
        }

        return PersonNames.WordCount(bare) >= 2
            ? FullName(bare, slug, record.Affiliation)
            : Surname(bare, slug, record.Role, record.Affiliation);
    }

    private ArchivedSpeaker FullName(string bare, string slug, string affiliation)
    {
        if (Known(slug) is { Type: "person" } known)
        {
            return known;
        }

        string first = PersonNames.FirstWordKey(bare);
        List<ArchivedSpeaker> candidates = [.. Candidates(bare, affiliation).Where(c => !OtherMiddle(c.Name, bare))];
        ArchivedSpeaker[] sameFirst = [.. candidates.Where(c => c.FirstName == first)];
        ArchivedSpeaker? joined = sameFirst.Length == 1 ? sameFirst[0]
            : candidates is [{ FirstName.Length: 0 } only] ? only
            : null;
        if (joined is null)
        {
            return Mint(slug, bare, "person", first);
        }

        joined.Learn(bare, first);
        IndexSurnames(joined);
        _changed.Add(joined.Id);
        _aliases[slug] = joined.Id;
        _newAliases.Add(new SpeakerAlias(slug, joined.Id, $"'{bare}' joined '{joined.Id}': {(sameFirst.Length == 1 ? "same first name and surname" : "the archive's only speaker of that surname")}"));
        return joined;
    }

    private ArchivedSpeaker Surname(string bare, string slug, string role, string affiliation)
    {
        List<ArchivedSpeaker> candidates = Candidates(bare, affiliation);
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        ArchivedSpeaker[] supported = [.. candidates.Where(c => c.Supports(role, affiliation))];
        if (supported.Length == 1)
        {
            return supported[0];
        }

        // A surname the archive cannot place among several namesakes has a speaker of its own.
        return candidates.FirstOrDefault(c => c.FirstName.Length == 0) ?? Mint(slug, bare, "person", "");
    }

    private ArchivedSpeaker Organization(string description)
    {
        string trimmed = description.Trim();
        string name = trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
        string slug = SpeakerIds.Slug(name);
        if (slug.Length == 0)
        {
            return Mint("organization", name, "organization", "");
        }

        return Known(slug) is { Type: "organization" } known ? known : Mint(slug, name, "organization", "");
    }

    // Two different middle parts with one first name and surname are two people ("George H.W. Bush" and
    // "George W. Bush"); a name written without one can be either.
    private static bool OtherMiddle(string known, string bare)
    {
        string a = RegisteredName.Of(known).Middle, b = RegisteredName.Of(bare).Middle;
        return a.Length > 0 && b.Length > 0 && !string.Equals(SpeakerIds.Slug(a), SpeakerIds.Slug(b), StringComparison.Ordinal);
    }

    /// <summary>The persons of the archive who share a surname key with <paramref name="bare"/> and no conflicting affiliation.</summary>
    private List<ArchivedSpeaker> Candidates(string bare, string affiliation)
    {
        List<ArchivedSpeaker> found = [];
        foreach (string key in PersonNames.SurnameKeys(bare))
        {
            if (_bySurname.TryGetValue(key, out List<ArchivedSpeaker>? list))
            {
                found.AddRange(list.Where(c => !c.ConflictsWith(affiliation) && !found.Contains(c)));
            }
        }

        return found;
    }

    private ArchivedSpeaker? Known(string slug) =>
        _byId.TryGetValue(_aliases.GetValueOrDefault(slug, slug), out ArchivedSpeaker? speaker) ? speaker : null;

    private ArchivedSpeaker Mint(string slug, string name, string type, string firstName)
    {
        string id = slug;
        for (int n = 2; _byId.ContainsKey(id) || _aliases.ContainsKey(id); n++)
        {
            id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        ArchivedSpeaker speaker = new(id, name, type, firstName);
        _byId.Add(id, speaker);
        IndexSurnames(speaker);
        _changed.Add(id);
        if (id != slug && type == "organization")
        {
            // An organisation whose slug a person already holds is found again by its slug.
            _aliases[slug] = id;
            _newAliases.Add(new SpeakerAlias(slug, id, $"'{name}': its slug belongs to another speaker"));
        }

        return speaker;
    }

    private void IndexSurnames(ArchivedSpeaker speaker)
    {
        foreach (string key in speaker.SurnameKeys)
        {
            if (!_bySurname.TryGetValue(key, out List<ArchivedSpeaker>? list))
            {
                _bySurname[key] = list = [];
            }

            if (!list.Contains(speaker))
            {
                list.Add(speaker);
            }
        }
    }
}

/// <summary>One row of the <c>aliases</c> table: an id (or a name's slug) that stands for another speaker.</summary>
/// <param name="Alias">The slug that maps to <paramref name="SpeakerId"/>.</param>
/// <param name="SpeakerId">The speaker's archive-wide id.</param>
/// <param name="Reason">Why the two were joined, for people reading the table.</param>
internal sealed record SpeakerAlias(string Alias, string SpeakerId, string Reason);
