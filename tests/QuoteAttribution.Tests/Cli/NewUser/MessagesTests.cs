using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.NewUser;

/// <summary>What the tool says when a user gets the command line wrong, and at the end of a run in a terminal.</summary>
public sealed class MessagesTests : TempFolderTest
{
    private const string Story = "\"We will win,\" Mayor Jane Smith said. \"The harbour opens in May,\" Captain Ola Berg said.";

    [Test]
    public void ThreadsNotANumber_SaysWholeNumberAndPointsToExtractHelp()
    {
        string story = Folder.Write("story.txt", Story);

        (int exitCode, string _, string error) = CliRunner.Run(["extract", story, "--threads", "many"]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("--threads expects a whole number, not 'many'.").And.Not.Contain("System.Int32"));
        Assert.That(error, Does.EndWith("Try 'quotes extract --help'.\n"));
    }

    [Test]
    public void BadFormatAfterSpeakers_PointsToSpeakersHelp()
    {
        string story = Folder.Write("story.txt", Story);

        (int exitCode, string _, string error) = CliRunner.Run(["speakers", story, "--format", "xls"]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("--format expects").And.EndWith("Try 'quotes speakers --help'.\n"));
    }

    [TestCase("extrct", "extract")]
    [TestCase("speakrs", "speakers")]
    [TestCase("cmopare", "compare")]
    [TestCase("rep", "report")]
    public void MistypedCommand_GetsDidYouMean(string typed, string meant)
    {
        string story = Folder.Write("story.txt", Story);

        (int exitCode, string _, string error) = CliRunner.Run([typed, story]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Is.EqualTo($"quotes: '{typed}' is not a command. Did you mean '{meant}'?\nTry 'quotes --help'.\n"));
    }

    [Test]
    public void UnrelatedWord_GetsNoGuess()
    {
        (int _, string _, string error) = CliRunner.Run(["zebra"]);

        Assert.That(error, Does.StartWith("quotes: 'zebra' is not a command.\n"));
    }

    [Test]
    public void RunInTerminalToFile_EndsWithOneSummaryLine()
    {
        // Arrange: standard error is a terminal, the records go to a file
        string story = Folder.Write("story.txt", Story);
        string other = Folder.Write("other.txt", "\"No comment,\" Mayor Jane Smith said.");
        string output = Folder.File("quotes.jsonl");

        // Act
        (int exitCode, string _, string error) = CliRunner.Run(["extract", story, other, "-o", output], errorIsTerminal: true);

        // Assert
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(exitCode, Is.Zero);
        Assert.That(lines[^1], Does.StartWith("quotes: 2 articles, 3 statements by 2 speakers, no problems, in "));
    }

    [Test]
    public void RunIntoAPipe_PrintsNoSummary()
    {
        string story = Folder.Write("story.txt", Story);

        (int _, string _, string error) = CliRunner.Run(["extract", story, "-f", "jsonl"]);

        Assert.That(error, Is.Empty);
    }

    [TestCase("speakers")]
    [TestCase("compare")]
    [TestCase("report")]
    public void Help_SaysWhatTheCommandReads(string command)
    {
        (int _, string output, string _) = CliRunner.Run([command, "--help"]);

        Assert.That(output, Does.Contain("HTML").And.Contain("JSON Lines").And.Contain("--db"));
    }

    [Test]
    public void SpeakersAndReport_CountTheSameStatements()
    {
        // Arrange: three statements, one of them with no speaker to be found
        string story = Folder.Write(
            "story.txt", Story + "\n\n\"Nobody will say who wrote this,\" the leaflet read on its last page.\n");
        string page = Folder.File("report.html");

        // Act
        (int _, string speakers, string _) = CliRunner.Run(["speakers", story]);
        (int exitCode, string _, string _) = CliRunner.Run(["report", story, "-o", page]);

        // Assert: both lead with every statement; speakers says how many had no speaker
        string html = File.ReadAllText(page);
        int total = int.Parse(System.Text.RegularExpressions.Regex.Match(html, "(\\d+) statements? by").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(exitCode, Is.Zero);
        Assert.That(speakers, Does.Contain($"{total} statements in 1 article: ").Or.Contain($"{total} statements by "));
    }
}
