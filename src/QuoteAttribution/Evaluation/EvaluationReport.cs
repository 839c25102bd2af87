using System.Collections.Immutable;

namespace QuoteAttribution.Evaluation;

/// <summary>The scores of one evaluation run: <c>score.py</c>'s figures plus breakdowns and errors.</summary>
/// <param name="Options">How it was scored.</param>
/// <param name="Articles">Gold articles scored.</param>
/// <param name="Gold">Gold statements after the kind filter.</param>
/// <param name="System">System statements after the kind filter, in gold articles only.</param>
/// <param name="Matched">Lenient matches (coverage <see cref="EvaluationOptions.Tau"/>).</param>
/// <param name="StrictMatched">Strict matches (coverage <see cref="EvaluationOptions.StrictTau"/>).</param>
/// <param name="SpeakerRight">Lenient matches with the right speaker.</param>
/// <param name="UnreadableRecords">System record lines that could not be read.</param>
/// <param name="ByKind">Per statement kind: direct, mixed, indirect, then any other.</param>
/// <param name="ByRule">Per rule, most wrong records (spurious or wrong speaker) first.</param>
/// <param name="ByArticle">Per article, in gold order.</param>
/// <param name="Errors">The first <see cref="EvaluationOptions.MaxErrors"/> errors, in <c>score.py</c>'s order.</param>
public sealed record EvaluationReport(
    EvaluationOptions Options,
    int Articles,
    int Gold,
    int System,
    int Matched,
    int StrictMatched,
    int SpeakerRight,
    int UnreadableRecords,
    ImmutableArray<KindScore> ByKind,
    ImmutableArray<RuleScore> ByRule,
    ImmutableArray<ArticleScore> ByArticle,
    ImmutableArray<EvaluationError> Errors)
{
    /// <summary>Statement precision, recall and F1 (lenient).</summary>
    public PrecisionRecall Quote => PrecisionRecall.Of(Matched, System, Gold);

    /// <summary>Statement precision, recall and F1 (strict).</summary>
    public PrecisionRecall StrictQuote => PrecisionRecall.Of(StrictMatched, System, Gold);

    /// <summary>Right speakers over lenient matches.</summary>
    public double SpeakerAccuracy => PrecisionRecall.Ratio(SpeakerRight, Matched);

    /// <summary>End-to-end: statement found and speaker right.</summary>
    public PrecisionRecall EndToEnd => PrecisionRecall.Of(SpeakerRight, System, Gold);

    /// <summary>Recall of each of direct, mixed and indirect that has gold statements (<c>score.py</c>'s <c>recall_by_kind</c>).</summary>
    public IEnumerable<KindScore> RecallByKind =>
        ByKind.Where(k => k.Gold > 0 && EvaluationOptions.AllKinds.Contains(k.Kind));

    /// <summary><c>score.py</c>'s last line: <c>e2e_f1=... quote_f1=... speaker_acc=...</c>, digit for digit.</summary>
    public string Headline =>
        $"e2e_f1={Figure(EndToEnd.F1)} quote_f1={Figure(Quote.F1)} speaker_acc={Figure(SpeakerAccuracy)}";

    /// <summary>A figure as <c>score.py</c> prints it: rounded to 4 decimals, Python float text (<c>0.0</c>, <c>0.8125</c>).</summary>
    public static string Figure(double value) => PythonFloat.Repr(PythonFloat.Round(value, 4));
}
