using System.Globalization;
using QuoteAttribution.Pipeline;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;

namespace QuoteAttribution.Output;

/// <summary>
/// Writes records as Spectre.Console tables, one per article (titled with the article id and origin, so
/// <c>quote_id</c> shows as <c>#n</c>), with the columns that fit <see cref="RecordWriterOptions.Width"/>:
/// the statement and its speaker always, then kind, cue, role, affiliation and the rest as room allows.
/// Rows are buffered per article (at most <see cref="MaxRowsPerTable"/>), never for the whole corpus.
/// Control characters in the text show as escapes (<see cref="VisibleControls"/>), never reach the terminal raw.
/// </summary>
internal sealed class TableRecordWriter : IRecordWriter
{
    /// <summary>A long article is split into several tables of at most this many rows.</summary>
    public const int MaxRowsPerTable = 500;

    private readonly TextWriter _output;
    private readonly IAnsiConsole _console;
    private readonly IReadOnlyList<TableColumnChoice> _columns;
    private readonly int _textWidth;
    private readonly List<QuoteRecord> _rows = [];
    private bool _any;

    public TableRecordWriter(TextWriter output, RecordWriterOptions options)
    {
        _output = output;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = options.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            EnvironmentVariables = new Dictionary<string, string>(StringComparer.Ordinal),
        });
        _console.Profile.Width = Math.Max(options.Width, TableColumnChoice.MinimumWidth);
        _console.Profile.Capabilities.Unicode = true;
        _columns = TableColumnChoice.Fitting(_console.Profile.Width);
        _textWidth = TableColumnChoice.TextWidth(_console.Profile.Width, _columns);
    }

    public void Write(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_rows.Count > 0 && (_rows[0].Article != record.Article || _rows.Count >= MaxRowsPerTable))
        {
            Flush();
        }

        _rows.Add(record);
        _any = true;
    }

    public void Complete()
    {
        Flush();
        if (!_any)
        {
            _output.Write("No statements found.\n");
        }
        else if (TableColumnChoice.Dropped(_console.Profile.Width) is { Count: > 0 } dropped)
        {
            // A narrow table must not pass for the whole record: name what it leaves out, and where to see it.
            _console.Write(new SpectreText(string.Create(
                CultureInfo.InvariantCulture,
                $"Not shown at {_console.Profile.Width} columns: {string.Join(", ", dropped)} (every field: --format csv or jsonl).\n")));
        }

        _output.Flush();
    }

    public void Dispose()
    {
    }

    private void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        Table table = new()
        {
            Border = TableBorder.Rounded,
            Expand = false,
            Title = new TableTitle(Markup.Escape(VisibleControls.Escape(TitleOf(_rows[0])))),
        };
        foreach (TableColumnChoice column in _columns)
        {
            // Fixed widths: left to itself, Spectre shares the width out by content and squeezes the text.
            table.AddColumn(new TableColumn(new SpectreText(column.Header))
            {
                NoWrap = !column.Wrap,
                Alignment = column.Alignment,
                Width = column.IsText ? _textWidth : column.Width,
            });
        }

        foreach (QuoteRecord record in _rows)
        {
            string[] values = RecordFields.Values(record);
            table.AddRow(_columns.Select(column => (IRenderable)new SpectreText(VisibleControls.Escape(column.Cell(values)))));
        }

        _console.Write(table);
        _rows.Clear();
    }

    // The origin takes no column of its own: every row of a table shares it, so the title names it.
    private static string TitleOf(QuoteRecord record) =>
        record.Origin.Length == 0 || record.Origin == record.Article ? record.Article : $"{record.Article} ({record.Origin})";
}
