using System.Diagnostics;
using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Inputs built to make a careless analyzer crash or go quadratic. The time bounds are generous for a loaded
/// two-core machine running a Debug build, yet far below what quadratic behaviour costs at these sizes
/// (before the fixes, 1 MB of news-like text took 24 s and 8 MB several minutes); they are asserted only
/// under <c>QA_TIMING=1</c> (<see cref="WallClock"/>), by <c>.ci/linearity</c>.
/// Timings run alone (not beside other fixtures), so a busy neighbour does not skew them.
/// </summary>
[NonParallelizable]
[Category(WallClock.Category)]
public sealed class PathologicalInputTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    [Test]
    public void OneMegabyteWithoutNewline_AnalysedInSeconds()
    {
        string text = NewsLikeText.Build(1_000_000);

        AttributionResult result = Timed(text, TimeSpan.FromSeconds(20));

        Assert.That(result.Records, Is.Not.Empty);
        Assert.That(text, Does.Not.Contain("\n"));
    }

    [TestCase("\"")]
    [TestCase("\u201C")]
    [TestCase("\u201Cword ")]
    [TestCase("\"a ")]
    public void HundredThousandOpeningQuotesNeverClosed_AnalysedInSeconds(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 100_000));

        AttributionResult result = Timed(text, TimeSpan.FromSeconds(10));

        Assert.That(result.Records.All(r => r.End <= text.Length), Is.True);
    }

    [TestCase("\"'")]
    [TestCase("\" ' ")]
    [TestCase("\"said '")]
    public void FiftyThousandAlternatingMarks_AnalysedInSeconds(string pair)
    {
        string text = string.Concat(Enumerable.Repeat(pair, 25_000));

        AttributionResult result = Timed(text, TimeSpan.FromSeconds(10));

        Assert.That(result.Records.All(r => r.End <= text.Length), Is.True);
    }

    [Test]
    public void TenMegabyteParagraphOfNews_AnalysedWithRecordsThroughout()
    {
        string text = NewsLikeText.Build(10_000_000);

        AttributionResult result = Timed(text, TimeSpan.FromSeconds(60));

        Assert.That(result.Records, Has.Length.GreaterThan(100_000));
        Assert.That(result.Records[^1].Start, Is.GreaterThan(9_900_000));
    }

    [Test]
    public void OneSentenceOfAHundredThousandCues_AnalysedInSeconds()
    {
        // Every cue used to count the words to the end of its sentence: 800 KB of "he said" took 34 s.
        string text = string.Concat(Enumerable.Repeat("he said ", 100_000));

        AttributionResult result = Timed(text, TimeSpan.FromSeconds(15));

        Assert.That(result.Records.All(r => r.End <= text.Length), Is.True);
    }

    [Test]
    public void ThirtyThousandDistinctNames_EachShortFormFindsItsFullName()
    {
        // Every surname used to be compared with every name of the article: 5.8 MB took 117 s.
        string[] first = ["Ann", "Ben", "Cora", "Dev"];
        string text = string.Concat(Enumerable.Range(0, 30_000).Select(i =>
            $"{first[i % first.Length]} Vel{i:D5}ko said the bridge was safe. Vel{i:D5}ko added that it would open.\n\n"));

        AttributionResult result = Timed(text, TimeSpan.FromSeconds(30));

        Assert.That(result.Records, Has.Length.EqualTo(60_000));
        Assert.That(result.Records[^1].Speaker, Is.EqualTo("Dev Vel29999ko"));
    }

    [Test]
    public void EightTimesTheText_TakesUnderTwelveTimesAsLong()
    {
        // Arrange: warm up the JIT so the first measurement is not its compile time.
        Pipeline.Analyze(new Article("warm", NewsLikeText.Build(50_000)));
        string small = NewsLikeText.Build(1_000_000);
        string large = NewsLikeText.Build(8_000_000);

        // Act: the better of two runs each, so one pause for a full garbage collection cannot decide it
        TimeSpan smallTime = Min(Measure(small), Measure(small));
        TimeSpan largeTime = Min(Measure(large), Measure(large));

        // Assert
        TestContext.Out.WriteLine($"1 MB {smallTime.TotalSeconds:F2} s, 8 MB {largeTime.TotalSeconds:F2} s");
        WallClock.AssertRatioUnder(largeTime / smallTime, 12, "8 MB against 1 MB");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Measure(string text)
    {
        Stopwatch watch = Stopwatch.StartNew();
        Pipeline.Analyze(new Article("timed", text));
        return watch.Elapsed;
    }

    private static AttributionResult Timed(string text, TimeSpan bound)
    {
        Stopwatch watch = Stopwatch.StartNew();
        AttributionResult result = Pipeline.Analyze(new Article("timed", text));
        WallClock.AssertUnder(watch.Elapsed, bound, $"{text.Length:N0} characters, {result.Records.Length:N0} records");
        return result;
    }
}
