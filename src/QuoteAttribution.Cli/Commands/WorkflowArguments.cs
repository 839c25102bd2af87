using System.CommandLine;
using QuoteAttribution.Output;

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
            Description = "Output format: table, markdown, csv or jsonl. Default: from the -o extension (.csv, .jsonl, .md, .txt), else table.",
            HelpName = "table|markdown|csv|jsonl",
        };
        AcceptFormatNames(format);
        return format;
    }

    /// <summary>Accepts the format names in any case (<c>CSV</c>, <c>Jsonl</c>), with a message naming them otherwise.</summary>
    public static void AcceptFormatNames(Option<string> format)
    {
        format.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && OutputFormats.Parse(value) is null)
            {
                result.AddError($"--format expects one of {string.Join(", ", OutputFormats.Names)}, not '{value}'.");
            }
        });
    }

    /// <summary>
    /// The format name (<c>table</c>, <c>markdown</c>, <c>csv</c>, <c>jsonl</c>) from <c>--format</c>, else from the
    /// <c>-o</c> extension, else <c>table</c>; null when the extension says nothing (<c>-o who.xlsx</c>).
    /// </summary>
    public static string? ChooseFormat(string? format, string? output)
    {
        OutputFormat? chosen = format is not null ? OutputFormats.Parse(format)
            : output is not null && output != "-" ? OutputFormats.FromPath(output)
            : OutputFormat.Table;
        return chosen switch
        {
            OutputFormat.Csv => "csv",
            OutputFormat.JsonLines => "jsonl",
            OutputFormat.Markdown => "markdown",
            OutputFormat.Table => "table",
            _ => null,
        };
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
