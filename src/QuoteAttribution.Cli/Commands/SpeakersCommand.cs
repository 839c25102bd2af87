using System.CommandLine;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Cli.Commands;

/// <summary><c>quotes speakers (INPUTS | --db FILE) [--format table|markdown|csv|jsonl] [-o FILE]</c>: who was quoted.</summary>
internal static class SpeakersCommand
{
    public static Command Create()
    {
        Argument<string[]> inputs = WorkflowArguments.Inputs();
        Option<string> inputFormat = WorkflowArguments.InputFormat();
        Option<string> format = WorkflowArguments.Format();
        Option<string?> output = WorkflowArguments.Output();
        Command command = new("speakers", "Who was quoted: one row per speaker, with roles, affiliations, counts and dates. Reads articles (text, HTML pages, JSON Lines) and analyses them, or an archive (--db).")
        {
            inputs, inputFormat, format, output,
        };
        Option<string> db = WorkflowSource.AddDatabase(command, inputs);
        command.SetAction((parse, cancellationToken) =>
        {
            TextWriter stdout = parse.InvocationConfiguration.Output;
            TextWriter stderr = parse.InvocationConfiguration.Error;
            return Task.FromResult(WorkflowRun.Interruptible(stderr, () =>
            {
                if (WorkflowSource.Load(parse, inputs, db, stderr, cancellationToken, WorkflowArguments.ParseInputFormat(parse.GetValue(inputFormat))) is not { } loaded)
                {
                    return ExitCodes.SomeInputUnreadable;
                }

                return Run(loaded, parse.GetValue(format), parse.GetValue(output), stdout, stderr, cancellationToken);
            }));
        });
        return command;
    }

    /// <summary>Aggregates <paramref name="loaded"/> and writes the speakers; returns the exit code.</summary>
    internal static int Run(
        LoadedRecords loaded, string? format, string? output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        SpeakerOverview overview = SpeakerAggregator.Aggregate(loaded.Records);
        if (WorkflowRun.TryWriteRows(format, output, stdout, stderr, (w, chosen) => SpeakersFormat.Write(w, overview, chosen), cancellationToken) is int failed)
        {
            return failed;
        }

        return loaded.HadErrors ? ExitCodes.SomeInputUnreadable : ExitCodes.Success;
    }
}
