using System.Globalization;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Writes a report as aligned plain text: <c>score.py</c>'s figures, the chosen breakdown tables, the
/// errors, and last <c>score.py</c>'s headline line, so scripts can read the last line of either tool.
/// </summary>
public static class EvaluationTextWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The scores.</param>
    /// <param name="goldName">The gold file name, for the title line.</param>
    /// <param name="breakdowns">Which tables to add.</param>
    public static void Write(TextWriter writer, EvaluationReport report, string goldName, Breakdowns breakdowns)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        string kinds = string.Join(",", EvaluationJsonWriter.KindsInOrder(report.Options));
        writer.WriteLine($"gold {goldName}  kinds {kinds}  speakers {(report.Options.Resolved ? "resolved names" : "mention or name")}");
        foreach ((string name, string value) in EvaluationJsonWriter.Figures(report))
        {
            writer.WriteLine($"{name,20}: {value}");
        }

        string recall = string.Join("  ", report.RecallByKind.Select(k => $"{k.Kind} {EvaluationReport.Figure(k.Recall)}"));
        writer.WriteLine($"{"recall_by_kind",20}: {recall}");
        if (breakdowns.HasFlag(Breakdowns.Rule))
        {
            WriteRules(writer, report);
        }

        if (breakdowns.HasFlag(Breakdowns.Kind))
        {
            WriteKinds(writer, report);
        }

        if (breakdowns.HasFlag(Breakdowns.Article))
        {
            WriteArticles(writer, report);
        }

        if (report.Errors.Length > 0)
        {
            WriteErrors(writer, report);
        }

        writer.WriteLine();
        writer.WriteLine(report.Headline);
    }

    private static void WriteRules(TextWriter writer, EvaluationReport report)
    {
        writer.WriteLine();
        writer.WriteLine("by rule, most wrong first: wrong = records not matched or with a wrong speaker; precision = matched / records;");
        writer.WriteLine("speaker acc = speaker ok / matched; e2e precision = speaker ok / records");
        if (report.ByRule.IsEmpty)
        {
            writer.WriteLine("(no system records)");
            return;
        }

        TextTable table = new("rule", "records", "wrong", "matched", "precision", "speaker ok", "speaker acc", "e2e precision");
        foreach (RuleScore r in report.ByRule)
        {
            table.Add(r.Rule, Int(r.Records), Int(r.Wrong), Int(r.Matched), Ratio(r.Precision), Int(r.SpeakerRight), Ratio(r.SpeakerAccuracy), Ratio(r.EndToEndPrecision));
        }

        table.WriteTo(writer);
    }

    private static void WriteKinds(TextWriter writer, EvaluationReport report)
    {
        writer.WriteLine();
        writer.WriteLine("by kind: recall and speaker accuracy by gold kind; precision by system kind");
        TextTable table = new("kind", "gold", "found", "recall", "speaker ok", "speaker acc", "system", "matched", "precision");
        foreach (KindScore k in report.ByKind)
        {
            table.Add(k.Kind, Int(k.Gold), Int(k.Found), Ratio(k.Recall), Int(k.SpeakerRight), Ratio(k.SpeakerAccuracy), Int(k.System), Int(k.SystemMatched), Ratio(k.Precision));
        }

        table.WriteTo(writer);
    }

    private static void WriteArticles(TextWriter writer, EvaluationReport report)
    {
        writer.WriteLine();
        writer.WriteLine("by article");
        TextTable table = new("article", "gold", "system", "matched", "speaker ok", "quote f1", "e2e f1");
        foreach (ArticleScore a in report.ByArticle)
        {
            table.Add(a.Article, Int(a.Gold), Int(a.System), Int(a.Matched), Int(a.SpeakerRight), Ratio(a.QuoteF1), Ratio(a.EndToEndF1));
        }

        table.WriteTo(writer);
    }

    private static void WriteErrors(TextWriter writer, EvaluationReport report)
    {
        writer.WriteLine();
        writer.WriteLine($"errors (the first {Int(report.Errors.Length)}, in score.py order)");
        TextTable table = new("error", "article", "rule", "gold speaker", "system speaker [mention]", "text");
        foreach (EvaluationError e in report.Errors)
        {
            string system = e.Kind == EvaluationErrorKind.Missed ? "" : SystemSpeaker(e);
            table.Add(e.KindName, e.Article, e.Rule ?? "", e.GoldSpeaker ?? (e.Kind == EvaluationErrorKind.Spurious ? "" : "(none)"), system, OneLine(e.Text));
        }

        table.WriteTo(writer);
    }

    private static string SystemSpeaker(EvaluationError e)
    {
        string speaker = string.IsNullOrWhiteSpace(e.SystemSpeaker) ? "(none)" : e.SystemSpeaker;
        return string.IsNullOrWhiteSpace(e.SystemMention) || e.SystemMention == e.SystemSpeaker
            ? speaker
            : $"{speaker} [{e.SystemMention}]";
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
