namespace QuoteAttribution.Output;

/// <summary>
/// Guards spreadsheet cells against formula injection (OWASP "CSV injection"): a cell that starts with
/// a formula trigger gets a leading apostrophe, which spreadsheets show as text.
/// </summary>
/// <example><c>=HYPERLINK("http://x")</c> → <c>'=HYPERLINK("http://x")</c>; <c>-Commissioner Starks</c> → <c>'-Commissioner Starks</c></example>
internal static class FormulaGuard
{
    private const char Escape = '\'';

    /// <summary>The cell value, escaped when it begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR.</summary>
    public static string Apply(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? Escape + value : value;
}
