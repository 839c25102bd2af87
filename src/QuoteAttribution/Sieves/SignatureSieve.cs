using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>A paragraph signed by its speaker: a pull quote or an embedded post.</summary>
/// <example>We cannot keep rebuilding the wall. Dana Whitlock, Port Alder harbour master → Dana Whitlock</example>
public sealed class SignatureSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "signature";

    /// <inheritdoc/>
    public string Evidence => "a paragraph signed by its speaker";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        return statement.IsReportedClause && statement.Cue is { } cue && cue.Kind == CueKind.Signature
            ? CueEvidence.OwnSpeaker(index, cue, Name, 0.8)
            : null;
    }
}
