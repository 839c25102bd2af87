using QuoteAttribution.Compare;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Steps the workflow commands share: writing the output, explaining speaker queries.</summary>
internal static class WorkflowRun
{
    /// <summary>Writes through <see cref="WorkflowOutput"/>; on failure names the file on <paramref name="stderr"/>.</summary>
    public static bool TryWrite(string? output, TextWriter stdout, TextWriter stderr, Action<TextWriter> render, bool byteOrderMark = false)
    {
        try
        {
            WorkflowOutput.Write(output, stdout, render, byteOrderMark);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"quotes: cannot write {output}: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Writes rows in <paramref name="format"/> (<c>--format</c>, else the <c>-o</c> extension, else a table); a
    /// CSV file gets the UTF-8 BOM, as <c>extract</c>'s does. False, with a message, when the format is unknown.
    /// </summary>
    public static bool TryWriteRows(string? format, string? output, TextWriter stdout, TextWriter stderr, Action<TextWriter, string> render)
    {
        if (WorkflowArguments.ChooseFormat(format, output) is not string chosen)
        {
            stderr.WriteLine($"quotes: cannot tell the format of '{output}' from its extension; use --format {string.Join('|', WorkflowArguments.Formats)}.");
            return false;
        }

        bool file = output is not null && output != "-";
        return TryWrite(output, stdout, stderr, w => render(w, chosen), byteOrderMark: file && chosen == "csv");
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
