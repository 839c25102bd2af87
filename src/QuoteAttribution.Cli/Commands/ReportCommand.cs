using System.CommandLine;
using QuoteAttribution.Compare;
using QuoteAttribution.Report;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// <c>quotes report (INPUTS | --db FILE) -o report.html [--speaker A --speaker B] [--topic WORD] [--title TEXT]</c>:
/// one self-contained page with the quotes, the speakers and the comparison.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        Argument<string[]> inputs = WorkflowArguments.Inputs();
        Option<string> inputFormat = WorkflowArguments.InputFormat();
        Option<string?> output = WorkflowArguments.Output(required: true);
        Option<string[]> speakers = WorkflowArguments.Speakers(required: false);
        Option<string[]> topics = WorkflowArguments.Topics();
        Option<string> title = new("--title") { Description = "The page title.", DefaultValueFactory = _ => ReportOptions.Default.Title };
        Command command = new("report", "One self-contained HTML page: the quotes table (sort, filter), the speakers and a comparison. Reads articles (text, HTML pages, JSON Lines) and analyses them, or an archive (--db).")
        {
            inputs, inputFormat, output, speakers, topics, title,
        };
        Option<string> db = WorkflowSource.AddDatabase(command, inputs);
        command.SetAction((parse, cancellationToken) =>
        {
            TextWriter stderr = parse.InvocationConfiguration.Error;
            string[] queries = parse.GetValue(speakers) ?? [];
            if (queries.Length == 1)
            {
                stderr.WriteLine("quotes report: give two or more speakers to compare, or none for the two most quoted");
                return Task.FromResult(ExitCodes.Usage);
            }

            string page = parse.GetValue(output)!;
            if (page != "-" && !Path.GetExtension(page).ToUpperInvariant().StartsWith(".HTM", StringComparison.Ordinal))
            {
                stderr.WriteLine($"quotes report: the report is one HTML page; name the output .html (not '{page}'). See 'quotes report --help'.");
                return Task.FromResult(ExitCodes.Usage);
            }

            return Task.FromResult(WorkflowRun.Interruptible(stderr, () =>
            {
                if (WorkflowSource.Load(parse, inputs, db, stderr, cancellationToken, WorkflowArguments.ParseInputFormat(parse.GetValue(inputFormat))) is not { } loaded)
                {
                    return ExitCodes.SomeInputUnreadable;
                }

                ReportOptions options = new() { Title = parse.GetValue(title) ?? ReportOptions.Default.Title, Speakers = queries, Topics = parse.GetValue(topics) ?? [] };
                return Run(loaded, options, page, parse.InvocationConfiguration.Output, stderr, cancellationToken);
            }));
        });
        return command;
    }

    /// <summary>Writes the report of <paramref name="loaded"/> to <paramref name="output"/>; returns the exit code.</summary>
    internal static int Run(
        LoadedRecords loaded, ReportOptions options, string output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (options.Speakers.Count >= 2)
        {
            SpeakerOverview overview = SpeakerAggregator.Aggregate(loaded.Records);
            if (!WorkflowRun.ExplainMatches(options.Speakers.Select(q => SpeakerMatcher.Match(overview, q)), stderr))
            {
                return ExitCodes.Usage;
            }
        }

        if (WorkflowRun.TryWrite(output, stdout, stderr, w => HtmlReportWriter.Write(w, loaded.Records, loaded.ArticleTexts, options, loaded.ArticleTitles), cancellationToken: cancellationToken) is int failed)
        {
            return failed;
        }

        return loaded.HadErrors ? ExitCodes.SomeInputUnreadable : ExitCodes.Success;
    }
}
