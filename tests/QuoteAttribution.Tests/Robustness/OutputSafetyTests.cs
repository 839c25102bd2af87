using System.Text;
using NUnit.Framework;
using QuoteAttribution.Output;
using QuoteAttribution.Reading;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Issue 19, output: files are written whole or not at all even on a full disk, devices and FIFOs are
/// written straight (never replaced by a file), links are written through, <c>-o -</c> is standard output,
/// and article text cannot act on a terminal, a Markdown viewer or a spreadsheet.
/// </summary>
[NonParallelizable]
public sealed class OutputSafetyTests : TempFolderTest
{
    private const string Story = "\u201CWe will win,\u201D Mayor Jane Smith said.";

    [Test]
    public void FullDisk_OneLineOnStandardErrorExitOneOldFileIntactNoTemporaryLeft()
    {
        // Arrange: a 64 KB file system (root may mount one) and an output far bigger than it
        string disk = Folder.File("disk");
        Directory.CreateDirectory(disk);
        if (!ToolProcess.TryRun("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk))
        {
            Assert.Ignore("cannot mount a small tmpfs here (needs root)");
        }

        try
        {
            string feed = Folder.Write("feed.jsonl", string.Concat(Enumerable.Range(0, 400).Select(i => $"{{\"id\": \"a{i}\", \"text\": \"{Story.Replace("\u201C", "\\\"", StringComparison.Ordinal).Replace("\u201D", "\\\"", StringComparison.Ordinal)}\"}}\n")));
            string output = Path.Combine(disk, "out.jsonl");
            string report = Path.Combine(disk, "report.html");
            File.WriteAllText(output, "old\n");
            File.WriteAllText(report, "old\n");

            // Act
            (int extractExit, string _, string extractError) = CliRunner.Run(["extract", feed, "-o", output]);
            (int reportExit, string _, string reportError) = CliRunner.Run(["report", feed, "-o", report]);

            // Assert
            Assert.That(extractExit, Is.EqualTo(1));
            Assert.That(extractError.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(extractError, Does.StartWith($"quotes: {output}: cannot write: "));
            Assert.That(reportExit, Is.EqualTo(1));
            Assert.That(reportError.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(File.ReadAllText(output), Is.EqualTo("old\n"));
            Assert.That(File.ReadAllText(report), Is.EqualTo("old\n"));
            Assert.That(Directory.GetFileSystemEntries(disk).Order(StringComparer.Ordinal), Is.EqualTo(new[] { output, report }));
        }
        finally
        {
            ToolProcess.TryRun("umount", disk);
        }
    }

    [Test]
    public void OutputOntoACharacterDevice_WrittenStraightAndTheDeviceKept()
    {
        // Arrange: a private copy of /dev/null (root may make one), so a failure cannot harm the real one
        string device = Folder.File("null");
        if (!ToolProcess.TryRun("mknod", device, "c", "1", "3"))
        {
            Assert.Ignore("cannot make a device node here (needs root)");
        }

        string story = Folder.Write("story.txt", Story);

        // Act
        (int exitCode, string _, string error) = CliRunner.Run(["extract", story, "-o", device, "--format", "jsonl"]);

        // Assert
        Assert.That((exitCode, error), Is.EqualTo((0, "")));
        Assert.That(FileKinds.Of(device), Is.EqualTo(FileKind.CharacterDevice));
        Assert.That(Directory.GetFileSystemEntries(Folder.Path).Order(StringComparer.Ordinal), Is.EqualTo(new[] { device, story }));
    }

    [Test]
    public void OutputOntoAFifo_WrittenIntoThePipe()
    {
        // Arrange
        string fifo = Folder.File("out.jsonl");
        if (!ToolProcess.TryRun("mkfifo", fifo))
        {
            Assert.Ignore("mkfifo is not available");
        }

        string story = Folder.Write("story.txt", Story);
        Task<string> reader = Task.Run(() => File.ReadAllText(fifo));

        // Act
        (int exitCode, string _, string error) = CliRunner.Run(["extract", story, "-o", fifo]);

        // Assert
        Assert.That((exitCode, error), Is.EqualTo((0, "")));
        Assert.That(reader.Wait(ToolProcess.Patience), Is.True);
        Assert.That(reader.Result, Does.Contain("\"speaker\":\"Jane Smith\""));
        Assert.That(FileKinds.Of(fifo), Is.EqualTo(FileKind.Fifo));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void OutputOntoASymlink_WritesTheTargetAndKeepsItsMode()
    {
        // Arrange
        string target = Folder.Write("data/records.jsonl", "old\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        string link = Folder.File("link.jsonl");
        File.CreateSymbolicLink(link, target);
        string story = Folder.Write("story.txt", Story);

        // Act
        (int exitCode, string _, string _) = CliRunner.Run(["extract", story, "-o", link]);

        // Assert
        Assert.That(exitCode, Is.Zero);
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target));
        Assert.That(File.ReadAllText(target), Does.Contain("\"speaker\":\"Jane Smith\""));
        Assert.That(File.GetUnixFileMode(target), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(target)!), Is.EqualTo(new[] { target }));
    }

    [TestCase("extract")]
    [TestCase("speakers")]
    [TestCase("compare")]
    [TestCase("report")]
    public void OutputDash_IsStandardOutputInEveryCommand(string command)
    {
        // Arrange
        string story = Folder.Write("story.txt", Story + " \u201CAnd so will you,\u201D Governor Ann Lee said.");
        string[] args = command switch
        {
            "compare" => ["compare", story, "--speaker", "Jane Smith", "--speaker", "Ann Lee", "-o", "-"],
            "report" => ["report", story, "-o", "-"],
            _ => [command, story, "-o", "-"],
        };

        // Act
        (int exitCode, string output, string error) = CliRunner.Run(args);

        // Assert
        Assert.That((exitCode, error), Is.EqualTo((0, "")));
        Assert.That(output, Does.Contain("Jane Smith"));
        Assert.That(File.Exists(Path.Combine(Environment.CurrentDirectory, "-")), Is.False);
    }

    [Test]
    public void ThreadsBeyondReason_RejectedWithAClearMessage()
    {
        string story = Folder.Write("story.txt", Story);

        (int exitCode, string output, string error) = CliRunner.Run(["extract", story, "--threads", "2147483647"]);

        Assert.That((exitCode, output), Is.EqualTo((2, "")));
        Assert.That(error, Does.StartWith("quotes: --threads must be at most 1024"));
    }

    [Test]
    public void TerminalControlsInArticleText_ShownEscapedInTheTable()
    {
        // Arrange: a window-title sequence and a clear-screen sequence inside the quote and the id
        string feed = Folder.Write("feed.jsonl", "{\"id\": \"a\\u001b]0;owned\\u0007\", \"text\": \"\\u201CWe will \\u001b[2J win \\u009b,\\u201D Mayor Jane Smith said.\"}\n");

        // Act
        (int exitCode, string output, string _) = CliRunner.Run(["extract", feed, "--format", "table"]);

        // Assert
        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("\\u001B[2J"));
        Assert.That(output, Does.Contain("\\u009B"));
        Assert.That(output, Does.Contain("\\u001B]0;owned\\u0007"));
        Assert.That(output.Any(c => char.IsControl(c) && c != '\n'), Is.False);
    }

    [Test]
    public void TerminalControlsInArticleText_ShownEscapedInTheComparisonTable()
    {
        // Arrange
        string story = Folder.Write("story.txt", "\u201CWe will \u001B[2J win,\u201D Mayor Jane Smith said. \u201CAnd so will you,\u201D Governor Ann Lee said.");

        // Act
        (int exitCode, string output, string _) = CliRunner.Run(["compare", story, "--speaker", "Jane Smith", "--speaker", "Ann Lee"]);

        // Assert
        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("\\u001B[2J"));
        Assert.That(output.Any(c => char.IsControl(c) && c != '\n'), Is.False);
    }

    [Test]
    public void HtmlInArticleText_EscapedInMarkdown()
    {
        string story = Folder.Write("story.txt", "\u201CWe will <script>alert(1)</script> & win,\u201D Mayor Jane Smith said.");

        (int exitCode, string output, string _) = CliRunner.Run(["extract", story, "--format", "markdown"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; win"));
        Assert.That(output, Does.Not.Contain("<script>"));
    }

    [TestCase("\u200B=HYPERLINK(\"x\")")]
    [TestCase("\uFEFF+1+cmd")]
    [TestCase("\u200B\uFEFF@SUM(A1)")]
    public void FormulaBehindAnInvisibleCharacter_Guarded(string value)
    {
        Assert.That(FormulaGuard.Apply(value), Is.EqualTo("'" + value));
    }

    [Test]
    public void FormulaInEveryTextColumn_GuardedIncludingArticle()
    {
        // Arrange: every text field of one record starts with a trigger, some behind a zero-width space
        string[] numeric = ["start", "end", "speaker_start", "speaker_end", "confidence"];
        QuoteAttribution.Pipeline.QuoteRecord record = SampleRecords.Direct(article: "\u200B=a1", text: "=1+1") with
        {
            Origin = "=origin",
            Speaker = "+Jane",
            SpeakerId = "-jane",
            SpeakerMention = "@Jane",
            Role = "\uFEFF=Mayor",
            Affiliation = "=x",
            Cue = "=said",
            Addressee = "=reporters",
            Rule = "=rule",
        };

        // Act
        string csv = OutputRunner.Write(OutputFormat.Csv, [record]);

        // Assert
        string[] header = csv.Split("\r\n")[0].Split(',');
        string[] cells = SplitCsvLine(csv.Split("\r\n")[1]);
        for (int i = 0; i < header.Length; i++)
        {
            bool text = !numeric.Contains(header[i]) && header[i] is not ("kind" or "speaker_type" or "date");
            if (text)
            {
                Assert.That(cells[i], Does.StartWith("'"), header[i]);
            }
        }
    }

    private static string[] SplitCsvLine(string line)
    {
        List<string> cells = [];
        StringBuilder cell = new();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
