using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;
using QuoteAttribution.Cli.Commands;

namespace QuoteAttribution.Cli;

/// <summary>Entry point: parses the command line and hands off to one command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        CliConsole console = CliConsole.FromSystem();

        // Ctrl-C (and a polite kill) cancel the run so that it can delete its half-written output and
        // exit 130, instead of the process dying on the spot.
        using CancellationTokenSource interrupted = new();
        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            return Run(args, console, interrupted.Token);
        }
        finally
        {
            console.Out.Flush();
        }

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupted.Cancel();
        }
    }

    /// <summary>Runs the command line <paramref name="args"/> against <paramref name="console"/>; returns the exit code.</summary>
    internal static int Run(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        RootCommand root = new("quotes: who-said-what records from English news articles.");
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(SpeakersCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(IndexCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));

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

        // Signals are handled in Main, so tests can cancel through the token alone.
        InvocationConfiguration configuration = new()
        {
            Output = console.Out,
            Error = console.Error,
            ProcessTerminationTimeout = null,
        };
        return parsed.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
    }
}
