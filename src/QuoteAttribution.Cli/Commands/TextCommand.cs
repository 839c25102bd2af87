using System.CommandLine;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// <c>quotes text FILE [--input-format F]</c>: the article text exactly as the analyzer reads it, the text every
/// <c>start</c>/<c>end</c> offset points into (for HTML, the extracted article, not the markup).
/// </summary>
internal static class TextCommand
{
    public static Command Create(CliConsole console)
    {
        Argument<string> input = new("input")
        {
            Description = "One file (.txt, .html, .htm, .jsonl, .ndjson) or - for standard input.",
        };
        Option<string> inputFormat = WorkflowArguments.InputFormat();
        Option<string> article = new("--article")
        {
            Description = "For JSON Lines: print only the article with this id (as in the records' article field).",
            HelpName = "ID",
        };
        Command command = new("text", "Print the article text that record offsets point into (for HTML, the extracted article text).")
        {
            input, inputFormat, article,
        };
        command.SetAction(parse =>
        {
            ArticleReader reader = new(console.OpenInput) { Format = WorkflowArguments.ParseInputFormat(parse.GetValue(inputFormat)) };
            return Print(reader.Read([parse.GetValue(input)!]), parse.GetValue(article), console);
        });
        return command;
    }

    private static int Print(IEnumerable<ReadResult> items, string? wanted, CliConsole console)
    {
        bool anyError = false;
        bool printed = false;
        foreach (ReadResult item in items)
        {
            if (item.Problem is ReadProblem problem)
            {
                console.Error.WriteLine($"quotes: {problem}");
                anyError |= problem.IsError;
            }
            else if (item.Article is Article a && (wanted is null || a.Id == wanted))
            {
                // Exactly the text: no added line break, so offsets count from the first character printed.
                console.Out.Write(printed ? "\n" + a.Text : a.Text);
                printed = true;
            }
        }

        console.Out.Flush();
        if (!printed && wanted is not null)
        {
            console.Error.WriteLine($"quotes: no article '{wanted}'; see the article field of the records");
            return ExitCodes.SomeInputUnreadable;
        }

        return anyError ? ExitCodes.SomeInputUnreadable : ExitCodes.Success;
    }
}
