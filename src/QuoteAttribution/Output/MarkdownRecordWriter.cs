using System.Text;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Output;

/// <summary>
/// Writes a GitHub-flavoured Markdown pipe table: a header of <see cref="RecordFields.Names"/>, numbers
/// right-aligned, and cells escaped so that <c>|</c>, backslashes and line breaks cannot break the row and
/// HTML in the text (<c>&lt;script&gt;</c>) shows as text.
/// </summary>
internal sealed class MarkdownRecordWriter(TextWriter output) : IRecordWriter
{
    private bool _started;

    public void Write(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Start();
        WriteRow(RecordFields.Values(record).Select(Escape));
    }

    public void Complete()
    {
        Start();
        output.Flush();
    }

    public void Dispose()
    {
    }

    /// <summary>The cell text for <paramref name="value"/>: one line, pipes, backslashes and HTML escaped.</summary>
    internal static string Escape(string value)
    {
        StringBuilder cell = new(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\':
                    cell.Append(@"\\");
                    break;
                case '|':
                    cell.Append(@"\|");
                    break;

                // Markdown renderers pass HTML through: <script> in an article must stay text.
                case '<':
                    cell.Append("&lt;");
                    break;
                case '>':
                    cell.Append("&gt;");
                    break;
                case '&':
                    cell.Append("&amp;");
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029':
                    cell.Append("<br>");
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        return cell.ToString();
    }

    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        WriteRow(RecordFields.Names);
        WriteRow(RecordFields.Names.Select(name => FieldTypes.IsNumeric(name) ? "---:" : "---"));
    }

    private void WriteRow(IEnumerable<string> cells)
    {
        output.Write("| ");
        output.Write(string.Join(" | ", cells));
        output.Write(" |\n");
    }
}
