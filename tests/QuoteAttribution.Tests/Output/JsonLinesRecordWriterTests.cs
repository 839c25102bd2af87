using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Output;

public sealed class JsonLinesRecordWriterTests
{
    [Test]
    public void Record_KeysAreRecordFieldNamesInOrder()
    {
        string jsonl = OutputRunner.Write(OutputFormat.JsonLines, [SampleRecords.Direct()]);

        using JsonDocument document = JsonDocument.Parse(jsonl);
        Assert.That(document.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(RecordFields.Names));
    }

    [Test]
    public void Records_OneValidObjectPerLine()
    {
        string jsonl = OutputRunner.Write(
            OutputFormat.JsonLines, [SampleRecords.Direct(text: SampleRecords.Awkward), SampleRecords.Unresolved()]);

        string[] lines = jsonl.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[2], Is.Empty);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.That(first.RootElement.GetProperty("text").GetString(), Is.EqualTo(SampleRecords.Awkward));
    }

    [Test]
    public void Numbers_AreJsonNumbersWithInvariantText()
    {
        string jsonl = OutputRunner.Write(OutputFormat.JsonLines, [SampleRecords.Direct()]);

        using JsonDocument document = JsonDocument.Parse(jsonl);
        JsonElement root = document.RootElement;
        Assert.That(root.GetProperty("start").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(root.GetProperty("speaker_end").GetInt32(), Is.EqualTo(46));
        Assert.That(root.GetProperty("confidence").GetRawText(), Is.EqualTo("0.85"));
        Assert.That(root.GetProperty("date").GetString(), Is.EqualTo("2016-10-05"));
    }

    [Test]
    public void AbsentSpeakerOffsetsAndDate_AreNull()
    {
        string jsonl = OutputRunner.Write(OutputFormat.JsonLines, [SampleRecords.Unresolved()]);

        using JsonDocument document = JsonDocument.Parse(jsonl);
        JsonElement root = document.RootElement;
        Assert.That(root.GetProperty("speaker_start").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("speaker_end").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("date").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("speaker").GetString(), Is.Empty);
        Assert.That(root.GetProperty("speaker_type").GetString(), Is.EqualTo("unknown"));
    }

    [Test]
    public void NonAsciiAndQuotes_AreKeptReadable()
    {
        string jsonl = OutputRunner.Write(OutputFormat.JsonLines, [SampleRecords.Direct(text: "\u201CJa\u201D, sagte M\u00FCller \"so\"")]);

        Assert.That(jsonl, Does.Contain("\u201CJa\u201D, sagte M\u00FCller \\\"so\\\""));
        Assert.That(jsonl, Does.Not.Contain("\\u0022"));
    }

    [Test]
    public void Output_ParsesInPythonJson()
    {
        string jsonl = OutputRunner.Write(OutputFormat.JsonLines, [SampleRecords.Direct(text: SampleRecords.Awkward)]);
        string path = Path.Combine(Path.GetTempPath(), $"qa-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, jsonl);
        const string Script = """
            import json, sys
            with open(sys.argv[1], encoding='utf-8') as f:
                rows = [json.loads(line) for line in f]
            print(json.dumps([list(rows[0].keys()), rows[0]['text']]))
            """;

        string? output;
        try
        {
            output = Python.Run(Script, path);
        }
        finally
        {
            File.Delete(path);
        }

        if (output is null)
        {
            Assert.Ignore("python3 is not installed");
        }

        using JsonDocument document = JsonDocument.Parse(output);
        Assert.That(document.RootElement[0].EnumerateArray().Select(e => e.GetString()), Is.EqualTo(RecordFields.Names));
        Assert.That(document.RootElement[1].GetString(), Is.EqualTo(SampleRecords.Awkward));
    }
}
