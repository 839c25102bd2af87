using QuoteAttribution.Pipeline;
using Spectre.Console;

namespace QuoteAttribution.Output;

/// <summary>
/// A column of the terminal table: which record field it shows, and how narrow it may get. The list is
/// in priority order; <see cref="Fitting"/> keeps the longest prefix that fits the width while the
/// statement text keeps a fair share of it. Every column but the text is as wide as it needs at most
/// (<see cref="Width"/>); the text column takes the rest, so a wider terminal shows more of each statement.
/// </summary>
/// <param name="Field">The record field (one of <see cref="RecordFields.Names"/>).</param>
/// <param name="MinWidth">The narrowest the column may be, content only.</param>
/// <param name="Wrap">Whether long values wrap onto more lines.</param>
internal sealed record TableColumnChoice(string Field, int MinWidth, bool Wrap)
{
    /// <summary>The narrowest table: the first three columns at their minimum.</summary>
    public const int MinimumWidth = 50;

    // Each column costs its content plus two padding spaces and one border.
    private const int ColumnOverhead = 3;

    // The share of the width the statement text keeps before another column is added (80 columns: 32
    // characters of text, 200: 80), so a wide terminal shows statements, not fourteen slivers.
    private const double TextShare = 0.4;

    private static readonly TableColumnChoice[] Priority =
    [
        new("quote_id", 4, Wrap: false),
        new("speaker", 14, Wrap: true),
        new("text", 24, Wrap: true),
        new("kind", 8, Wrap: false),
        new("cue", 10, Wrap: true),
        new("role", 14, Wrap: true),
        new("affiliation", 12, Wrap: true),
        new("speaker_mention", 12, Wrap: true),
        new("date", 10, Wrap: false),
        new("rule", 14, Wrap: true),
        new("confidence", 10, Wrap: false),
        new("addressee", 12, Wrap: true),
        new("start", 6, Wrap: false),
        new("end", 6, Wrap: false),
    ];

    /// <summary>The column header: the field name, so every format names fields the same way.</summary>
    public string Header => Field;

    /// <summary>Numbers right, text left.</summary>
    public Justify Alignment => Field is "start" or "end" or "confidence" ? Justify.Right : Justify.Left;

    /// <summary>The fixed width of a column other than the text: its minimum, or its header when longer.</summary>
    public int Width => Math.Max(MinWidth, Field.Length);

    /// <summary>Whether this column is the statement text, which takes the width the others leave.</summary>
    public bool IsText => Field == "text";

    /// <summary>The columns that fit <paramref name="width"/>, in record field order.</summary>
    public static IReadOnlyList<TableColumnChoice> Fitting(int width)
    {
        List<TableColumnChoice> chosen = [];
        int used = 1;
        int textReserve = Math.Max(0, (int)(width * TextShare) - Priority.First(c => c.IsText).Width);
        foreach (TableColumnChoice column in Priority)
        {
            int cost = column.Width + ColumnOverhead;
            if (chosen.Count >= 3 && used + cost + textReserve > width)
            {
                break;
            }

            chosen.Add(column);
            used += cost;
        }

        return [.. chosen.OrderBy(c => IndexOf(c.Field))];
    }

    /// <summary>The fields <see cref="Fitting"/> leaves out at <paramref name="width"/>, in priority order.</summary>
    public static IReadOnlyList<string> Dropped(int width)
    {
        HashSet<string> shown = [.. Fitting(width).Select(c => c.Field)];
        return [.. Priority.Where(c => !shown.Contains(c.Field)).Select(c => c.Field)];
    }

    /// <summary>The width the text column gets at <paramref name="width"/> beside <paramref name="columns"/>.</summary>
    public static int TextWidth(int width, IReadOnlyList<TableColumnChoice> columns) =>
        width - 1 - columns.Sum(c => ColumnOverhead + (c.IsText ? 0 : c.Width));

    /// <summary>The cell for this column from a record's <see cref="RecordFields.Values"/>.</summary>
    public string Cell(string[] values)
    {
        string value = values[IndexOf(Field)];
        if (Field == "quote_id")
        {
            // The table's title is the article id; the number alone identifies the row.
            int hash = value.LastIndexOf('#');
            return hash >= 0 ? value[hash..] : value;
        }

        return value;
    }

    private static int IndexOf(string field)
    {
        for (int i = 0; i < RecordFields.Names.Count; i++)
        {
            if (RecordFields.Names[i] == field)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"unknown record field {field}");
    }
}
