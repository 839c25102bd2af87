namespace QuoteAttribution.Output;

/// <summary>Creates the <see cref="IRecordWriter"/> for an <see cref="OutputFormat"/>.</summary>
public static class RecordWriters
{
    /// <summary>A writer of <paramref name="format"/> onto <paramref name="output"/>.</summary>
    public static IRecordWriter Create(OutputFormat format, TextWriter output, RecordWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= RecordWriterOptions.Default;
        return format switch
        {
            OutputFormat.Csv => new CsvRecordWriter(output, options),
            OutputFormat.JsonLines => new JsonLinesRecordWriter(output),
            OutputFormat.Markdown => new MarkdownRecordWriter(output),
            OutputFormat.Table => new TableRecordWriter(output, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
        };
    }
}
