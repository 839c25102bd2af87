using System.CommandLine;
using QuoteAttribution.Compare;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// <c>quotes compare (INPUTS | --db FILE) --speaker A --speaker B [--topic WORD ...] [--format ...] [-o FILE]</c>:
/// what each official said, side by side, by shared topic and date.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        Argument<string[]> inputs = WorkflowArguments.Inputs();
        Option<string> inputFormat = WorkflowArguments.InputFormat();
        Option<string[]> speakers = WorkflowArguments.Speakers(required: true);
        Option<string[]> topics = WorkflowArguments.Topics();
        Option<string> format = WorkflowArguments.Format();
        Option<string?> output = WorkflowArguments.Output();
        Command command = new("compare", "What each speaker said, side by side, grouped by shared topic and date. Reads articles (text, HTML pages, JSON Lines) and analyses them, or an archive (--db).")
        {
            inputs, inputFormat, speakers, topics, format, output,
        };
        Option<string> db = WorkflowSource.AddDatabase(command, inputs);
        command.SetAction((parse, cancellationToken) =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            string[] queries = parse.GetValue(speakers) ?? [];
            if (queries.Length < 2)
            {
                stderr.WriteLine("quotes compare: give two or more speakers (--speaker A --speaker B)");
                return Task.FromResult(ExitCodes.Usage);
            }

            return Task.FromResult(WorkflowRun.Interruptible(stderr, () =>
            {
                if (WorkflowSource.Load(parse, inputs, db, stderr, cancellationToken, WorkflowArguments.ParseInputFormat(parse.GetValue(inputFormat))) is not { } loaded)
                {
                    return ExitCodes.SomeInputUnreadable;
                }

                return Run(loaded, queries, parse.GetValue(topics) ?? [], parse.GetValue(format), parse.GetValue(output), stdout, stderr, cancellationToken);
            }));
        });
        return command;
    }

    /// <summary>Compares the speakers in <paramref name="loaded"/> and writes the result; returns the exit code.</summary>
    internal static int Run(
        LoadedRecords loaded, IReadOnlyList<string> speakers, IReadOnlyList<string> topics, string? format, string? output,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        SpeakerComparison comparison = SpeakerComparison.Create(loaded.Records, speakers, topics);
        if (!WorkflowRun.ExplainMatches(comparison.Sides, stderr))
        {
            return ExitCodes.Usage;
        }

        if (WorkflowRun.TryWriteRows(format, output, stdout, stderr, (w, chosen) => ComparisonFormat.Write(w, comparison, chosen), cancellationToken) is int failed)
        {
            return failed;
        }

        return loaded.HadErrors ? ExitCodes.SomeInputUnreadable : ExitCodes.Success;
    }
}
