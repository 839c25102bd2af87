using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Tests.Support;

/// <summary>Runs records through a writer into a string.</summary>
internal static class OutputRunner
{
    public static string Write(OutputFormat format, IEnumerable<QuoteRecord> records, RecordWriterOptions? options = null)
    {
        using StringWriter output = new() { NewLine = "\n" };
        using (IRecordWriter writer = RecordWriters.Create(format, output, options))
        {
            foreach (QuoteRecord record in records)
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        return output.ToString();
    }
}
