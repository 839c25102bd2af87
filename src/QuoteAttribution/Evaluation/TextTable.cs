using System.Text;

namespace QuoteAttribution.Evaluation;

/// <summary>A plain-text table: columns padded to their widest cell, numbers right-aligned, the last column free.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void WriteTo(TextWriter writer)
    {
        int[] widths = new int[headers.Length];
        bool[] numeric = new bool[headers.Length];
        for (int c = 0; c < headers.Length; c++)
        {
            widths[c] = _rows.Select(r => r[c].Length).Append(headers[c].Length).Max();
            numeric[c] = _rows.Count > 0 && _rows.All(r => r[c].Length == 0 || double.TryParse(r[c], System.Globalization.CultureInfo.InvariantCulture, out _));
        }

        WriteRow(writer, headers, widths, numeric);
        foreach (string[] row in _rows)
        {
            WriteRow(writer, row, widths, numeric);
        }
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths, bool[] numeric)
    {
        StringBuilder line = new();
        for (int c = 0; c < cells.Length; c++)
        {
            string cell = cells[c];
            bool last = c == cells.Length - 1;
            line.Append(numeric[c] ? cell.PadLeft(widths[c]) : last ? cell : cell.PadRight(widths[c]));
            if (!last)
            {
                line.Append("  ");
            }
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
