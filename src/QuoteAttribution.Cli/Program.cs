using System.CommandLine;
using QuoteAttribution.Cli.Commands;

namespace QuoteAttribution.Cli;

/// <summary>Entry point: parses the command line and hands off to one command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        RootCommand root = new("quotes: who-said-what records from English news articles.");
        root.Subcommands.Add(SpeakersCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        return root.Parse(args).Invoke();
    }
}
