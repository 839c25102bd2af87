using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>
/// The process's standard streams and what they are connected to, passed to every command so tests can
/// run commands in-process with strings instead of a terminal.
/// </summary>
/// <param name="Out">Standard output (the records, unless <c>-o</c> is given).</param>
/// <param name="Error">Standard error (problems, progress).</param>
/// <param name="OpenInput">Opens standard input as bytes, for <c>-</c>.</param>
/// <param name="OutputIsTerminal">True when standard output is a terminal, not a pipe or file.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal, not a pipe or file.</param>
/// <param name="Width">The terminal's width in characters (a default when there is none).</param>
internal sealed record CliConsole(
    TextWriter Out, TextWriter Error, Func<Stream> OpenInput, bool OutputIsTerminal, bool ErrorIsTerminal, int Width)
{
    /// <summary>The width used when standard output is not a terminal.</summary>
    public const int DefaultWidth = 120;

    /// <summary>The real console: UTF-8 without byte-order mark on both output streams.</summary>
    public static CliConsole FromSystem()
    {
        UTF8Encoding utf8 = new(encoderShouldEmitUTF8Identifier: false);
        StreamWriter output = new(Console.OpenStandardOutput(), utf8, bufferSize: 65536) { AutoFlush = false };
        StreamWriter error = new(Console.OpenStandardError(), utf8) { AutoFlush = true };
        bool outputIsTerminal = !Console.IsOutputRedirected;
        return new CliConsole(
            output, error, Console.OpenStandardInput, outputIsTerminal, !Console.IsErrorRedirected, TerminalWidth(outputIsTerminal));
    }

    private static int TerminalWidth(bool isTerminal)
    {
        if (!isTerminal)
        {
            return DefaultWidth;
        }

        try
        {
            int width = Console.WindowWidth;
            return width > 0 ? width : DefaultWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }
}
