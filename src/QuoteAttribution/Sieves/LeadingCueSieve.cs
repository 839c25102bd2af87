using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>The cue comes before the quote: its speaker speaks, or the subject a participle shares.</summary>
/// <example>Jones noted: "They have made a really positive start." → Jones</example>
public sealed class LeadingCueSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "leading-cue";

    /// <inheritdoc/>
    public string Evidence => "a cue before the quote";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        return statement.Position == CuePosition.Before && statement.Cue is { } cue
            ? CueEvidence.QuoteBesideCue(index, cue, context, Name, 0.92)
            : null;
    }
}
