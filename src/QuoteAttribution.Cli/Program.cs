using System.CommandLine;
using System.CommandLine.Parsing;
using QuoteAttribution.Cli.Commands;

namespace QuoteAttribution.Cli;

/// <summary>Entry point: parses the command line and hands off to one command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        CliConsole console = CliConsole.FromSystem();
        try
        {
            return Run(args, console, CancellationToken.None);
        }
        finally
        {
            console.Out.Flush();
        }
    }

    /// <summary>Runs the command line <paramref name="args"/> against <paramref name="console"/>; returns the exit code.</summary>
    internal static int Run(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        RootCommand root = new("quotes: who-said-what records from English news articles.");
        root.Subcommands.Add(ExtractCommand.Create(console));

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (ParseError error in parsed.Errors)
            {
                console.Error.WriteLine($"quotes: {error.Message}");
            }

            console.Error.WriteLine("Try 'quotes --help'.");
            return ExitCodes.Usage;
        }

        InvocationConfiguration configuration = new() { Output = console.Out, Error = console.Error };
        return parsed.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
    }
}
