using System.CommandLine;
using System.CommandLine.Parsing;
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
        Description = "Articles: files (.txt, .html, .htm, .jsonl, .ndjson), folders (read recursively) or - for standard input.",
    };

    /// <summary><c>--input-format auto|text|html|jsonl</c>: how inputs are read; auto goes by extension (and sniffs standard input).</summary>
    public static Option<string> InputFormat()
    {
        Option<string> option = new("--input-format")
        {
            Description = "How to read the inputs. Default auto: by extension; standard input by how it opens (a JSON object: JSON Lines, a tag: HTML, else text).",
            HelpName = "auto|text|html|jsonl",
        };
        option.Validators.Add(RejectUnknownInputFormat);
        return option;
    }

    private static void RejectUnknownInputFormat(OptionResult result)
    {
        string? value = result.GetValueOrDefault<string>();
        if (value is not null && !TryParseInputFormat(value, out _))
        {
            result.AddError($"--input-format expects auto, text, html or jsonl, not '{value}'.");
        }
    }

    /// <summary>The reader's format for an <c>--input-format</c> value; null for auto (or no value).</summary>
    public static Reading.InputFormat? ParseInputFormat(string? value) =>
        value is not null && TryParseInputFormat(value, out Reading.InputFormat? format) ? format : null;

    private static bool TryParseInputFormat(string value, out Reading.InputFormat? format)
    {
        format = value.Trim().ToUpperInvariant() switch
        {
            "TEXT" or "TXT" => Reading.InputFormat.Text,
            "HTML" or "HTM" => Reading.InputFormat.Html,
            "JSONL" or "NDJSON" => Reading.InputFormat.JsonLines,
            _ => null,
        };
        return format is not null || value.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase);
    }

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
