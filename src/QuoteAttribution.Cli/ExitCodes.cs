namespace QuoteAttribution.Cli;

/// <summary>The process exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and processed.</summary>
    public const int Success = 0;

    /// <summary>Done, but some input could not be read (each one named on standard error).</summary>
    public const int SomeInputUnreadable = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl-C, or a signal that asks to stop); no partial output was left behind.</summary>
    public const int Interrupted = 130;

    /// <summary>Standard output was a pipe that its reader closed: stopped at once, quietly (128 + SIGPIPE).</summary>
    public const int BrokenPipe = 141;

    /// <summary>The exit code for a run stopped by a signal: 128 plus its number (SIGHUP 129, SIGINT 130, SIGTERM 143).</summary>
    public static int ForSignal(int signalNumber) => 128 + signalNumber;
}
