using System.CommandLine;
using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// <c>quotes explain FILE [--quote N] [--sieves a,b]</c>: how each statement was attributed, in plain text
/// (the cue, every sieve tried with its verdict, the words chosen, the speaker and the confidence).
/// </summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command; its action runs against <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Argument<string> file = new("file")
        {
            Description = "An article (.txt, .html, .htm) or a JSON Lines file of articles, or - for standard input.",
        };
        Option<int?> quote = new("--quote")
        {
            Description = "Explain only the N-th statement of each article (as in quote_id <article>#N).",
            HelpName = "N",
        };
        quote.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--quote must be at least 1.");
            }
        });
        Option<string[]> sieves = SieveOption.Create();

        Command command = new("explain", "Show how each statement was attributed: cue, sieves tried, speaker, confidence.") { file, quote, sieves };
        command.SetAction(parseResult => Run(
            console, parseResult.GetValue(file) ?? "", parseResult.GetValue(quote), SieveOption.Names(parseResult, sieves)));
        return command;
    }

    private static int Run(CliConsole console, string file, int? quote, IReadOnlyList<string>? sieves)
    {
        AttributionPipelineBuilder builder = new AttributionPipelineBuilder().UseDefaultSieves();
        AttributionPipeline pipeline = (sieves is null ? builder : builder.OnlySieves(sieves)).Build();
        int exitCode = ExitCodes.Success;
        foreach (ReadResult item in new ArticleReader(console.OpenInput).Read([file]))
        {
            if (item.Problem is { } problem)
            {
                console.Error.WriteLine($"quotes: {problem}");
                exitCode = problem.IsError ? ExitCodes.SomeInputUnreadable : exitCode;
                continue;
            }

            ArticleExplanation explanation = pipeline.Explain(item.Article!);
            if (quote > explanation.Statements.Length)
            {
                console.Error.WriteLine($"quotes: {item.Article!.Id}: no statement #{quote}; it has {explanation.Statements.Length}.");
                exitCode = ExitCodes.Usage;
                continue;
            }

            ExplanationWriter.Write(console.Out, explanation, quote);
        }

        return exitCode;
    }
}
