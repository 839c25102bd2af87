namespace QuoteAttribution.Entities;

/// <summary>The role and affiliation read from the words before a name (or from a whole description).</summary>
/// <param name="Role">The role phrase as written (<c>military analyst</c>), or empty.</param>
/// <param name="RoleHead">The lower-case head noun of the role (<c>analyst</c>), or empty.</param>
/// <param name="Affiliation">The country or body (<c>Iraq</c>, <c>Chinese foreign ministry</c>), or empty.</param>
/// <param name="TakesTitle">True when the role phrase runs on into the title word (<c>... Interior Ministry spokesman</c>).</param>
internal readonly record struct RolePhrase(string Role, string RoleHead, string Affiliation, bool TakesTitle)
{
    /// <summary>No role, no affiliation.</summary>
    public static RolePhrase None { get; } = new("", "", "", false);
}
