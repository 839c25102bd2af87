using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>A headline that names its speaker before a colon.</summary>
/// <example>Lavrov: Only Syria has asked for Russian military support → Lavrov</example>
public sealed class HeadlineColonSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "headline-colon";

    /// <inheritdoc/>
    public string Evidence => "a headline that names its speaker before a colon";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        return statement.IsReportedClause && statement.Cue is { } cue && cue.Kind == CueKind.Headline
            ? CueEvidence.OwnSpeaker(index, cue, Name, 0.8)
            : null;
    }
}
