namespace QuoteAttribution.Output;

/// <summary>
/// Guards spreadsheet cells against formula injection (OWASP "CSV injection"): a cell that starts with
/// a formula trigger gets a leading apostrophe, which spreadsheets show as text. Invisible characters in
/// front (a zero-width space, a byte-order mark) do not hide the trigger: spreadsheets skip them too.
/// </summary>
/// <example><c>=HYPERLINK("http://x")</c> → <c>'=HYPERLINK("http://x")</c>; <c>-Commissioner Starks</c> → <c>'-Commissioner Starks</c></example>
public static class FormulaGuard
{
    private const char Escape = '\'';

    /// <summary>
    /// The cell value, escaped when it begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR, after any
    /// zero-width space, joiner or byte-order mark (U+200B–U+200D, U+2060, U+FEFF).
    /// </summary>
    public static string Apply(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return StartsWithTrigger(value) ? Escape + value : value;
    }

    /// <summary>True when a spreadsheet would read <paramref name="value"/> as a formula.</summary>
    public static bool StartsWithTrigger(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int i = 0;
        while (i < value.Length && value[i] is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
        {
            i++;
        }

        return i < value.Length && value[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
