using QuoteAttribution.Compare;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Steps the workflow commands share: writing the output, explaining speaker queries.</summary>
internal static class WorkflowRun
{
    /// <summary>
    /// Writes through <see cref="WorkflowOutput"/> and returns null, or the exit code of a failure: a file
    /// that cannot be written is named on <paramref name="stderr"/> (exit 1); a closed pipe on standard
    /// output ends the run quietly (<see cref="ExitCodes.BrokenPipe"/>).
    /// </summary>
    public static int? TryWrite(string? output, TextWriter stdout, TextWriter stderr, Action<TextWriter> render, CancellationToken cancellationToken = default)
    {
        try
        {
            WorkflowOutput.Write(output, stdout, render, cancellationToken);
            return null;
        }
        catch (IOException e) when (output is null or "-" && BrokenPipe.Is(e))
        {
            return ExitCodes.BrokenPipe;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"quotes: cannot write {output ?? "standard output"}: {e.Message}");
            return ExitCodes.SomeInputUnreadable;
        }
    }

    /// <summary>
    /// Runs a workflow command; an interruption (Ctrl-C, SIGTERM, SIGHUP) ends it with
    /// <see cref="ExitCodes.Interrupted"/> and the old output file intact.
    /// </summary>
    public static int Interruptible(TextWriter stderr, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("quotes: interrupted; no output file was written.");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>
    /// Names each query that found no speaker (with the closest ones) and each that found several;
    /// returns false when some query found nobody.
    /// </summary>
    public static bool ExplainMatches(IEnumerable<SpeakerMatch> sides, TextWriter stderr)
    {
        bool allFound = true;
        foreach (SpeakerMatch side in sides)
        {
            if (!side.IsFound)
            {
                allFound = false;
                string suggestions = side.Suggestions.IsEmpty
                    ? "; run 'quotes speakers' to list who was quoted"
                    : "; did you mean: " + string.Join(", ", side.Suggestions.Select(s => s.Name));
                stderr.WriteLine($"quotes: no speaker '{side.Query}'{suggestions}");
            }
            else if (side.IsAmbiguous)
            {
                stderr.WriteLine($"quotes: '{side.Query}' matches {string.Join(", ", side.Matches.Select(m => m.Name))}; their statements are shown together");
            }
        }

        return allFound;
    }
}
