using System.Diagnostics;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Issue 19, signals and pipes: every command stops on Ctrl-C and SIGTERM leaving the old output intact,
/// SIGHUP leaves no temporary file, and a closed pipe ends the run at once and quietly. The process tests
/// run the built tool; standard input left open stands for a terminal nobody types into, so a run that
/// ignored the signal or the pipe would wait forever (and fail by timeout).
/// </summary>
[NonParallelizable]
public sealed class SignalAndPipeTests : TempFolderTest
{
    private const string Story = "\u201CWe will win,\u201D Mayor Jane Smith said. \u201CAnd so will you,\u201D Governor Ann Lee said.";

    [TestCase("speakers")]
    [TestCase("compare")]
    [TestCase("report")]
    public void Interrupted_Exit130AndTheOldOutputIntact(string command)
    {
        // Arrange: Ctrl-C has come (Program turns SIGINT and SIGTERM into this token)
        string story = Folder.Write("story.txt", Story);
        string output = Folder.Write(command == "report" ? "out.html" : "out.txt", "old\n");
        using CancellationTokenSource interrupt = new();
        interrupt.Cancel();
        string[] args = command == "compare"
            ? [command, story, "--speaker", "Jane Smith", "--speaker", "Ann Lee", "-o", output]
            : [command, story, "-o", output];

        // Act
        (int exitCode, string _, string error) = CliRunner.Run(args, cancellationToken: interrupt.Token);

        // Assert
        Assert.That(exitCode, Is.EqualTo(ExitCodes.Interrupted));
        Assert.That(File.ReadAllText(output), Is.EqualTo("old\n"));
        Assert.That(Directory.GetFileSystemEntries(Folder.Path).Order(StringComparer.Ordinal), Is.EqualTo(new[] { output, story }));
        Assert.That(error, Does.Contain("interrupted"));
    }

    [Test]
    public void SigtermWhileWaitingForInput_Exit143AndTheOldOutputIntact()
    {
        // Arrange
        string story = Folder.Write("story.txt", Story);
        string output = Folder.Write("speakers.csv", "old\n");
        using Process quotes = ToolProcess.StartQuotes(Folder.Path, "speakers", story, "-", "-o", output);
        Thread.Sleep(TimeSpan.FromSeconds(3)); // time to install the signal handlers; sooner, the default action gives 143 too

        // Act
        bool signalled = ToolProcess.Signal(quotes, "TERM");
        bool ended = ToolProcess.Ended(quotes);

        // Assert
        Assert.That((signalled, ended), Is.EqualTo((true, true)));
        Assert.That(quotes.ExitCode, Is.EqualTo(143));
        Assert.That(File.ReadAllText(output), Is.EqualTo("old\n"));
        Assert.That(Directory.GetFileSystemEntries(Folder.Path).Order(StringComparer.Ordinal), Is.EqualTo(new[] { output, story }));
    }

    [Test]
    public void SighupWhileWriting_NoTemporaryFileLeftExit129()
    {
        // Arrange: extract has its temporary output open while it waits for standard input
        string story = Folder.Write("story.txt", Story);
        string output = Folder.Write("out.jsonl", "old\n");
        using Process quotes = ToolProcess.StartQuotes(Folder.Path, "extract", story, "-", "-o", output);
        bool temporary = ToolProcess.Eventually(() => Directory.GetFiles(Folder.Path, ".out.jsonl.*.tmp").Length > 0);

        // Act
        bool signalled = ToolProcess.Signal(quotes, "HUP");
        bool ended = ToolProcess.Ended(quotes);

        // Assert
        Assert.That((temporary, signalled, ended), Is.EqualTo((true, true, true)));
        Assert.That(quotes.ExitCode, Is.EqualTo(129));
        Assert.That(File.ReadAllText(output), Is.EqualTo("old\n"));
        Assert.That(Directory.GetFileSystemEntries(Folder.Path).Order(StringComparer.Ordinal), Is.EqualTo(new[] { output, story }));
    }

    [Test]
    public void ClosedPipe_RunStopsAtOnceAndQuietly()
    {
        // Arrange: plenty of records, then standard input, which the run must never reach. With --stream
        // records go out as articles are analysed (without it, nothing is written before the run's ids are
        // final, so the whole input is read first).
        string feed = Folder.Write("feed.jsonl", string.Concat(Enumerable.Range(0, 3000).Select(i =>
            $"{{\"id\": \"a{i}\", \"text\": \"\\\"We will win,\\\" Mayor Jane Smith said. \\\"And so will you,\\\" Governor Ann Lee said.\"}}\n")));
        using Process quotes = ToolProcess.StartQuotes(Folder.Path, "extract", "--stream", feed, "-");
        Task<string> errors = quotes.StandardError.ReadToEndAsync();

        // Act: read one line, then close the pipe as `| head -1` does
        string? first = quotes.StandardOutput.ReadLine();
        quotes.StandardOutput.Close();
        bool ended = ToolProcess.Ended(quotes);

        // Assert
        Assert.That(first, Does.StartWith("{\"article\":\"a0\""));
        Assert.That(ended, Is.True);
        Assert.That(quotes.ExitCode, Is.EqualTo(ExitCodes.BrokenPipe));
        Assert.That(errors.Result, Is.Empty);
    }
}
