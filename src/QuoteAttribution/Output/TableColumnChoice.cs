using QuoteAttribution.Pipeline;
using Spectre.Console;

namespace QuoteAttribution.Output;

/// <summary>
/// A column of the terminal table: which record field it shows, and how narrow it may get. The list is
/// in priority order; <see cref="Fitting"/> keeps the longest prefix that fits the width.
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

    /// <summary>The columns that fit <paramref name="width"/>, in record field order.</summary>
    public static IReadOnlyList<TableColumnChoice> Fitting(int width)
    {
        List<TableColumnChoice> chosen = [];
        int used = 1;
        foreach (TableColumnChoice column in Priority)
        {
            int cost = column.MinWidth + ColumnOverhead;
            if (chosen.Count >= 3 && used + cost > width)
            {
                break;
            }

            chosen.Add(column);
            used += cost;
        }

        return [.. chosen.OrderBy(c => IndexOf(c.Field))];
    }

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
