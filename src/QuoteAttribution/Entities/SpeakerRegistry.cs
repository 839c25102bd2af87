
namespace QuoteAttribution.Entities;

/// <summary>
/// Gives every speaker of a run one <c>speaker_id</c> across articles. Feed it every record's speaker
/// with <see cref="Register"/> first, then ask <see cref="IdFor"/>: a surname alone (<c>Lavrov</c>) takes the
/// id of the one full name with that surname anywhere in the run, earlier or later. The answer depends
/// only on the set of names registered, never on their order or on thread timing; the type is not
/// thread-safe and is meant for the single-threaded writing stage.
/// </summary>
/// <remarks>
/// Decisions: a full name (two words or more) keeps its own slug; two full names sharing a surname
/// (<c>Rupert Jones</c>, <c>Stuart Jones</c>) stay distinct and a bare <c>Jones</c> then stays <c>jones</c>.
/// Organisations get the slug of their description without <c>the</c> (<c>russian-defense-ministry</c>).
/// Anonymous sources, groups and unknown speakers get an empty id: <c>a military source</c> in two
/// articles is not known to be one speaker, and one id would merge them in speaker counts.
/// </remarks>
public sealed class SpeakerRegistry
{
    // surname key -> distinct full-name slugs with that surname, kept sorted for determinism.
    private readonly Dictionary<string, SortedSet<string>> _fullNamesBySurname = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="name"/> speaks somewhere in the run.</summary>
    public void Register(string name, SpeakerType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (type != SpeakerType.Person)
        {
            return;
        }

        string bare = PersonNames.StripTitles(name);
        if (PersonNames.WordCount(bare) < 2)
        {
            return;
        }

        string slug = SpeakerIds.Slug(bare);
        foreach (string key in PersonNames.SurnameKeys(bare))
        {
            if (!_fullNamesBySurname.TryGetValue(key, out SortedSet<string>? slugs))
            {
                slugs = new SortedSet<string>(StringComparer.Ordinal);
                _fullNamesBySurname.Add(key, slugs);
            }

            slugs.Add(slug);
        }
    }

    /// <summary>The id of the speaker <paramref name="name"/> of type <paramref name="type"/>; empty when it has none.</summary>
    /// <example><c>IdFor("Lavrov", Person)</c> after <c>Register("Sergei Lavrov", Person)</c> → <c>sergei-lavrov</c></example>
    public string IdFor(string name, SpeakerType type)
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

        string bare = PersonNames.StripTitles(name);
        string slug = SpeakerIds.Slug(bare);
        if (PersonNames.WordCount(bare) != 1)
        {
            return slug;
        }

        return _fullNamesBySurname.TryGetValue(slug, out SortedSet<string>? fullNames) && fullNames.Count == 1
            ? fullNames.Min!
            : slug;
    }

    private static string WithoutThe(string description)
    {
        string trimmed = description.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }
}
