using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli;

public sealed class ExtractCommandTests : TempFolderTest
{
    [Test]
    public void ReadableInputs_ExitZeroWithNothingOnStandardError()
    {
        string story = Folder.Write("story.txt", "\"We will win,\" Mayor Jane Smith said.");

        (int exitCode, string _, string error) = CliRunner.Run(["extract", story]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void MissingFile_ExitOneNamedOnStandardErrorAndTheRestProcessed()
    {
        // Arrange
        string good = Folder.Write("good.txt", "Fine.");
        string missing = Folder.File("missing.txt");
        string feed = Folder.Write("feed.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n{broken\n");
        string output = Folder.File("out.csv");

        // Act
        (int exitCode, string _, string error) = CliRunner.Run(["extract", missing, good, feed, "-o", output]);

        // Assert
        Assert.That(exitCode, Is.EqualTo(1));
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo($"quotes: {missing}: no such file or folder"));
        Assert.That(lines[1], Does.StartWith($"quotes: {feed}:2: not valid JSON"));
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(File.Exists(output), Is.True);
    }

    [Test]
    public void InvalidUtf8_IsAWarningAndExitZero()
    {
        string bad = Folder.Write("bad.txt", [.. "caf"u8, 0xE9]);

        (int exitCode, string _, string error) = CliRunner.Run(["extract", bad]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(error, Does.StartWith($"quotes: {bad}: warning: not valid UTF-8"));
    }

    [TestCase("--format", "xml")]
    [TestCase("--threads", "0")]
    [TestCase("--bogus", "1")]
    public void WrongOption_ExitTwo(string option, string value)
    {
        string story = Folder.Write("story.txt", "Fine.");

        (int exitCode, string output, string error) = CliRunner.Run(["extract", story, option, value]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith("quotes: "));
    }

    [Test]
    public void NoInputs_ExitTwo()
    {
        Assert.That(CliRunner.Run(["extract"]).ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void OutputWithUnknownExtensionAndNoFormat_ExitTwoAndNoFile()
    {
        string story = Folder.Write("story.txt", "Fine.");

        (int exitCode, string _, string error) = CliRunner.Run(["extract", story, "-o", Folder.File("out.xyz")]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--format"));
        Assert.That(Directory.GetFiles(Folder.Path), Has.Length.EqualTo(1));
    }

    [Test]
    public void UnwritableOutput_ExitOneAndLeavesNothingBehind()
    {
        string story = Folder.Write("story.txt", "Fine.");
        string output = Path.Combine(Folder.Path, "no-such-folder", "out.csv");

        (int exitCode, string _, string error) = CliRunner.Run(["extract", story, "-o", output]);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Is.EqualTo($"quotes: {output}: cannot write: its folder does not exist\n"));
        Assert.That(Directory.GetFileSystemEntries(Folder.Path), Is.EqualTo((string[])[story]));
    }

    [Test]
    public void Cancelled_Exit130AndLeavesNothingBehind()
    {
        string story = Folder.Write("story.txt", "Fine.");
        string output = Folder.File("out.jsonl");

        (int exitCode, string _, string _) = CliRunner.Run(["extract", story, "-o", output], cancellationToken: new CancellationToken(canceled: true));

        Assert.That(exitCode, Is.EqualTo(130));
        Assert.That(Directory.GetFileSystemEntries(Folder.Path), Is.EqualTo((string[])[story]));
    }

    [Test]
    public void OutputFile_FormatFromExtensionWithByteOrderMarkForCsv()
    {
        string story = Folder.Write("story.txt", "Fine.");
        string output = Folder.File("out.csv");

        CliRunner.Run(["extract", story, "-o", output]);

        byte[] bytes = File.ReadAllBytes(output);
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(File.ReadAllText(output), Does.StartWith("article,origin,quote_id,kind,"));
        Assert.That(Directory.GetFiles(Folder.Path), Has.Length.EqualTo(2));
    }

    [Test]
    public void ExistingOutputFile_IsReplacedWhole()
    {
        string story = Folder.Write("story.txt", "Fine.");
        string output = Folder.Write("out.md", "old content that is longer than the new one\n".PadRight(5000, 'x'));

        (int exitCode, string _, string _) = CliRunner.Run(["extract", story, "-o", output]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(File.ReadAllText(output), Does.StartWith("| article | origin | quote_id |").And.Not.Contain("old content"));
    }

    [Test]
    public void StandardOutput_IsJsonLinesWhenPipedAndTableOnATerminal()
    {
        string story = Folder.Write("story.txt", "Fine.");

        string piped = CliRunner.Run(["extract", story]).Out;
        string terminal = CliRunner.Run(["extract", story], outputIsTerminal: true).Out;

        Assert.That(piped, Is.Empty);
        Assert.That(terminal, Is.EqualTo("No statements found.\n"));
    }

    [Test]
    public void StandardInputJsonLines_AreRead()
    {
        (int exitCode, string output, string error) = CliRunner.Run(
            ["extract", "-", "--format", "csv"], stdin: "{\"id\": \"a\", \"text\": \"x\"}\n\nnot json\n");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.StartWith("article,origin,quote_id,"));
        Assert.That(error, Does.StartWith("quotes: stdin:3: not valid JSON"));
    }

    [Test]
    public void TwoRuns_WriteSameBytes()
    {
        Folder.Write("in/a.txt", "\"One,\" he said.");
        Folder.Write("in/b.html", "<html><body><article><p>\"Two,\" she said.</p></article></body></html>");
        string first = Folder.File("first.jsonl");
        string second = Folder.File("second.jsonl");

        CliRunner.Run(["extract", Folder.File("in"), "-o", first, "--threads", "3"]);
        CliRunner.Run(["extract", Folder.File("in"), "-o", second, "--threads", "1"]);

        Assert.That(File.ReadAllBytes(second), Is.EqualTo(File.ReadAllBytes(first)));
    }

    [Test]
    public void Help_ExitZeroAndListsFormats()
    {
        (int exitCode, string output, string _) = CliRunner.Run(["extract", "--help"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("table|csv|jsonl|markdown"));
        Assert.That(JsonSerializer.Serialize(output), Does.Not.Contain("Exception"));
    }
}
