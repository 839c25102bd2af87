using System.CommandLine;
using System.Globalization;
using QuoteAttribution.Archive;
using QuoteAttribution.Output;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// <c>quotes search --db FILE [TEXT] [--speaker NAME] [--kind K] [--from DATE] [--to DATE] [--limit N]</c>:
/// full-text search over the archive's statements, written as <c>extract</c> writes records.
/// </summary>
internal static class SearchCommand
{
    /// <summary>Creates the command; its action runs against <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        Argument<string[]> text = new("text")
        {
            Description = "Words the statement must contain, in any order (case and accents ignored; word* for a prefix).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Option<string> db = ArchiveOptions.Database(required: true);
        Option<string> speaker = new("--speaker", "-s") { Description = "Only this speaker: id, full name or surname.", HelpName = "NAME" };
        Option<string> kind = new("--kind", "-k") { Description = "Only statements of this kind.", HelpName = "direct|mixed|indirect" };
        kind.AcceptOnlyFromAmong("direct", "mixed", "indirect");
        Option<DateOnly?> from = Date("--from", "Only statements dated on or after DATE (yyyy-mm-dd).");
        Option<DateOnly?> to = Date("--to", "Only statements dated on or before DATE (yyyy-mm-dd).");
        Option<int?> limit = new("--limit") { Description = "At most N records (the first in archive order).", HelpName = "N" };
        (Option<string> format, Option<string> output) = FormatOptions();
        Command command = new("search", "Search the archive's statements by words, speaker, kind and date.")
        {
            text, db, speaker, kind, from, to, limit, format, output,
        };
        command.SetAction(parse =>
        {
            ArchiveSearch search = new(
                string.Join(' ', parse.GetValue(text) ?? []),
                parse.GetValue(speaker),
                RecordKind(parse.GetValue(kind)),
                parse.GetValue(from),
                parse.GetValue(to),
                parse.GetValue(limit));
            return ArchiveCommand.Read(console, parse.GetValue(db)!, archive =>
                RecordOutput.Write(console, parse.GetValue(format), parse.GetValue(output), new ArchiveReader(archive).Records(search)));
        });
        return command;
    }

    /// <summary>The <c>--format</c> and <c>-o</c> options, as <c>extract</c> has them.</summary>
    internal static (Option<string> Format, Option<string> Output) FormatOptions()
    {
        Option<string> format = new("--format", "-f")
        {
            Description = "Output format. Default: from the -o extension; else table on a terminal, jsonl otherwise.",
            HelpName = "table|csv|jsonl|markdown",
        };
        format.AcceptOnlyFromAmong([.. OutputFormats.Names]);
        Option<string> output = new("--output", "-o") { Description = "Write to FILE (whole or not at all) instead of standard output.", HelpName = "FILE" };
        return (format, output);
    }

    private static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result =>
        {
            string value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            result.AddError($"{name} takes a date as yyyy-mm-dd, not '{value}'.");
            return null;
        },
    };

    private static StatementKind? RecordKind(string? kind) => kind switch
    {
        "direct" => StatementKind.Direct,
        "mixed" => StatementKind.Mixed,
        "indirect" => StatementKind.Indirect,
        _ => null,
    };
}
