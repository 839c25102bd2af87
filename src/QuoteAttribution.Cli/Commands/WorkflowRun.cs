using QuoteAttribution.Compare;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Steps the workflow commands share: writing the output, explaining speaker queries.</summary>
internal static class WorkflowRun
{
    /// <summary>
    /// Writes through <see cref="WorkflowOutput"/> and returns null, or the exit code of a failure: a file
    /// that cannot be written is named on <paramref name="stderr"/> (exit 1); a closed pipe on standard
    /// output ends the run quietly (<see cref="ExitCodes.BrokenPipe"/>).
    /// </summary>
    public static int? TryWrite(
        string? output, TextWriter stdout, TextWriter stderr, Action<TextWriter> render, bool byteOrderMark = false,
        CancellationToken cancellationToken = default)
    {
        try
        {
            WorkflowOutput.Write(output, stdout, render, byteOrderMark, cancellationToken);
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
    /// Writes rows in <paramref name="format"/> (<c>--format</c>, else the <c>-o</c> extension, else a table); a
    /// CSV file gets the UTF-8 BOM, as <c>extract</c>'s does. Null, or the exit code of a failure (an unknown
    /// extension is a usage error).
    /// </summary>
    public static int? TryWriteRows(
        string? format, string? output, TextWriter stdout, TextWriter stderr, Action<TextWriter, string> render,
        CancellationToken cancellationToken = default)
    {
        if (WorkflowArguments.ChooseFormat(format, output) is not string chosen)
        {
            stderr.WriteLine($"quotes: cannot tell the format of '{output}' from its extension; use --format {string.Join('|', WorkflowArguments.Formats)}.");
            return ExitCodes.Usage;
        }

        bool file = output is not null && output != "-";
        return TryWrite(output, stdout, stderr, w => render(w, chosen), byteOrderMark: file && chosen == "csv", cancellationToken);
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
    /// Names each query that found no speaker (with the closest ones) and each that fits several speakers
    /// (with their statement counts), and says which speaker a shared surname was taken for; returns false
    /// when some query found nobody or is ambiguous.
    /// </summary>
    public static bool ExplainMatches(IEnumerable<SpeakerMatch> sides, TextWriter stderr)
    {
        bool allFound = true;
        foreach (SpeakerMatch side in sides)
        {
            if (side.IsAmbiguous)
            {
                allFound = false;
                stderr.WriteLine($"quotes: '{side.Query}' fits {Candidates(side)}; give the full name or the id");
            }
            else if (!side.IsFound)
            {
                allFound = false;
                string suggestions = side.Suggestions.IsEmpty
                    ? "; run 'quotes speakers' to list who was quoted"
                    : "; did you mean: " + string.Join(", ", side.Suggestions.Select(s => s.Name));
                stderr.WriteLine($"quotes: no speaker '{side.Query}'{suggestions}");
            }
            else if (side.WasChosen)
            {
                stderr.WriteLine($"quotes: '{side.Query}' taken as {side.Matches[0].Name} ({IdOf(side.Matches[0])}), who holds nearly all statements of {Candidates(side)}");
            }
        }

        return allFound;
    }

    // "Ted Cruz (ted-cruz, 40 statements), Ana Cruz (ana-cruz, 1 statement)"
    // At most five are named (most statements first), so a common surname stays one readable line.
    private static string Candidates(SpeakerMatch side)
    {
        const int Shown = 5;
        string named = string.Join(", ", side.Candidates.Take(Shown).Select(c => $"{c.Name} ({IdOf(c)}, {WorkflowText.Count(c.Statements, "statement")})"));
        return side.Candidates.Length > Shown ? $"{named} and {side.Candidates.Length - Shown} more" : named;
    }

    private static string IdOf(SpeakerSummary speaker) => speaker.SpeakerId.Length > 0 ? speaker.SpeakerId : speaker.Name;
}
