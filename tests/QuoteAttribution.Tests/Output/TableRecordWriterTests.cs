using NUnit.Framework;
using QuoteAttribution.Output;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Output;

public sealed class TableRecordWriterTests
{
    [Test]
    public void NoRecords_SaysSo()
    {
        Assert.That(OutputRunner.Write(OutputFormat.Table, []), Is.EqualTo("No statements found.\n"));
    }

    [TestCase(60)]
    [TestCase(100)]
    [TestCase(200)]
    public void AnyWidth_NoLineIsWider(int width)
    {
        string table = OutputRunner.Write(
            OutputFormat.Table, [SampleRecords.Direct(text: SampleRecords.Awkward), SampleRecords.Unresolved()], new RecordWriterOptions { Width = width });

        Assert.That(table.Split('\n').Max(line => line.Length), Is.LessThanOrEqualTo(width));
        Assert.That(table, Does.Contain("Jane Smith"));
        Assert.That(table, Does.Contain("#2"));
    }

    [Test]
    public void NarrowTable_ShowsOnlyIdSpeakerAndText()
    {
        string header = OutputRunner.Write(OutputFormat.Table, [SampleRecords.Direct()], new RecordWriterOptions { Width = 60 })
            .Split('\n')[2];

        Assert.That(header, Does.Contain("quote_id").And.Contain("speaker").And.Contain("text"));
        Assert.That(header, Does.Not.Contain("kind"));
    }

    [Test]
    public void WideTable_AddsRoleAndAffiliation()
    {
        string table = OutputRunner.Write(OutputFormat.Table, [SampleRecords.Direct()], new RecordWriterOptions { Width = 160 });

        Assert.That(table, Does.Contain("role").And.Contain("affiliation").And.Contain("Springfield"));
    }

    [Test]
    public void TwoArticles_GetOneTitledTableEach()
    {
        string table = OutputRunner.Write(OutputFormat.Table, [SampleRecords.Direct("first"), SampleRecords.Direct("second")]);

        Assert.That(table.IndexOf("first", StringComparison.Ordinal), Is.LessThan(table.IndexOf("second", StringComparison.Ordinal)));
        Assert.That(table.Split('\n').Count(line => line.Contains("quote_id", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void MarkupCharacters_AreShownLiterally()
    {
        string table = OutputRunner.Write(OutputFormat.Table, [SampleRecords.Direct(text: "[bold]not markup[/]")]);

        Assert.That(table, Does.Contain("[bold]not markup[/]"));
    }
}
