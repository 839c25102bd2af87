using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>
/// A participle after a comma or a second verb after <c>and</c> shares the speaker of the sentence's
/// earlier cue.
/// </summary>
/// <example>"...," he said, noting that the strikes were "reasons for concern." → he</example>
public sealed class ParticipleSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "participle";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (statement.Cue is not { Kind: CueKind.Participle or CueKind.Coordinated } cue)
        {
            return null;
        }

        for (int i = context.FirstCueFrom(cue.Sentence + 1) - 1; i >= 0 && context.Cues[i].Sentence == cue.Sentence; i--)
        {
            Cue earlier = context.Cues[i];
            if (earlier.Trigger.Start < cue.Trigger.Start && earlier.Speaker is not null)
            {
                return new Attribution(index, earlier.Speaker, statement.Rule, 0.8) { Cue = cue, Appositive = earlier.Appositive };
            }
        }

        // No earlier cue: the participle shares the sentence's subject ("Republicans seized on it, arguing ...").
        return cue.Speaker is null ? null : new Attribution(index, cue.Speaker, statement.Rule, 0.7) { Cue = cue };
    }
}
