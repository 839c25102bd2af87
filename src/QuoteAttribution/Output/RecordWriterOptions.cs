namespace QuoteAttribution.Output;

/// <summary>Settings of the record writers; make variants with <c>with</c>.</summary>
public sealed record RecordWriterOptions
{
    /// <summary>
    /// CSV only: prefix <c>'</c> to text cells that begin with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
    /// carriage return, so a spreadsheet shows them instead of running them as formulas. Numeric fields
    /// are never changed. On by default.
    /// </summary>
    public bool FormulaGuard { get; init; } = true;

    /// <summary>
    /// CSV only: start the output with U+FEFF, which becomes the UTF-8 byte-order mark that makes Excel
    /// read the file as UTF-8. Off by default; the command line turns it on for <c>-o FILE.csv</c>.
    /// </summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>Table only: the width in characters to fit the table into.</summary>
    public int Width { get; init; } = 120;

    /// <summary>Table only: use colours and styles (ANSI escape codes); only for a terminal.</summary>
    public bool Ansi { get; init; }

    /// <summary>The defaults.</summary>
    public static RecordWriterOptions Default { get; } = new();
}
