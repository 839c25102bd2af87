using System.CommandLine;
using QuoteAttribution.Archive;

namespace QuoteAttribution.Cli.Commands;

/// <summary><c>quotes export --db FILE [--format csv|jsonl|markdown|table] [-o FILE]</c>: every record of the archive.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the command; its action runs against <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Option<string> db = ArchiveOptions.Database(required: true);
        (Option<string> format, Option<string> output) = SearchCommand.FormatOptions();
        Command command = new("export", "Every record of the archive, articles in the order they were indexed, with archive-wide speaker ids.")
        {
            db, format, output,
        };
        command.SetAction(parse => ArchiveCommand.Read(console, parse.GetValue(db)!, archive =>
            RecordOutput.Write(console, parse.GetValue(format), parse.GetValue(output), new ArchiveReader(archive).All())));
        return command;
    }
}
