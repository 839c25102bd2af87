namespace QuoteAttribution.Cli;

/// <summary>
/// Tells a write into a closed pipe (<c>quotes extract big.jsonl | head -1</c>) from other write failures:
/// the reader has gone, so the run stops at once and quietly, as Unix tools killed by SIGPIPE do.
/// </summary>
internal static class BrokenPipe
{
    // EPIPE on Linux and macOS; .NET puts the errno in the exception's HResult.
    private const int Epipe = 32;

    /// <summary>True when <paramref name="e"/> is a write into a pipe whose reader has closed it.</summary>
    public static bool Is(IOException e) =>
        e.HResult == Epipe || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);
}
