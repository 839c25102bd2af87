using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Report;

/// <summary>
/// Writes one self-contained HTML page (no network: inline CSS and script, a Content-Security-Policy
/// that forbids loading anything) with the quotes table (sort, filter by speaker, kind and text), the
/// speakers table and a side-by-side comparison of officials. Each statement is shown in its sentence
/// with the statement and the speaker mention highlighted, and the rule that decided.
/// The same input always gives the same bytes.
/// </summary>
/// <example><code>string html = HtmlReportWriter.Render(records, texts, new ReportOptions { Speakers = ["Lavrov", "Carter"] });</code></example>
public static class HtmlReportWriter
{
    /// <summary>Renders the report as a string.</summary>
    /// <param name="records">The records of all articles, in reading order.</param>
    /// <param name="articleTexts">Article id → article text as read, to cut each statement's context from.</param>
    /// <param name="options">Title and officials to compare; null for the defaults.</param>
    /// <param name="articleTitles">
    /// Article id → the headline its source gave (JSONL <c>title</c>), shown in the quote-id column; an
    /// article without one shows its first line when that reads as a headline, else its short id.
    /// </param>
    public static string Render(
        IReadOnlyList<QuoteRecord> records, IReadOnlyDictionary<string, string> articleTexts, ReportOptions? options = null,
        IReadOnlyDictionary<string, string>? articleTitles = null)
    {
        using StringWriter writer = new(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, records, articleTexts, options, articleTitles);
        return writer.ToString();
    }

    /// <summary>Writes the report to <paramref name="writer"/>.</summary>
    /// <inheritdoc cref="Render" path="/param"/>
    public static void Write(
        TextWriter writer, IReadOnlyList<QuoteRecord> records, IReadOnlyDictionary<string, string> articleTexts, ReportOptions? options = null,
        IReadOnlyDictionary<string, string>? articleTitles = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(articleTexts);
        new HtmlReportPage(writer, records, articleTexts, articleTitles ?? new Dictionary<string, string>(), options ?? ReportOptions.Default).Write();
    }
}
