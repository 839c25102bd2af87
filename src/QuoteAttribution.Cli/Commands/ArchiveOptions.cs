using System.CommandLine;

namespace QuoteAttribution.Cli.Commands;

/// <summary>The options the archive commands share (a new instance per command).</summary>
internal static class ArchiveOptions
{
    /// <summary><c>--db FILE</c>: the archive.</summary>
    public static Option<string> Database(bool required) => new("--db")
    {
        Description = "The quotes archive (an SQLite file; 'quotes index' creates it).",
        HelpName = "FILE",
        Required = required,
    };
}
