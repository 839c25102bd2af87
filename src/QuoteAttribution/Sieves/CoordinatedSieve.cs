using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>A second speech verb joined by <c>and</c> shares the speaker of its sentence's earlier cue, or its subject.</summary>
/// <example>Lee spoke to the council and added that the pier "will not be rebuilt". → Lee</example>
public sealed class CoordinatedSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "coordinated";

    /// <inheritdoc/>
    public string Evidence => "a verb joined by 'and' whose reported clause is the statement ('... and added that ...')";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (!statement.IsReportedClause || statement.Cue is not { Kind: CueKind.Coordinated } cue)
        {
            return null;
        }

        // No earlier cue: the verb shares the sentence's subject ("Republicans seized on it, arguing ...").
        return CueEvidence.SharedSubject(cue, context) is { } earlier
            ? new Attribution(index, earlier.Speaker, Name, CueEvidence.SharedSubjectConfidence) { Cue = cue, Appositive = earlier.Appositive }
            : cue.Speaker is null ? null : new Attribution(index, cue.Speaker, Name, 0.7) { Cue = cue };
    }
}
