using System.Globalization;
using QuoteAttribution.Coreference;
using QuoteAttribution.Cues;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Sieves;
using QuoteAttribution.Statements;
using QuoteAttribution.Text;

namespace QuoteAttribution.Output;

/// <summary>
/// Writes an <see cref="ArticleExplanation"/> as plain text for a terminal: per statement the cue found,
/// each sieve tried in order with its verdict, the words chosen, the chain that resolved them to the
/// speaker (ending in the coreference resolver sieve that decided), and the confidence.
/// </summary>
/// <example><code>
/// #1 direct 1..23 We will not back down,
///    cue         said: inverted verb, after the quote; speaker words "Mayor Jane Smith"
///    sieve       trailing-cue: decided from a cue after the quote
///    chain       "Mayor Jane Smith" (trailing-cue) -> Jane Smith (exact-name)
///    mention     "Mayor Jane Smith" at 30..46
///    speaker     Jane Smith (person, id jane-smith, role Mayor)
///    confidence  0.95
/// </code></example>
public static class ExplanationWriter
{
    private const int MaxSnippet = 72;

    /// <summary>Writes every statement of <paramref name="explanation"/>, or only statement <paramref name="quote"/> (1-based).</summary>
    public static void Write(TextWriter writer, ArticleExplanation explanation, int? quote = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(explanation);
        int count = explanation.Statements.Length;
        writer.WriteLine(Invariant($"article {explanation.Result.Article.Id}: {count} statement{(count == 1 ? "" : "s")}"));
        for (int i = 0; i < count; i++)
        {
            if (quote is null || quote == i + 1)
            {
                WriteStatement(writer, explanation, i);
            }
        }
    }

    private static void WriteStatement(TextWriter writer, ArticleExplanation explanation, int i)
    {
        Statement statement = explanation.Statements[i];
        QuoteRecord record = explanation.Result.Records[i];
        writer.WriteLine();
        writer.WriteLine(Invariant($"#{i + 1} {RecordFields.Lower(record.Kind)} {record.Start}..{record.End} {Snippet(record.Text)}"));
        Line(writer, "cue", CueLine(explanation.Text, statement));
        foreach (SieveTrial trial in explanation.Trials.Where(t => t.Statement == i))
        {
            Line(writer, "sieve", trial.Decision is null
                ? $"{trial.Sieve.Name}: declined, it reads {trial.Sieve.Evidence}"
                : $"{trial.Sieve.Name}: decided from {trial.Sieve.Evidence}");
        }

        if (explanation.Decisions[i] is not { } decision)
        {
            Line(writer, "speaker", "unknown: no sieve decided");
            return;
        }

        Line(writer, "chain", Chain(explanation, i));
        if (record.SpeakerMention.Length > 0)
        {
            Line(writer, "mention", Invariant($"\"{Snippet(record.SpeakerMention)}\" at {record.SpeakerStart}..{record.SpeakerEnd}"));
        }

        Line(writer, "speaker", SpeakerLine(record));
        string halved = record.Speaker.Length == 0 ? $" (the sieve's {Number(decision.Confidence)}, halved: no speaker resolved)" : "";
        Line(writer, "confidence", Number(record.Confidence) + halved);
    }

    /// <summary>
    /// The words the decision chose, following "same speaker as" links back to the statement whose
    /// decision named words, then the speaker they resolved to and the resolver sieve that decided
    /// (<c>same as #2 (paragraph-continuation) -> "Olsen" (trailing-cue) -> Ann Olsen (exact-name)</c>).
    /// </summary>
    private static string Chain(ArticleExplanation explanation, int i)
    {
        List<string> links = [];
        for (Attribution? decision = explanation.Decisions[i]; decision is not null; decision = explanation.Decisions[decision.SameSpeakerAs.Value])
        {
            if (decision.SameSpeakerAs is null)
            {
                links.Add(decision.Mention is TextSpan words ? $"\"{Snippet(words.Of(explanation.Text).ToString())}\" ({decision.Sieve})" : $"no words ({decision.Sieve})");
                break;
            }

            links.Add(Invariant($"same speaker as #{decision.SameSpeakerAs.Value + 1} ({decision.Sieve})"));
        }

        links.Add(Resolved(explanation.Speakers[i]));
        return string.Join(" -> ", links);
    }

    /// <summary>The speaker the words resolved to and the coreference step that resolved them (<c>Jane Smith (exact-name)</c>).</summary>
    private static string Resolved(ResolvedSpeaker speaker)
    {
        string name = speaker.Name.Length > 0 ? speaker.Name : "no speaker";
        return speaker.Resolver.Length > 0 ? $"{name} ({speaker.Resolver})" : $"{name} (no resolver decided)";
    }

    private static string CueLine(string text, Statement statement)
    {
        if (statement.Cue is not Cue cue)
        {
            return "none: a quote left for the context sieves";
        }

        string speaker = cue.Speaker is TextSpan words ? $"speaker words \"{Snippet(words.Of(text).ToString())}\"" : "no speaker words";
        return $"{cue.Trigger.Of(text)}: {KindWords(cue.Kind)}, {PositionWords(statement.Position)}; {speaker}";
    }

    private static string SpeakerLine(QuoteRecord record)
    {
        if (record.Speaker.Length == 0)
        {
            return "none resolved";
        }

        string id = record.SpeakerId.Length > 0 ? $", id {record.SpeakerId}" : "";
        string role = record.Role.Length > 0 ? $", role {record.Role}" : "";
        string affiliation = record.Affiliation.Length > 0 ? $", {record.Affiliation}" : "";
        return $"{record.Speaker} ({RecordFields.Lower(record.SpeakerType)}{id}{role}{affiliation})";
    }

    private static string KindWords(CueKind kind) => kind switch
    {
        CueKind.SubjectVerb => "subject and speech verb",
        CueKind.Inverted => "inverted verb",
        CueKind.AccordingTo => "according to",
        CueKind.AsSaying => "quoted as saying",
        CueKind.Participle => "participle",
        CueKind.Coordinated => "verb joined by and",
        CueKind.Headline => "headline colon",
        _ => "signature",
    };

    private static string PositionWords(CuePosition position) => position switch
    {
        CuePosition.Before => "before the quote",
        CuePosition.After => "after the quote",
        CuePosition.Clause => "the statement is its reported clause",
        CuePosition.Between => "between the statement's pieces",
        CuePosition.Source => "the source of the words",
        _ => "no position",
    };

    private static void Line(TextWriter writer, string label, string value) => writer.WriteLine($"   {label,-11} {value}");

    private static string Snippet(string words)
    {
        string line = words.ReplaceLineEndings(" ");
        return line.Length <= MaxSnippet ? line : string.Concat(line.AsSpan(0, MaxSnippet - 3), "...");
    }

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
