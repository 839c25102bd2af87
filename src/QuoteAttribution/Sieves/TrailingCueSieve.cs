using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>The cue follows the quote: its speaker speaks, or the subject a participle shares.</summary>
/// <example>"We will not back down," said Mayor Jane Smith. → Jane Smith</example>
public sealed class TrailingCueSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "trailing-cue";

    /// <inheritdoc/>
    public string Evidence => "a cue after the quote";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        return statement.Position == CuePosition.After && statement.Cue is { } cue
            ? CueEvidence.QuoteBesideCue(index, cue, context, Name, 0.95)
            : null;
    }
}
