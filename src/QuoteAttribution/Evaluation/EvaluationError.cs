namespace QuoteAttribution.Evaluation;

/// <summary>What went wrong with one statement.</summary>
public enum EvaluationErrorKind
{
    /// <summary>A gold statement no system statement matched.</summary>
    Missed,

    /// <summary>A system statement that matched no gold statement.</summary>
    Spurious,

    /// <summary>A matched pair whose speaker is wrong.</summary>
    WrongSpeaker,
}

/// <summary>One error, as <c>score.py --show-errors</c> lists it, plus the rule.</summary>
/// <param name="Kind">Missed, spurious or wrong speaker.</param>
/// <param name="Article">The article id.</param>
/// <param name="Text">The gold statement (the system's for spurious), first 90 characters.</param>
/// <param name="GoldSpeaker">The gold speaker, or null.</param>
/// <param name="SystemSpeaker">The system's resolved speaker, or null.</param>
/// <param name="SystemMention">The system's speaker mention, or null.</param>
/// <param name="Rule">The rule of the system record, or null.</param>
public sealed record EvaluationError(
    EvaluationErrorKind Kind,
    string Article,
    string Text,
    string? GoldSpeaker,
    string? SystemSpeaker,
    string? SystemMention,
    string? Rule)
{
    /// <summary>The kind as printed: <c>missed</c>, <c>spurious</c>, <c>wrong speaker</c>.</summary>
    public string KindName => Kind switch
    {
        EvaluationErrorKind.Missed => "missed",
        EvaluationErrorKind.Spurious => "spurious",
        _ => "wrong speaker",
    };
}
