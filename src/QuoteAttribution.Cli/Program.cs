using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;
using QuoteAttribution.Cli.Commands;

namespace QuoteAttribution.Cli;

/// <summary>Entry point: parses the command line and hands off to one command.</summary>
internal static class Program
{
    /// <summary>How long a stopped run may take to clean up before the process exits anyway (a read blocked on a terminal).</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private static int Main(string[] args)
    {
        CliConsole console = CliConsole.FromSystem();

        // Ctrl-C, a polite kill and a closed terminal cancel the run so that it can delete its half-written
        // output and exit 128 + the signal, instead of the process dying on the spot with a .tmp left behind.
        using CancellationTokenSource interrupted = new();
        int stoppedBy = 0;
        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using PosixSignalRegistration sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        try
        {
            int exitCode = Run(args, console, interrupted.Token);
            return exitCode == ExitCodes.Interrupted && stoppedBy != 0 ? ExitCodes.ForSignal(stoppedBy) : exitCode;
        }
        finally
        {
            try
            {
                console.Out.Flush();
            }
            catch (IOException e) when (BrokenPipe.Is(e))
            {
                // The reader has gone; what is left in the buffer has nowhere to go.
            }
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            if (Interlocked.CompareExchange(ref stoppedBy, SignalNumber(context.Signal), 0) != 0)
            {
                return;
            }

            interrupted.Cancel();

            // A run blocked in a read (standard input on a terminal) never sees the token: after a grace
            // period the temporary files go and the process ends anyway.
            _ = Task.Delay(StopGrace).ContinueWith(
                _ =>
                {
                    AtomicFile.DeletePending();
                    Environment.Exit(ExitCodes.ForSignal(stoppedBy));
                },
                TaskScheduler.Default);
        }
    }

    private static int SignalNumber(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGTERM => 15,
        _ => 2,
    };

    /// <summary>Runs the command line <paramref name="args"/> against <paramref name="console"/>; returns the exit code.</summary>
    internal static int Run(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        RootCommand root = new("quotes: who-said-what records from English news articles.");
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));
        root.Subcommands.Add(SpeakersCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(TextCommand.Create(console));
        root.Subcommands.Add(IndexCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            ReportUsageErrors(root, parsed, args, console.Error);
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

    /// <summary>
    /// Prints the parser's errors, a did-you-mean for a mistyped command, and where help is: the help of the
    /// subcommand the errors are in (<c>quotes extract --help</c>), else the tool's.
    /// </summary>
    private static void ReportUsageErrors(RootCommand root, ParseResult parsed, string[] args, TextWriter error)
    {
        Command command = parsed.CommandResult.Command;
        string? typed = command == root && args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        if (typed is not null)
        {
            // The parser's own lines for a mistyped command ("Required command was not provided",
            // "Unrecognized command or argument" for it and for every argument after it) say less than this one.
            string suggestion = CommandSuggestion.For(root, typed) is string name ? $" Did you mean '{name}'?" : "";
            error.WriteLine($"quotes: '{typed}' is not a command.{suggestion}");
        }
        else
        {
            foreach (ParseError parseError in parsed.Errors)
            {
                error.WriteLine($"quotes: {parseError.Message}");
            }
        }

        error.WriteLine(command == root ? "Try 'quotes --help'." : $"Try 'quotes {command.Name} --help'.");
    }
}
