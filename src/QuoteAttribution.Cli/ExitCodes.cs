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

    /// <summary>Interrupted with Ctrl-C; no partial output was left behind.</summary>
    public const int Interrupted = 130;
}
