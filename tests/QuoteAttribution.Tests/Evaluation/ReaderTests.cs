using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

[TestFixture]
public sealed class ReaderTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("qa-eval-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void GoldWithBadLines_ReportsFileAndLineAndReadsTheRest()
    {
        string path = Write(
            "gold.jsonl",
            """{"id": "a", "text": "Hi.", "quotes": [{"start": 0, "end": 2, "text": "Hi", "speaker": null, "kind": "direct"}]}""",
            "",
            "{not json",
            """{"id": "b", "text": "x", "quotes": [{"start": "0", "end": 1}]}""",
            """{"id": "c", "text": "x"}""",
            """{"id": 7, "text": "y", "quotes": []}""");

        GoldFile gold = GoldFile.Read(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(gold.Articles.Select(a => a.Id), Is.EqualTo((string[])["a", "7"]));
            Assert.That(gold.Problems.Select(p => p.Line), Is.EqualTo((int[])[3, 4, 5]));
            Assert.That(gold.Problems[1].ToString(), Does.StartWith("gold.jsonl:4: article b, quote 0:"));
            Assert.That(gold.Articles[0].Statements[0].Speaker, Is.Null);
        }
    }

    [Test]
    public void GoldWithoutKind_ReadsAsIndirect()
    {
        string path = Write("gold.jsonl", """{"id": "a", "text": "Hi.", "quotes": [{"start": 0, "end": 2, "text": "Hi", "kind": ""}]}""");

        Assert.That(GoldFile.Read(path).Articles[0].Statements[0].Kind, Is.EqualTo("indirect"));
    }

    [Test]
    public void Records_OffsetsReadAsPythonIntDoes()
    {
        string path = Write(
            "sys.jsonl",
            """{"article": "a", "start": "3", "end": 8.9, "speaker_start": "1", "speaker_end": 4}""",
            """{"article": "a", "start": 1, "end": 2, "kind": 0, "speaker_start": 1, "speaker_end": 4}""",
            """{"article": "a", "start": null, "end": 2}""",
            """{"start": 1, "end": 2}""");

        SystemRecords records = SystemRecords.Read(path);
        var statements = records.Of("a");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statements, Has.Length.EqualTo(2));
            Assert.That((statements[0].Start, statements[0].End), Is.EqualTo((3L, 8L)));
            Assert.That(statements[0].SpeakerStart, Is.Null, "score.py uses speaker offsets only when they are JSON integers");
            Assert.That(statements[0].Kind, Is.EqualTo("indirect"));
            Assert.That(statements[1].SpeakerStart, Is.EqualTo(1));
            Assert.That(records.Problems.Select(p => p.Line), Is.EqualTo((int[])[3, 4]));
            Assert.That(records.Of("missing"), Is.Empty);
        }
    }

    private string Write(string name, params string[] lines)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
