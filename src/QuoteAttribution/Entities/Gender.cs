namespace QuoteAttribution.Entities;

/// <summary>The grammatical gender and number of a mention, used to match pronouns to speakers.</summary>
public enum Gender
{
    /// <summary>Nothing in the mention tells (a surname alone, <c>I</c>, <c>the analyst</c>).</summary>
    Unknown,

    /// <summary>Told by a title (<c>Mr.</c>, <c>spokesman</c>), a first name, or <c>he</c>.</summary>
    Male,

    /// <summary>Told by a title (<c>Ms.</c>, <c>spokeswoman</c>), a first name, or <c>she</c>.</summary>
    Female,

    /// <summary>An organisation or thing: <c>it</c>, <c>the ministry</c>.</summary>
    Neuter,

    /// <summary>More than one: <c>they</c>, <c>we</c>, <c>Rebels</c>.</summary>
    Plural,
}
