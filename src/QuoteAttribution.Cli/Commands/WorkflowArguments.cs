using System.CommandLine;

namespace QuoteAttribution.Cli.Commands;

/// <summary>The arguments and options <c>speakers</c>, <c>compare</c> and <c>report</c> share (a new instance per command).</summary>
internal static class WorkflowArguments
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["table", "markdown", "csv", "jsonl"];

    public static Argument<string[]> Inputs() => new("inputs")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Articles: .txt files, folders (recursive), or - for standard input.",
    };

    public static Option<string> Format()
    {
        Option<string> format = new("--format", "-f")
        {
            Description = "Output format: table, markdown, csv or jsonl.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(Formats);
        return format;
    }

    public static Option<string?> Output(bool required = false) => new("--output", "-o")
    {
        Description = required ? "The file to write." : "Write to this file instead of standard output.",
        Required = required,
    };

    public static Option<string[]> Speakers(bool required) => new("--speaker", "-s")
    {
        Description = "A speaker to compare: id (sergei-lavrov), full name or surname; repeat for each.",
        Required = required,
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string[]> Topics() => new("--topic", "-t")
    {
        Description = "Only statements containing this word (case-insensitive); repeat for more topics.",
        Arity = ArgumentArity.OneOrMore,
    };
}
