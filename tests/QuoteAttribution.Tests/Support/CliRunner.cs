using System.Text;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Support;

/// <summary>Runs the <c>quotes</c> command line in-process with string streams.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(
        string[] args,
        string stdin = "",
        bool outputIsTerminal = false,
        bool errorIsTerminal = false,
        int width = 100,
        CancellationToken cancellationToken = default)
    {
        using StringWriter output = new() { NewLine = "\n" };
        using StringWriter error = new() { NewLine = "\n" };
        CliConsole console = new(
            output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), outputIsTerminal, errorIsTerminal, width);
        int exitCode = Program.Run(args, console, cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
