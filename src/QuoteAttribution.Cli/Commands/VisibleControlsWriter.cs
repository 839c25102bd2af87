using System.Text;
using QuoteAttribution.Output;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// A writer that shows control characters as <c>\u001B</c>-style escapes (<see cref="VisibleControls"/>)
/// before they reach <paramref name="inner"/>. The workflow tables are drawn without ANSI codes, so every
/// control character in their output came from article text (a speaker name, a statement) and must not
/// act on the terminal.
/// </summary>
internal sealed class VisibleControlsWriter(TextWriter inner) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (char.IsControl(value) && value != '\n')
        {
            inner.Write(VisibleControls.Escape(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(VisibleControls.Escape(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();
}
