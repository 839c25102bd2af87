using System.Text;
using System.Text.Json;
using CsvHelper;
using NUnit.Framework;
using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Output;

public sealed class CsvRecordWriterTests
{
    [Test]
    public void NoRecords_WritesHeaderLineOnly()
    {
        string csv = OutputRunner.Write(OutputFormat.Csv, []);

        Assert.That(csv, Is.EqualTo(string.Join(",", RecordFields.Names) + "\r\n"));
    }

    [Test]
    public void Record_EndsLinesWithCrLfAndUsesInvariantValues()
    {
        string csv = OutputRunner.Write(OutputFormat.Csv, [SampleRecords.Direct()]);

        Assert.That(
            csv.Split("\r\n")[1],
            Is.EqualTo("a1,,a1#1,direct,We will not back down,1,22,Jane Smith,jane-smith,person,Mayor Jane Smith,30,46,Mayor,Springfield,said,reporters,2016-10-05,trailing-cue,0.85"));
    }

    [Test]
    public void AwkwardText_RoundTripsThroughCsvHelperReader()
    {
        // Arrange
        QuoteRecord record = SampleRecords.Direct(text: SampleRecords.Awkward);
        string csv = OutputRunner.Write(OutputFormat.Csv, [record, SampleRecords.Unresolved()]);

        // Act
        using CsvReader reader = CsvReader.FromText(csv, CsvReaderOptions.Default with { Separator = ',' });
        List<string[]> rows = [];
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        // Assert
        Assert.That(reader.Headers, Is.EqualTo(RecordFields.Names));
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0], Is.EqualTo(RecordFields.Values(record)));
        Assert.That(rows[1], Is.EqualTo(RecordFields.Values(SampleRecords.Unresolved())));
    }

    [Test]
    public void FileWithByteOrderMark_RoundTripsThroughPythonCsv()
    {
        // Arrange: the bytes exactly as the CLI writes them to a .csv file
        QuoteRecord record = SampleRecords.Direct(text: "=1+2 " + SampleRecords.Awkward);
        string csv = OutputRunner.Write(OutputFormat.Csv, [record], new RecordWriterOptions { ByteOrderMark = true });
        string path = Path.Combine(Path.GetTempPath(), $"qa-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        const string Script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f))))
            """;

        // Act
        string? output;
        try
        {
            output = Python.Run(Script, path);
        }
        finally
        {
            File.Delete(path);
        }

        if (output is null)
        {
            Assert.Ignore("python3 is not installed");
        }

        // Assert
        string[][] rows = JsonSerializer.Deserialize<string[][]>(output)!;
        Assert.That(rows[0], Is.EqualTo(RecordFields.Names));
        Assert.That(rows[1][4], Is.EqualTo("'" + record.Text));
        Assert.That(rows[1][17], Is.EqualTo("2016-10-05"));
    }

    [TestCase("=HYPERLINK(\"http://x\")")]
    [TestCase("+1")]
    [TestCase("-Commissioner Starks")]
    [TestCase("@SUM(A1)")]
    [TestCase("\tindented")]
    public void FormulaLikeText_IsPrefixedWithApostrophe(string text)
    {
        QuoteRecord record = SampleRecords.Direct(text: text) with { Speaker = text };

        string[] row = ReadBack(OutputRunner.Write(OutputFormat.Csv, [record]))[1];

        Assert.That(row[4], Is.EqualTo("'" + text));
        Assert.That(row[7], Is.EqualTo("'" + text));
    }

    [Test]
    public void FormulaGuardOff_LeavesTextAsIs()
    {
        QuoteRecord record = SampleRecords.Direct(text: "=1+2");

        string[] row = ReadBack(OutputRunner.Write(OutputFormat.Csv, [record], new RecordWriterOptions { FormulaGuard = false }))[1];

        Assert.That(row[4], Is.EqualTo("=1+2"));
    }

    [Test]
    public void NegativeNumber_IsNotGuarded()
    {
        QuoteRecord record = SampleRecords.Direct() with { Confidence = -0.5 };

        string[] row = ReadBack(OutputRunner.Write(OutputFormat.Csv, [record]))[1];

        Assert.That(row[19], Is.EqualTo("-0.50"));
    }

    [Test]
    public void ByteOrderMarkOption_StartsOutputWithFeff()
    {
        string csv = OutputRunner.Write(OutputFormat.Csv, [], new RecordWriterOptions { ByteOrderMark = true });

        Assert.That(csv[0], Is.EqualTo('\uFEFF'));
        Assert.That(csv[1..], Does.StartWith("article,origin,quote_id,"));
    }

    private static List<string[]> ReadBack(string csv)
    {
        using CsvReader reader = CsvReader.FromText(csv, CsvReaderOptions.Default with { Separator = ',', HasHeader = false });
        List<string[]> rows = [];
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
