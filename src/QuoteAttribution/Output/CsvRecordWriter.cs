using CsvHelper;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Output;

/// <summary>
/// Writes RFC 4180 CSV through CsvHelper: CRLF line ends, a header line of
/// <see cref="RecordFields.Names"/>, fields quoted when they hold a quote, comma or line break, text
/// cells guarded against formula injection unless <see cref="RecordWriterOptions.FormulaGuard"/> is off.
/// </summary>
internal sealed class CsvRecordWriter : IRecordWriter
{
    private const char ByteOrderMark = '\uFEFF';

    private readonly TextWriter _output;
    private readonly CsvWriter _csv;
    private readonly RecordWriterOptions _options;
    private bool _started;

    public CsvRecordWriter(TextWriter output, RecordWriterOptions options)
    {
        _output = output;
        _options = options;
        // The guard is ours, not CsvHelper's Injection option, because numeric fields must stay untouched.
        CsvWriterOptions csvOptions = CsvWriterOptions.Default with
        {
            NewLine = "\r\n",
            Separator = ',',
            Quoting = CsvQuoting.WhenNeeded,
            Injection = CsvInjection.None,
            FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
        };
        _csv = CsvWriter.Create(output, csvOptions, leaveOpen: true);
    }

    public void Write(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Start();
        string[] values = RecordFields.Values(record);
        for (int i = 0; i < values.Length; i++)
        {
            bool guard = _options.FormulaGuard && !FieldTypes.IsNumeric(RecordFields.Names[i]);
            _csv.WriteField(guard ? FormulaGuard.Apply(values[i]) : values[i]);
        }

        _csv.EndRecord();
    }

    public void Complete()
    {
        Start();
        _csv.Flush();
        _output.Flush();
    }

    public void Dispose() => _csv.Dispose();

    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        if (_options.ByteOrderMark)
        {
            _output.Write(ByteOrderMark);
        }

        foreach (string name in RecordFields.Names)
        {
            _csv.WriteField(name);
        }

        _csv.EndRecord();
    }
}
