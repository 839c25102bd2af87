using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>The speaker follows <c>according to</c>, the source the words are credited to.</summary>
/// <example>They are facing "heavy resistance" in Raqqa, according to Jones. → Jones</example>
public sealed class AccordingToSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "according-to";

    /// <inheritdoc/>
    public string Evidence => "an 'according to' source of the words";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        return statement.Position == CuePosition.Source && statement.Cue is { } cue
            ? CueEvidence.OwnSpeaker(index, cue, Name, 0.85)
            : null;
    }
}
