using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

/// <summary>The C# scorer gives score.py's figures on the mini fixtures, to the third decimal.</summary>
[TestFixture]
public sealed class ScorerAgreementTests
{
    private static readonly string[] Figures =
    [
        "quote_p", "quote_r", "quote_f1", "strict_quote_f1", "speaker_acc", "e2e_p", "e2e_r", "e2e_f1",
    ];

    [TestCase("")]
    [TestCase("--resolved")]
    [TestCase("--kinds direct,mixed")]
    [TestCase("--kinds indirect --resolved")]
    public void MiniFixtures_SameFiguresAsScorePy(string arguments)
    {
        string gold = RepoPaths.Fixture("eval", "mini-gold.jsonl");
        string system = RepoPaths.Fixture("eval", "mini-system.jsonl");
        using JsonDocument expected = RunScorePy(gold, system, arguments);
        EvaluationReport report = Evaluator.Evaluate(GoldFile.Read(gold).Articles, SystemRecords.Read(system), Options(arguments));
        using JsonDocument actual = ToJson(report);

        JsonElement e = expected.RootElement;
        JsonElement a = actual.RootElement;
        using (Assert.EnterMultipleScope())
        {
            foreach (string count in (string[])["articles", "gold", "system", "unreadable_records"])
            {
                Assert.That(a.GetProperty(count).GetInt32(), Is.EqualTo(e.GetProperty(count).GetInt32()), count);
            }

            foreach (string figure in Figures)
            {
                Assert.That(a.GetProperty(figure).GetDouble(), Is.EqualTo(e.GetProperty(figure).GetDouble()).Within(0.0005), figure);
            }

            foreach (JsonProperty kind in e.GetProperty("recall_by_kind").EnumerateObject())
            {
                Assert.That(a.GetProperty("recall_by_kind").GetProperty(kind.Name).GetDouble(), Is.EqualTo(kind.Value.GetDouble()).Within(0.0005), kind.Name);
            }

            Assert.That(a.GetProperty("recall_by_kind").EnumerateObject().Count(), Is.EqualTo(e.GetProperty("recall_by_kind").EnumerateObject().Count()));
        }
    }

    [Test]
    public void MiniFixtures_HeadlineIsScorePysLastLine()
    {
        string gold = RepoPaths.Fixture("eval", "mini-gold.jsonl");
        string system = RepoPaths.Fixture("eval", "mini-system.jsonl");
        string expected = RunScorePyText(gold, system, "").TrimEnd().Split('\n')[^1];
        EvaluationReport report = Evaluator.Evaluate(GoldFile.Read(gold).Articles, SystemRecords.Read(system), EvaluationOptions.Default);

        Assert.That(report.Headline, Is.EqualTo(expected));
    }

    private static EvaluationOptions Options(string arguments)
    {
        string[] words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int kinds = Array.IndexOf(words, "--kinds");
        return EvaluationOptions.Default with
        {
            Resolved = words.Contains("--resolved"),
            Kinds = kinds < 0 ? EvaluationOptions.Default.Kinds : words[kinds + 1].Split(',').ToHashSet(StringComparer.Ordinal),
        };
    }

    private static JsonDocument ToJson(EvaluationReport report)
    {
        using MemoryStream buffer = new();
        EvaluationJsonWriter.Write(buffer, report, Breakdowns.None);
        return JsonDocument.Parse(buffer.ToArray());
    }

    private static JsonDocument RunScorePy(string gold, string system, string arguments) =>
        JsonDocument.Parse(RunScorePyText(gold, system, arguments + " --json").Split('\n')[0]);

    private static string RunScorePyText(string gold, string system, string arguments)
    {
        string scorePy = RepoPaths.ScorePy;
        if (!File.Exists(scorePy))
        {
            Assert.Ignore($"the reference scorer is not beside the repository ({scorePy}); nothing to compare with");
        }

        ProcessStartInfo start = new("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in (string[])[scorePy, gold, system, .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process python = Process.Start(start)!;
            Task<string> stderr = python.StandardError.ReadToEndAsync();
            string stdout = python.StandardOutput.ReadToEnd();
            python.WaitForExit();
            Assert.That(python.ExitCode, Is.Zero, () => string.Create(CultureInfo.InvariantCulture, $"score.py failed: {stderr.Result}"));
            return stdout;
        }
        catch (Win32Exception e)
        {
            Assert.Ignore($"python3 is not installed here ({e.Message}); cannot run score.py");
            throw;
        }
    }
}
