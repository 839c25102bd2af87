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
        StreamWriter output = new(OpenStandardOutput(), utf8, bufferSize: 65536) { AutoFlush = false };
        StreamWriter error = new(Console.OpenStandardError(), utf8) { AutoFlush = true };
        bool outputIsTerminal = !Console.IsOutputRedirected;
        return new CliConsole(
            output, error, Console.OpenStandardInput, outputIsTerminal, !Console.IsErrorRedirected, TerminalWidth(outputIsTerminal));
    }

    /// <summary>
    /// Standard output as a plain file stream on descriptor 1. Console.OpenStandardOutput's stream drops
    /// writes into a closed pipe without a word, so <c>quotes extract big.jsonl | head -1</c> analysed the whole
    /// input for nobody; a file stream reports the broken pipe, and the run stops.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 1);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.OpenStandardOutput();
        }
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
