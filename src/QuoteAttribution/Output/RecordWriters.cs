using System.Text;

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

    /// <summary>
    /// A writer of <paramref name="format"/> onto <paramref name="output"/> as UTF-8 (no byte-order mark
    /// unless <see cref="RecordWriterOptions.ByteOrderMark"/> asks for one). JSON Lines goes onto the stream
    /// as the bytes it is made in, with no round trip through characters. The stream stays open.
    /// </summary>
    public static IRecordWriter Create(OutputFormat format, Stream output, RecordWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == OutputFormat.JsonLines)
        {
            return new JsonLinesRecordWriter(output);
        }

        StreamWriter text = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true);
        return new TextRecordWriter(Create(format, text, options), text);
    }

    /// <summary>A writer onto a text writer of its own, which it flushes on completion and closes on disposal.</summary>
    private sealed class TextRecordWriter(IRecordWriter inner, StreamWriter text) : IRecordWriter
    {
        public void Write(Pipeline.QuoteRecord record) => inner.Write(record);

        public void Complete()
        {
            inner.Complete();
            text.Flush();
        }

        public void Dispose()
        {
            inner.Dispose();
            text.Dispose();
        }
    }
}
