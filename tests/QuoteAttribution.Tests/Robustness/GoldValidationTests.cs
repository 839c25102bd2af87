using NUnit.Framework;
using QuoteAttribution.Evaluation;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>Issue 19, eval: gold statements that would be scored as nonsense are named with their line, and eval exits 1.</summary>
public sealed class GoldValidationTests : TempFolderTest
{
    [TestCase("\"start\": 8, \"end\": 2, \"kind\": \"direct\"", "\"start\" 8 and \"end\" 2 are not a span of the text's 26 code points")]
    [TestCase("\"start\": 2, \"end\": 99, \"kind\": \"direct\"", "\"start\" 2 and \"end\" 99 are not a span of the text's 26 code points")]
    [TestCase("\"start\": -1, \"end\": 4, \"kind\": \"direct\"", "\"start\" -1 and \"end\" 4 are not a span of the text's 26 code points")]
    [TestCase("\"start\": 1, \"end\": 4, \"speaker_start\": 20, \"speaker_end\": 40, \"kind\": \"direct\"", "speaker offsets 20..40 are not a span of the text's 26 code points")]
    [TestCase("\"start\": 1, \"end\": 4, \"kind\": \"quoted\"", "unknown \"kind\" 'quoted'; use direct, mixed, indirect")]
    public void BadGoldStatement_NamedWithItsLineAndEvalExitsOne(string fields, string message)
    {
        // Arrange: a good line, then the bad one
        string good = "{\"id\": \"a\", \"text\": \"\\\"We win,\\\" Jane Smith said.\", \"quotes\": [{\"start\": 1, \"end\": 8, \"kind\": \"direct\"}]}";
        string bad = "{\"id\": \"b\", \"text\": \"\\\"We win,\\\" Jane Smith said.\", \"quotes\": [{" + fields + "}]}";
        string gold = Folder.Write("gold.jsonl", good + "\n" + bad + "\n");

        // Act
        GoldFile file = GoldFile.Read(gold);
        (int exitCode, string _, string _) = CliRunner.Run(["eval", "--gold", gold]);

        // Assert
        Assert.That(file.Articles.Select(a => a.Id), Is.EqualTo(new[] { "a" }));
        Assert.That(file.Problems.Single().ToString(), Is.EqualTo($"gold.jsonl:2: article b, quote 0: {message}"));
        Assert.That(exitCode, Is.EqualTo(1));
    }
}
