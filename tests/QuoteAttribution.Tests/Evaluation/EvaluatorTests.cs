using System.Collections.Immutable;
using NUnit.Framework;
using QuoteAttribution.Evaluation;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Tests.Evaluation;

[TestFixture]
public sealed class EvaluatorTests
{
    private static EvaluationReport MiniReport(EvaluationOptions options) => Evaluator.Evaluate(
        GoldFile.Read(RepoPaths.Fixture("eval", "mini-gold.jsonl")).Articles,
        SystemRecords.Read(RepoPaths.Fixture("eval", "mini-system.jsonl")),
        options);

    [Test]
    public void MiniFixtures_ByRuleCountsRecordsMatchesAndSpeakers()
    {
        EvaluationReport report = MiniReport(EvaluationOptions.Default);
        RuleScore continuation = report.ByRule.Single(r => r.Rule == "paragraph-continuation");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.ByRule.Sum(r => r.Records), Is.EqualTo(report.System));
            Assert.That(report.ByRule.Sum(r => r.Matched), Is.EqualTo(report.Matched));
            Assert.That(report.ByRule.Sum(r => r.SpeakerRight), Is.EqualTo(report.SpeakerRight));
            Assert.That((continuation.Records, continuation.Matched, continuation.SpeakerRight), Is.EqualTo((2, 1, 0)));
            Assert.That(report.ByRule[0].Wrong, Is.GreaterThanOrEqualTo(report.ByRule[^1].Wrong));
            Assert.That(report.ByRule.Select(r => r.Rule), Does.Contain(Tally.NoRule));
        }
    }

    [Test]
    public void MiniFixtures_ByKindAndByArticleAddUp()
    {
        EvaluationReport report = MiniReport(EvaluationOptions.Default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.ByKind.Select(k => k.Kind), Is.EqualTo(EvaluationOptions.AllKinds));
            Assert.That(report.ByKind.Sum(k => k.Gold), Is.EqualTo(report.Gold));
            Assert.That(report.ByKind.Sum(k => k.Found), Is.EqualTo(report.Matched));
            Assert.That(report.ByKind.Sum(k => k.SystemMatched), Is.EqualTo(report.Matched));
            Assert.That(report.ByArticle.Select(a => a.Article), Is.EqualTo((string[])["mini-1", "mini-2", "mini-3", "mini-4"]));
            Assert.That(report.ByArticle.Sum(a => a.SpeakerRight), Is.EqualTo(report.SpeakerRight));
        }
    }

    [Test]
    public void MiniFixtures_ErrorsInScorePyOrderAndCapped()
    {
        EvaluationReport report = MiniReport(EvaluationOptions.Default with { MaxErrors = 5 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Errors, Has.Length.EqualTo(5));
            Assert.That(report.Errors[0], Is.EqualTo(new EvaluationError(
                EvaluationErrorKind.Spurious, "mini-1", "Riverton council approves new bridge \U0001F389", null, "", "", "headline")));
            Assert.That(report.Errors[3].Kind, Is.EqualTo(EvaluationErrorKind.WrongSpeaker));
            Assert.That(report.Errors[3].Rule, Is.EqualTo("paragraph-continuation"), "the tie goes to the later record, the wrong one");
            Assert.That(report.Errors[4].Kind, Is.EqualTo(EvaluationErrorKind.Missed));
        }
    }

    [Test]
    public void KindsFilter_LeavesOutGoldAndSystemOfOtherKinds()
    {
        EvaluationReport report = MiniReport(EvaluationOptions.Default with { Kinds = new HashSet<string> { "mixed" } });

        Assert.That((report.Gold, report.System, report.Matched), Is.EqualTo((1, 1, 1)));
    }

    [Test]
    public void AnalyzerThatFindsNothing_ScoresZeroWithoutFailing()
    {
        GoldArticle article = new("a", "\"Hi,\" said Bob.", [new GoldStatement(1, 4, "Hi,", "Bob", 11, 14, "direct")]);
        AttributionPipeline pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

        EvaluationReport report = Evaluator.Evaluate([article], pipeline, EvaluationOptions.Default);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Gold, Is.EqualTo(1));
            Assert.That(report.Headline, Does.StartWith("e2e_f1="));
            Assert.That(report.ByArticle, Has.Length.EqualTo(1));
        }
    }

    [Test]
    public void EmptyCorpus_AllFiguresZero()
    {
        EvaluationReport report = Evaluator.Evaluate(ImmutableArray<GoldArticle>.Empty, SystemRecords.Read(RepoPaths.Fixture("eval", "mini-system.jsonl")), EvaluationOptions.Default);

        Assert.That(report.Headline, Is.EqualTo("e2e_f1=0.0 quote_f1=0.0 speaker_acc=0.0"));
    }
}
