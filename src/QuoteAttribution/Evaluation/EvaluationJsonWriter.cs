using System.Text.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Writes a report as one JSON object: <c>score.py --json</c>'s keys and values first (same names, same
/// rounding), then the options, the chosen breakdowns and the errors.
/// </summary>
public static class EvaluationJsonWriter
{
    /// <summary>Writes <paramref name="report"/> as a single line of JSON.</summary>
    public static void Write(Stream stream, EvaluationReport report, Breakdowns breakdowns)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using Utf8JsonWriter json = new(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        foreach ((string name, string value) in Figures(report))
        {
            json.WritePropertyName(name);
            json.WriteRawValue(value);
        }

        WriteOptions(json, report);
        WriteBreakdowns(json, report, breakdowns);
        Array(json, "errors", report.Errors, (w, e) =>
        {
            w.WriteString("error", e.KindName);
            w.WriteString("article", e.Article);
            w.WriteString("text", e.Text);
            w.WriteString("gold_speaker", e.GoldSpeaker);
            w.WriteString("system_speaker", e.SystemSpeaker);
            w.WriteString("system_mention", e.SystemMention);
            w.WriteString("rule", e.Rule);
        });
        json.WriteEndObject();
    }

    /// <summary>Recall by kind and the options the figures were computed with.</summary>
    private static void WriteOptions(Utf8JsonWriter json, EvaluationReport report)
    {
        json.WriteStartObject("recall_by_kind");
        foreach (KindScore k in report.RecallByKind)
        {
            Figure(json, k.Kind, k.Recall);
        }

        json.WriteEndObject();
        json.WriteString("kinds", string.Join(",", KindsInOrder(report.Options)));
        json.WriteBoolean("resolved", report.Options.Resolved);
    }

    /// <summary>The breakdowns asked for: by kind, by rule, by article.</summary>
    private static void WriteBreakdowns(Utf8JsonWriter json, EvaluationReport report, Breakdowns breakdowns)
    {
        if (breakdowns.HasFlag(Breakdowns.Kind))
        {
            Array(json, "by_kind", report.ByKind, (w, k) =>
            {
                w.WriteString("kind", k.Kind);
                Counts(w, ("gold", k.Gold), ("found", k.Found), ("speaker_ok", k.SpeakerRight), ("system", k.System), ("matched", k.SystemMatched));
                Figure(w, "recall", k.Recall);
                Figure(w, "speaker_acc", k.SpeakerAccuracy);
                Figure(w, "precision", k.Precision);
            });
        }

        if (breakdowns.HasFlag(Breakdowns.Rule))
        {
            Array(json, "by_rule", report.ByRule, (w, r) =>
            {
                w.WriteString("rule", r.Rule);
                Counts(w, ("records", r.Records), ("wrong", r.Wrong), ("matched", r.Matched), ("speaker_ok", r.SpeakerRight));
                Figure(w, "precision", r.Precision);
                Figure(w, "speaker_acc", r.SpeakerAccuracy);
                Figure(w, "e2e_p", r.EndToEndPrecision);
            });
        }

        if (breakdowns.HasFlag(Breakdowns.Article))
        {
            Array(json, "by_article", report.ByArticle, (w, a) =>
            {
                w.WriteString("article", a.Article);
                Counts(w, ("gold", a.Gold), ("system", a.System), ("matched", a.Matched), ("speaker_ok", a.SpeakerRight));
                Figure(w, "quote_f1", a.QuoteF1);
                Figure(w, "e2e_f1", a.EndToEndF1);
            });
        }
    }

    /// <summary><c>score.py</c>'s figures in its order, as it prints them.</summary>
    internal static IEnumerable<(string Name, string Value)> Figures(EvaluationReport r)
    {
        yield return ("articles", Int(r.Articles));
        yield return ("gold", Int(r.Gold));
        yield return ("system", Int(r.System));
        yield return ("unreadable_records", Int(r.UnreadableRecords));
        yield return ("quote_p", EvaluationReport.Figure(r.Quote.Precision));
        yield return ("quote_r", EvaluationReport.Figure(r.Quote.Recall));
        yield return ("quote_f1", EvaluationReport.Figure(r.Quote.F1));
        yield return ("strict_quote_f1", EvaluationReport.Figure(r.StrictQuote.F1));
        yield return ("speaker_acc", EvaluationReport.Figure(r.SpeakerAccuracy));
        yield return ("e2e_p", EvaluationReport.Figure(r.EndToEnd.Precision));
        yield return ("e2e_r", EvaluationReport.Figure(r.EndToEnd.Recall));
        yield return ("e2e_f1", EvaluationReport.Figure(r.EndToEnd.F1));
    }

    /// <summary>The kinds filter, the standard kinds in their usual order first.</summary>
    internal static IEnumerable<string> KindsInOrder(EvaluationOptions options) =>
        EvaluationOptions.AllKinds.Where(options.Kinds.Contains)
            .Concat(options.Kinds.Except(EvaluationOptions.AllKinds).Order(StringComparer.Ordinal));

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (T item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Counts(Utf8JsonWriter json, params (string Name, int Value)[] counts)
    {
        foreach ((string name, int value) in counts)
        {
            json.WriteNumber(name, value);
        }
    }

    private static void Figure(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(EvaluationReport.Figure(value));
    }

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
