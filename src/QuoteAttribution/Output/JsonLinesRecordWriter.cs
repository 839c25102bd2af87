using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Output;

/// <summary>
/// Writes one JSON object per line, keys in <see cref="RecordFields.Names"/> order: offsets as numbers,
/// <c>speaker_start</c>, <c>speaker_end</c> and <c>date</c> as null when absent, <c>confidence</c> as the
/// same two-decimal number the other formats show. Non-ASCII text is kept as it is (only what JSON
/// requires is escaped), so the output stays readable and valid.
/// </summary>
internal sealed class JsonLinesRecordWriter : IRecordWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public JsonLinesRecordWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public void Write(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        string[] values = RecordFields.Values(record);
        for (int i = 0; i < values.Length; i++)
        {
            WriteField(RecordFields.Names[i], values[i]);
        }

        _json.WriteEndObject();
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _output.Write('\n');
    }

    public void Complete() => _output.Flush();

    public void Dispose() => _json.Dispose();

    private void WriteField(string name, string value)
    {
        if (value.Length == 0 && FieldTypes.IsNullable(name))
        {
            _json.WriteNull(name);
        }
        else if (FieldTypes.IsNumeric(name))
        {
            // Invariant strings from RecordFields, so JSON shows exactly what CSV shows (0.85, not 0.8500000001).
            if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
            {
                _json.WriteNumber(name, number);
            }
            else
            {
                _json.WriteNull(name);
            }
        }
        else
        {
            _json.WriteString(name, value);
        }
    }
}
