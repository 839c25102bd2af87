using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.NewUser;

/// <summary>The terminal table of <c>quotes extract</c>: width goes to the statements, and a narrow table says what it leaves out.</summary>
public sealed class TableWidthTests : TempFolderTest
{
    private const string Statement = "The new ferry timetable starts in the second week of April for every island";

    [Test]
    public void WideTerminal_ShowsAStatementOnOneLine()
    {
        string story = Folder.Write("story.txt", $"\"{Statement},\" harbour director Ola Berg said.");

        (int exitCode, string output, string _) = CliRunner.Run(["extract", story, "-f", "table"], width: 200);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.Split('\n').Any(line => line.Contains(Statement, StringComparison.Ordinal)), Is.True, output);
        Assert.That(output.Split('\n').Max(line => line.Length), Is.LessThanOrEqualTo(200), output);
    }

    [Test]
    public void NarrowTerminal_NamesTheColumnsLeftOut()
    {
        string story = Folder.Write("story.txt", $"\"{Statement},\" harbour director Ola Berg said.");

        (int _, string output, string _) = CliRunner.Run(["extract", story, "-f", "table"], width: 80);

        string note = output[output.IndexOf("Not shown", StringComparison.Ordinal)..].ReplaceLineEndings(" ");
        Assert.That(note, Does.StartWith("Not shown at 80 columns: ").And.Contain("role").And.Contain("confidence"));
        Assert.That(note, Does.Not.Contain("speaker,").And.Not.Contain(" text"));
    }
}
