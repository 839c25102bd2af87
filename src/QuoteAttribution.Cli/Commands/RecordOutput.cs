using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Writes records as <c>extract</c> does (same formats and format choice, a file whole or not at all)
/// for the archive commands, whose records come from the archive instead of an analysis.
/// </summary>
internal static class RecordOutput
{
    /// <summary>Writes <paramref name="records"/>; returns an <see cref="ExitCodes"/> value.</summary>
    public static int Write(CliConsole console, string? formatName, string? path, IEnumerable<QuoteRecord> records)
    {
        OutputFormat? format = formatName is not null ? OutputFormats.Parse(formatName)
            : path is not null ? OutputFormats.FromPath(path)
            : console.OutputIsTerminal ? OutputFormat.Table : OutputFormat.JsonLines;
        if (format is not OutputFormat chosen)
        {
            console.Error.WriteLine($"quotes: cannot tell the format of '{path}' from its extension; use --format {string.Join('|', OutputFormats.Names)}.");
            return ExitCodes.Usage;
        }

        RecordWriterOptions options = new()
        {
            ByteOrderMark = chosen == OutputFormat.Csv && path is not null,
            Width = path is null ? console.Width : CliConsole.DefaultWidth,
            Ansi = path is null && console.OutputIsTerminal,
        };
        try
        {
            if (path is null)
            {
                WriteAll(RecordWriters.Create(chosen, console.Out, options), records);
                console.Out.Flush();
                return ExitCodes.Success;
            }

            using AtomicFile file = AtomicFile.Create(path);
            WriteAll(RecordWriters.Create(chosen, file.Stream, options), records);
            file.Commit();
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"quotes: {path ?? "standard output"}: cannot write: {e.Message}");
            return ExitCodes.SomeInputUnreadable;
        }
    }

    private static void WriteAll(IRecordWriter writer, IEnumerable<QuoteRecord> records)
    {
        using (writer)
        {
            foreach (QuoteRecord record in records)
            {
                writer.Write(record);
            }

            writer.Complete();
        }
    }
}
