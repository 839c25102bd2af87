using NUnit.Framework;
using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Output;

public sealed class MarkdownRecordWriterTests
{
    [Test]
    public void NoRecords_WritesHeaderAndAlignmentRow()
    {
        string[] lines = OutputRunner.Write(OutputFormat.Markdown, []).Split('\n');

        Assert.That(lines[0], Is.EqualTo("| " + string.Join(" | ", RecordFields.Names) + " |"));
        Assert.That(lines[1], Does.StartWith("| --- | --- | --- | --- | --- | ---: | ---: |"));
        Assert.That(lines, Has.Length.EqualTo(3));
    }

    [Test]
    public void PipesBackslashesAndLineBreaks_AreEscapedInOneRow()
    {
        string markdown = OutputRunner.Write(OutputFormat.Markdown, [SampleRecords.Direct(text: SampleRecords.Awkward)]);

        string[] lines = markdown.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(4));
        Assert.That(lines[2], Does.Contain(@"a\|b\\c<br>line two<br>line three"));
    }

    [Test]
    public void EveryRow_HasOneCellPerField()
    {
        string markdown = OutputRunner.Write(OutputFormat.Markdown, [SampleRecords.Direct(text: "a | b"), SampleRecords.Unresolved()]);

        foreach (string line in markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // Unescaped pipes separate cells: one more than the fields.
            int separators = line.Replace(@"\\", "", StringComparison.Ordinal).Replace(@"\|", "", StringComparison.Ordinal).Count(c => c == '|');
            Assert.That(separators, Is.EqualTo(RecordFields.Names.Count + 1), line);
        }
    }
}
