using System.CommandLine;
using QuoteAttribution.Archive;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Where <c>speakers</c>, <c>compare</c> and <c>report</c> take their records from: INPUTS analysed now,
/// or <c>--db FILE</c>, an archive that answers without analysing (archive-wide speaker ids, the article
/// texts it holds for the report's context).
/// </summary>
internal static class WorkflowSource
{
    /// <summary>Adds <c>--db</c> to <paramref name="command"/> and makes INPUTS optional when it is given (one of the two, not both).</summary>
    public static Option<string> AddDatabase(Command command, Argument<string[]> inputs)
    {
        Option<string> db = ArchiveOptions.Database(required: false);
        inputs.Arity = ArgumentArity.ZeroOrMore;
        command.Options.Add(db);
        command.Validators.Add(result =>
        {
            bool hasInputs = (result.GetValue(inputs) ?? []).Length > 0;
            bool hasDb = result.GetValue(db) is not null;
            if (hasInputs == hasDb)
            {
                result.AddError(hasDb ? "Give INPUTS or --db FILE, not both." : "Give INPUTS to analyse, or --db FILE to answer from an archive.");
            }
        });
        return db;
    }

    /// <summary>The records to work on; null when the archive cannot be read (named on <paramref name="stderr"/>).</summary>
    public static LoadedRecords? Load(
        ParseResult parse, Argument<string[]> inputs, Option<string> db, TextWriter stderr, CancellationToken cancellationToken,
        Reading.InputFormat? inputFormat = null)
    {
        if (parse.GetValue(db) is not { } path)
        {
            return RecordSource.Load(parse.GetValue(inputs) ?? [], stderr, cancellationToken: cancellationToken, format: inputFormat);
        }

        LoadedRecords? loaded = null;
        ArchiveCommand.Read(stderr, path, archive =>
        {
            ArchiveReader reader = new(archive);
            loaded = new LoadedRecords([.. reader.All()], reader.ArticleTexts(), HadErrors: false) { ArticleTitles = reader.ArticleTitles() };
            return ExitCodes.Success;
        });
        return loaded;
    }
}
