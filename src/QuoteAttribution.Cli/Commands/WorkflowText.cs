using System.Globalization;
using CsvHelper;
using Humanizer;
using Spectre.Console;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Human text for the workflow commands: counts, dates, Markdown cells, a plain Spectre console.</summary>
internal static class WorkflowText
{
    /// <summary>Wide enough that a comparison's two statement columns stay readable in a file or pipe.</summary>
    private const int RedirectedWidth = 160;

    /// <summary><c>1 statement</c>, <c>3 statements</c> (Humanizer, invariant digits).</summary>
    public static string Count(int n, string word) => word.ToQuantity(n, "0", CultureInfo.InvariantCulture);

    /// <summary><c>Oct 14, 2015</c>, or empty.</summary>
    public static string Date(DateOnly? date) =>
        date?.ToString("MMM d, yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A first–last date range: <c>Oct 14, 2015 – Oct 16, 2015</c>, one date when they are equal.</summary>
    public static string Period(DateOnly? first, DateOnly? last) =>
        first is null ? "" : first == last ? Date(first) : $"{Date(first)} \u2013 {Date(last)}";

    /// <summary>Escapes a value for a Markdown table cell: pipes, line breaks, HTML.</summary>
    public static string MarkdownCell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A CSV writer as the records' CSV is written: RFC 4180 (CRLF, quoted when needed), invariant.</summary>
    public static CsvWriter Csv(TextWriter writer) => CsvWriter.Create(
        writer,
        CsvWriterOptions.Default with
        {
            NewLine = "\r\n",
            Separator = ',',
            Quoting = CsvQuoting.WhenNeeded,
            Injection = CsvInjection.None,
            FormatProvider = CultureInfo.InvariantCulture,
        },
        leaveOpen: true);

    /// <summary>
    /// Writes one CSV row. A value that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c> first, also behind a zero-width space or byte-order mark) gets a leading apostrophe; numbers are left alone.
    /// </summary>
    public static void CsvRow(CsvWriter csv, IEnumerable<string> values)
    {
        foreach (string value in values)
        {
            bool number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            csv.WriteField(number ? value : Output.FormulaGuard.Apply(value));
        }

        csv.EndRecord();
    }

    /// <summary>A Spectre console that writes plain text (no ANSI codes) to <paramref name="writer"/>.</summary>
    public static IAnsiConsole Console(TextWriter writer)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!ReferenceEquals(writer, System.Console.Out) || System.Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
