using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>A participle after a comma shares the speaker of its sentence's earlier cue, or its subject.</summary>
/// <example>"...," he said, noting that the strikes were "reasons for concern." → he</example>
public sealed class ParticipleSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "participle";

    /// <inheritdoc/>
    public string Evidence => "a participle's reported clause (', adding that ...')";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (!statement.IsReportedClause || statement.Cue is not { Kind: CueKind.Participle } cue)
        {
            return null;
        }

        // No earlier cue: the verb shares the sentence's subject ("Republicans seized on it, arguing ...").
        return CueEvidence.SharedSubject(cue, context) is { } earlier
            ? new Attribution(index, earlier.Speaker, Name, CueEvidence.SharedSubjectConfidence) { Cue = cue, Appositive = earlier.Appositive }
            : cue.Speaker is null ? null : new Attribution(index, cue.Speaker, Name, 0.7) { Cue = cue };
    }
}
