using System.Text;
using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// The README's guarantees on bad input, end to end through <c>quotes extract</c>: oversized articles are named
/// and skipped, every encoding gives offsets into the decoded text, and Ctrl-C mid-run leaves no output file.
/// (Invalid UTF-8 as a warning and a Ctrl-C before the start are in Cli/ExtractCommandTests.)
/// </summary>
public sealed class CliGuaranteeTests : TempFolderTest
{
    private const string Story = "Caf\u00E9 talk. \u201CWe will win,\u201D Mayor Jane Smith said.";

    [Test]
    public void ArticleOverTheLimit_NamedOnStandardErrorSkippedWholeAndExitOne()
    {
        // Arrange
        string small = Folder.Write("small.txt", "\"We will win,\" Jane Smith said.");
        string big = Folder.Write("big.txt", "\"We will win,\" Jane Smith said. " + new string('x', 40));

        // Act
        (int exitCode, string output, string error) = CliRunner.Run(["extract", big, small, "--format", "jsonl", "--max-article-chars", "60"]);

        // Assert
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Is.EqualTo($"quotes: {big}: article has more than 60 characters, over the limit of 60; skipped\n"));
        Assert.That(output, Does.Not.Contain("\"article\":\"big\""));
        Assert.That(output, Does.Contain("\"article\":\"small\""));
    }

    [Test]
    public void JsonLinesArticleOverTheLimit_NamedWithItsLine()
    {
        string feed = Folder.Write("feed.jsonl", "{\"id\": \"a\", \"text\": \"short\"}\n{\"id\": \"b\", \"text\": \"far too long for the limit\"}\n");

        (int exitCode, string _, string error) = CliRunner.Run(["extract", feed, "--max-article-chars", "10"]);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.StartWith($"quotes: {feed}:2: article has 26 characters"));
    }

    // "many" used to escape as an unhandled InvalidOperationException from the option validators.
    [TestCase("extract", "--max-article-chars", "0")]
    [TestCase("extract", "--max-article-chars", "many")]
    [TestCase("extract", "--threads", "many")]
    [TestCase("extract", "--threads", "99999999999")]
    [TestCase("eval", "--errors", "many")]
    public void NumberOptionNotANumberOrTooSmall_ExitTwoWithAMessage(string command, string option, string value)
    {
        string story = Folder.Write("story.txt", "Fine.");
        string[] args = command == "eval" ? ["eval", "--gold", story, option, value] : [command, story, option, value];

        (int exitCode, string output, string error) = CliRunner.Run(args);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith("quotes: "));
    }

    [TestCase("utf-8 bom")]
    [TestCase("utf-16le")]
    [TestCase("utf-16be")]
    public void EncodedWithByteOrderMark_SameRecordsAsPlainUtf8(string encodingName)
    {
        // Arrange: the same story, plain and encoded, under the same file name so the records must match exactly
        Encoding encoding = encodingName switch
        {
            "utf-8 bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        string plain = Folder.Write("plain/story.txt", Story);
        string encoded = Folder.Write("encoded/story.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Story)]);

        // Act
        (int plainExit, string plainOut, string _) = CliRunner.Run(["extract", plain, "--format", "jsonl"]);
        (int encodedExit, string encodedOut, string encodedError) = CliRunner.Run(["extract", encoded, "--format", "jsonl"]);

        // Assert
        Assert.That((plainExit, encodedExit, encodedError), Is.EqualTo((0, 0, "")));
        Assert.That(encodedOut.Replace(encoded, plain, StringComparison.Ordinal), Is.EqualTo(plainOut));
        AssertOffsetsPointInto(Story, encodedOut);
    }

    [Test]
    public void InvalidUtf8_OffsetsPointIntoTheTextWithReplacementCharacters()
    {
        // Arrange: one stray byte before the story decodes to U+FFFD, one UTF-16 unit
        string bad = Folder.Write("bad.txt", [0xFF, .. new UTF8Encoding(false).GetBytes(Story)]);

        // Act
        (int exitCode, string output, string error) = CliRunner.Run(["extract", bad, "--format", "jsonl"]);

        // Assert
        Assert.That(exitCode, Is.Zero);
        Assert.That(error, Does.StartWith($"quotes: {bad}: warning: not valid UTF-8"));
        AssertOffsetsPointInto("\uFFFD" + Story, output);
    }

    [Test]
    public void InterruptedMidRun_Exit130AndNoOutputFileOrTemporaryLeft()
    {
        // Arrange: Ctrl-C arrives while the second input (standard input) is being read
        string first = Folder.Write("first.txt", Story);
        string last = Folder.Write("last.txt", Story);
        string output = Folder.File("out.jsonl");
        using CancellationTokenSource interrupt = new();
        using StringWriter stdout = new();
        using StringWriter stderr = new();
        CliConsole console = new(stdout, stderr, () =>
        {
            interrupt.Cancel();
            return new MemoryStream(Encoding.UTF8.GetBytes(Story));
        }, OutputIsTerminal: false, ErrorIsTerminal: false, Width: 100);

        // Act
        int exitCode = Program.Run(["extract", first, "-", last, "-o", output], console, interrupt.Token);

        // Assert
        Assert.That(exitCode, Is.EqualTo(130));
        Assert.That(Directory.GetFileSystemEntries(Folder.Path).Order(StringComparer.Ordinal), Is.EqualTo(new[] { first, last }));
        Assert.That(stdout.ToString(), Is.Empty);
    }

    private static void AssertOffsetsPointInto(string text, string jsonLines)
    {
        string[] lines = jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.Not.Empty);
        foreach (string line in lines)
        {
            using JsonDocument record = JsonDocument.Parse(line);
            int start = record.RootElement.GetProperty("start").GetInt32();
            int end = record.RootElement.GetProperty("end").GetInt32();
            Assert.That(record.RootElement.GetProperty("text").GetString(), Is.EqualTo(text[start..end]));
        }
    }
}
