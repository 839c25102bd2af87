using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>Reported speech: the subject of the speech verb (or noun) whose clause the statement is.</summary>
/// <example>He said Iraqi forces were waging a battle. → He</example>
public sealed class ReportedSpeechSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "reported-speech";

    /// <inheritdoc/>
    public string Evidence => "a subject's speech verb whose reported clause is the statement";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        return statement.IsReportedClause && statement.Cue is { } cue && cue.Kind is CueKind.SubjectVerb or CueKind.Inverted
            ? CueEvidence.OwnSpeaker(index, cue, Name, 0.85)
            : null;
    }
}
