
namespace QuoteAttribution.Entities;

/// <summary>
/// A speaker mention taken apart: who is named, as what, for whom. Produced by
/// <see cref="MentionParser"/>; every string is empty, never null, when the mention does not say it.
/// </summary>
public sealed record ParsedMention
{
    /// <summary>An empty mention: nothing named, type unknown.</summary>
    public static ParsedMention Empty { get; } = new();

    /// <summary>The personal name as written, titles removed (<c>Sergei Lavrov</c>, <c>Haidar al Abadi</c>).</summary>
    public string Name { get; init; } = "";

    /// <summary>The title or honorific written right before the name (<c>Colonel</c>, <c>Mr.</c>).</summary>
    public string Title { get; init; } = "";

    /// <summary>
    /// The position (<c>Foreign Minister</c>, <c>spokesman</c>): the role phrase of the mention or its
    /// appositive, else the title when it is a rank or office (never an honorific such as <c>Mr.</c>).
    /// </summary>
    public string Role { get; init; } = "";

    /// <summary>
    /// The lower-case head noun of <see cref="Role"/> with abbreviations expanded (<c>general</c> for
    /// <c>Maj. Gen.</c>, <c>chief</c> for <c>army chief of staff</c>), for matching nominal mentions.
    /// </summary>
    public string RoleHead { get; init; } = "";

    /// <summary>
    /// The country or organisation the role belongs to. A demonym becomes its country (<c>Chinese</c> →
    /// <c>China</c>); anything else is kept as written (<c>U.S.</c>, <c>Chinese foreign ministry</c>).
    /// </summary>
    public string Affiliation { get; init; } = "";

    /// <summary>
    /// The mention as a description, for speakers without a name: a leading <c>the</c> removed
    /// (<c>Russian defense ministry</c>), other determiners kept (<c>a military source</c>).
    /// </summary>
    public string Description { get; init; } = "";

    /// <summary>Person, organisation, anonymous source, group, or unknown.</summary>
    public SpeakerType Type { get; init; } = SpeakerType.Unknown;

    /// <summary>Gender and number, for pronoun matching.</summary>
    public Gender Gender { get; init; } = Gender.Unknown;

    /// <summary>True for <c>he</c>, <c>she</c>, <c>they</c>, <c>I</c>, <c>we</c>, <c>it</c>.</summary>
    public bool IsPronoun { get; init; }

    /// <summary>
    /// True for a definite description of a person named elsewhere (<c>the spokesman</c>, <c>the Maj.
    /// Gen.</c>, <c>The senior Syrian military officer</c>): type person, no name, a role to match.
    /// </summary>
    public bool IsNominal { get; init; }

    /// <summary>
    /// What the record's <c>speaker</c> field shows before coreference: the name for people, the
    /// description for organisations, anonymous sources and groups, else empty.
    /// </summary>
    public string Speaker => Type switch
    {
        SpeakerType.Person => Name,
        SpeakerType.Organization or SpeakerType.Anonymous or SpeakerType.Group => Description,
        _ => "",
    };
}
