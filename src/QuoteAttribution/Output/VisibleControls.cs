using System.Globalization;
using System.Text;

namespace QuoteAttribution.Output;

/// <summary>
/// Makes control characters visible for a terminal: article text may hold raw escape sequences
/// (<c>ESC ]0;title BEL</c> renames the terminal window, <c>ESC [2J</c> clears it), which must show as text,
/// not act. C0 controls (but line feed), DEL and C1 controls become <c>\u001B</c>-style escapes.
/// </summary>
/// <example><c>"a\u001B[2Jb"</c> → <c>a\u001B[2Jb</c> as eleven visible characters</example>
public static class VisibleControls
{
    /// <summary>The text with every control character but line feed written as <c>\uXXXX</c>; the same string when it has none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            return text;
        }

        StringBuilder visible = new(text.Length + 16);
        foreach (char c in text)
        {
            if (char.IsControl(c) && c != '\n')
            {
                visible.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }
}
