using System.CommandLine;

namespace QuoteAttribution.Cli.Commands;

/// <summary><c>quotes index [INPUTS] [--records FILE.jsonl] --db FILE</c>: analyses articles (or takes records) into the archive.</summary>
internal static class IndexCommand
{
    /// <summary>Creates the command; its action runs against <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Argument<string[]> inputs = new("inputs")
        {
            Description = "Articles: files (.txt, .html, .htm, .jsonl, .ndjson), folders (recursive) or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<string> db = ArchiveOptions.Database(required: true);
        Option<string[]> records = new("--records")
        {
            Description = "Records written by 'quotes extract --format jsonl', stored without analysing again; repeat for more files.",
            HelpName = "FILE.jsonl",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<int> threads = new("--threads")
        {
            Description = "Articles analysed at once. Default: the number of processors.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        threads.WholeNumber().AtLeast(1, "--threads must be at least 1.");
        Command command = new("index", "Add articles (analysed) or records (from extract) to a quotes archive; unchanged articles are skipped.")
        {
            inputs, db, records, threads,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(inputs) ?? []).Length == 0 && (result.GetValue(records) ?? []).Length == 0)
            {
                result.AddError("Give articles to analyse, --records FILE.jsonl, or both.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            IndexSettings settings = new(parse.GetValue(inputs) ?? [], parse.GetValue(records) ?? [], parse.GetValue(db)!, parse.GetValue(threads));
            return Task.FromResult(new IndexRun(console, settings).Execute(cancellationToken));
        });
        return command;
    }
}

/// <summary>What <c>quotes index</c> was asked to do, after parsing.</summary>
/// <param name="Inputs">Articles to analyse.</param>
/// <param name="RecordFiles">Records files to store as they are.</param>
/// <param name="Database">The archive file.</param>
/// <param name="Threads">How many articles to analyse at once.</param>
internal sealed record IndexSettings(IReadOnlyList<string> Inputs, IReadOnlyList<string> RecordFiles, string Database, int Threads);
