using System.Globalization;
using NUnit.Framework;
using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Output;

public sealed class RecordWritersTests
{
    private static readonly QuoteRecord[] Records =
    [
        SampleRecords.Direct(text: "Ich sage: \u201EIstanbul\u201C " + SampleRecords.Awkward) with { Confidence = 0.5 },
        SampleRecords.Unresolved() with { Speaker = "IRAK \u0130\u0131", Confidence = 1234.5678 },
    ];

    private static readonly RecordWriterOptions WideTable = new() { Width = 250 };

    [TestCase(OutputFormat.Csv, "de-DE")]
    [TestCase(OutputFormat.Csv, "tr-TR")]
    [TestCase(OutputFormat.JsonLines, "de-DE")]
    [TestCase(OutputFormat.JsonLines, "tr-TR")]
    [TestCase(OutputFormat.Markdown, "de-DE")]
    [TestCase(OutputFormat.Markdown, "tr-TR")]
    [TestCase(OutputFormat.Table, "de-DE")]
    [TestCase(OutputFormat.Table, "tr-TR")]
    public void OtherCulture_WritesSameText(OutputFormat format, string culture)
    {
        // Arrange
        string expected = OutputRunner.Write(format, Records, WideTable);
        CultureInfo saved = CultureInfo.CurrentCulture;

        // Act
        string actual;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            actual = OutputRunner.Write(format, Records, WideTable);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }

        // Assert
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(expected, Does.Contain("1234.57"));
    }

    [TestCase(OutputFormat.Csv)]
    [TestCase(OutputFormat.JsonLines)]
    [TestCase(OutputFormat.Markdown)]
    [TestCase(OutputFormat.Table)]
    public void TwoRuns_WriteSameText(OutputFormat format)
    {
        string first = OutputRunner.Write(format, Records);

        string second = OutputRunner.Write(format, Records);

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase(OutputFormat.Csv, 1)]
    [TestCase(OutputFormat.JsonLines, 1)]
    [TestCase(OutputFormat.JsonLines, 500)]
    public void OntoStream_WritesTheUtf8OfTheText(OutputFormat format, int copies)
    {
        // Arrange: enough copies that the JSON Lines buffer goes out in several chunks.
        QuoteRecord[] records = [.. Enumerable.Repeat(Records, copies).SelectMany(r => r)];
        string expected = OutputRunner.Write(format, records, WideTable);

        // Act
        using MemoryStream stream = new();
        using (IRecordWriter writer = RecordWriters.Create(format, stream, WideTable))
        {
            foreach (QuoteRecord record in records)
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        // Assert
        Assert.That(stream.ToArray(), Is.EqualTo(new System.Text.UTF8Encoding(false).GetBytes(expected)));
    }

    [TestCase("csv", OutputFormat.Csv)]
    [TestCase("JSONL", OutputFormat.JsonLines)]
    [TestCase("markdown", OutputFormat.Markdown)]
    [TestCase("table", OutputFormat.Table)]
    public void FormatName_Parses(string name, OutputFormat expected)
    {
        Assert.That(OutputFormats.Parse(name), Is.EqualTo(expected));
    }

    [TestCase("out.csv", OutputFormat.Csv)]
    [TestCase("out.JSONL", OutputFormat.JsonLines)]
    [TestCase("out.ndjson", OutputFormat.JsonLines)]
    [TestCase("out.md", OutputFormat.Markdown)]
    [TestCase("out.txt", OutputFormat.Table)]
    public void FileExtension_GivesFormat(string path, OutputFormat expected)
    {
        Assert.That(OutputFormats.FromPath(path), Is.EqualTo(expected));
    }

    [Test]
    public void UnknownName_IsNull()
    {
        Assert.That(OutputFormats.Parse("xml"), Is.Null);
        Assert.That(OutputFormats.FromPath("out.xml"), Is.Null);
    }
}
