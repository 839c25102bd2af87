using Microsoft.Data.Sqlite;
using QuoteAttribution.Archive;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Opens an archive for a reading command, and turns an unusable archive into one clear line and exit code 1.</summary>
internal static class ArchiveCommand
{
    /// <summary>Runs <paramref name="read"/> on the archive at <paramref name="path"/>; returns its exit code, or 1 when the archive cannot be read.</summary>
    public static int Read(CliConsole console, string path, Func<QuoteArchive, int> read) =>
        Read(console.Error, path, read);

    /// <inheritdoc cref="Read(CliConsole, string, Func{QuoteArchive, int})"/>
    public static int Read(TextWriter stderr, string path, Func<QuoteArchive, int> read)
    {
        try
        {
            using QuoteArchive archive = QuoteArchive.OpenForReading(path);
            return read(archive);
        }
        catch (ArchiveException e)
        {
            stderr.WriteLine($"quotes: {e.Message}");
            return ExitCodes.SomeInputUnreadable;
        }
        catch (SqliteException e)
        {
            stderr.WriteLine($"quotes: {path}: cannot read the archive: {e.Message}");
            return ExitCodes.SomeInputUnreadable;
        }
    }
}
