using System.CommandLine;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Cli.Commands;

/// <summary><c>quotes extract INPUTS [--format F] [-o FILE] [--max-article-chars N]</c>: one record per statement.</summary>
internal static class ExtractCommand
{
    /// <summary>The most <c>--threads</c> accepted: far beyond any machine's processors, far below running out of memory.</summary>
    public const int MaxThreads = 1024;

    /// <summary>Creates the command; its action runs against <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Argument<string[]> inputs = Inputs();
        Option<string> inputFormat = WorkflowArguments.InputFormat();
        Option<string> format = Format();
        Option<string> output = new("--output", "-o")
        {
            Description = "Write to FILE (whole or not at all) instead of standard output; - is standard output.",
            HelpName = "FILE",
        };
        Option<int> threads = Threads();
        Option<bool> noFormulaGuard = new("--no-formula-guard")
        {
            Description = "CSV: do not prefix ' to text cells that start with = + - @ (spreadsheet formula guard).",
        };
        Option<int> maxArticleChars = MaxArticleChars();
        Option<string[]> sieves = SieveOption.Create();
        Option<bool> stream = new("--stream")
        {
            Description = "Write each article's records as soon as it is analysed, with provisional speaker ids (a bare surname "
                + "takes the id of a full name seen earlier in the run). Without it, records are written once the run's ids are final.",
        };

        Command command = new("extract", "Extract who-said-what records (one per statement) from articles: text, HTML pages or JSON Lines.")
        {
            inputs, inputFormat, format, output, threads, noFormulaGuard, maxArticleChars, sieves, stream,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            ExtractSettings settings = new(
                parseResult.GetValue(inputs) ?? [],
                parseResult.GetValue(format),
                parseResult.GetValue(output) is "-" ? null : parseResult.GetValue(output),
                parseResult.GetValue(threads),
                !parseResult.GetValue(noFormulaGuard),
                parseResult.GetValue(maxArticleChars))
            {
                Sieves = SieveOption.Names(parseResult, sieves),
                InputFormat = WorkflowArguments.ParseInputFormat(parseResult.GetValue(inputFormat)),
                Stream = parseResult.GetValue(stream),
            };
            return Task.FromResult(new ExtractRun(console, settings).Execute(cancellationToken));
        });
        return command;
    }

    private static Argument<string[]> Inputs()
    {
        Argument<string[]> inputs = new("inputs")
        {
            Description = "Files (.txt, .html, .htm, .jsonl, .ndjson), folders (read recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            // Unknown options would otherwise be taken for file names; ./-name still reaches such a file.
            foreach (string input in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (input.Length > 1 && input[0] == '-')
                {
                    result.AddError($"Unknown option '{input}'.");
                }
            }
        });
        return inputs;
    }

    private static Option<string> Format()
    {
        Option<string> format = new("--format", "-f")
        {
            Description = "Output format. Default: from the -o extension; else table on a terminal, jsonl otherwise.",
            HelpName = "table|csv|jsonl|markdown",
        };
        WorkflowArguments.AcceptFormatNames(format);
        return format;
    }

    private static Option<int> Threads()
    {
        Option<int> threads = new("--threads")
        {
            Description = "Articles analysed at once. Default: the number of processors.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        return threads.WholeNumber()
            .AtLeast(1, "--threads must be at least 1.")
            .AtMost(
                MaxThreads,
                $"--threads must be at most {MaxThreads}: each thread keeps articles in flight, and more threads than processors ({Environment.ProcessorCount} here) only cost memory.");
    }

    private static Option<int> MaxArticleChars()
    {
        Option<int> maxArticleChars = new("--max-article-chars")
        {
            Description = "Name on standard error and skip any article longer than N characters (exit code 1).",
            DefaultValueFactory = _ => AttributionOptions.Default.MaxArticleLength,
            HelpName = "N",
        };
        return maxArticleChars.WholeNumber().AtLeast(1, "--max-article-chars must be at least 1.");
    }
}
