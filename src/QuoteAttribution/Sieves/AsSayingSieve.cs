using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>The speaker is the object of <c>quoted ... as saying</c>.</summary>
/// <example>Al Hayat quoted a U.S. official as saying that "airstrikes would continue". → a U.S. official</example>
public sealed class AsSayingSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "as-saying";

    /// <inheritdoc/>
    public string Evidence => "a 'quoted X as saying' clause";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        return statement.IsReportedClause && statement.Cue is { } cue && cue.Kind == CueKind.AsSaying
            ? CueEvidence.OwnSpeaker(index, cue, Name, 0.85)
            : null;
    }
}
