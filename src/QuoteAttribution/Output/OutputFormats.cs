namespace QuoteAttribution.Output;

/// <summary>Names and file extensions of the <see cref="OutputFormat"/>s.</summary>
public static class OutputFormats
{
    /// <summary>The names accepted on the command line, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["table", "csv", "jsonl", "markdown"];

    /// <summary>The format called <paramref name="name"/> (<c>csv</c>, <c>jsonl</c>, …), or null.</summary>
    public static OutputFormat? Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "TABLE" => OutputFormat.Table,
        "CSV" => OutputFormat.Csv,
        "JSONL" or "NDJSON" => OutputFormat.JsonLines,
        "MARKDOWN" or "MD" => OutputFormat.Markdown,
        _ => null,
    };

    /// <summary>
    /// The format a file called <paramref name="path"/> should have: <c>.csv</c>, <c>.jsonl</c>/<c>.ndjson</c>,
    /// <c>.md</c>/<c>.markdown</c>, <c>.txt</c> (a plain table); null for anything else.
    /// </summary>
    public static OutputFormat? FromPath(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => OutputFormat.Csv,
        ".JSONL" or ".NDJSON" => OutputFormat.JsonLines,
        ".MD" or ".MARKDOWN" => OutputFormat.Markdown,
        ".TXT" => OutputFormat.Table,
        _ => null,
    };
}
