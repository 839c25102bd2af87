using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;
using QuoteAttribution.Sieves;

namespace QuoteAttribution.Tests.Pipeline;

public sealed class AttributionPipelineBuilderTests
{
    private const string SplitQuote = "“The river is rising,” Ranger Kim Olsen said.\n“The trail will close tonight.”";

    [Test]
    public void DefaultSieves_RunInTheirDocumentedOrder()
    {
        AttributionPipeline pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

        Assert.That(pipeline.Sieves.Select(s => s.Name).Take(3), Is.EqualTo(new[] { "trailing-cue", "leading-cue", "according-to" }));
    }

    [Test]
    public void RemovedSieve_NoLongerDecides()
    {
        // Arrange
        AttributionPipeline pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Remove<ParagraphContinuationSieve>().Build();

        // Act
        AttributionResult result = pipeline.Analyze(new Article("a", SplitQuote));

        // Assert: the second quote falls through to the last-resort sieve instead.
        Assert.That(result.Records.Select(r => r.Rule), Is.EqualTo(new[] { "trailing-cue", "nearest-speaker" }));
    }

    [Test]
    public void OnlySieves_KeepsTheNamedSievesInTheGivenOrder()
    {
        // Arrange
        AttributionPipeline pipeline = new AttributionPipelineBuilder().OnlySieves(["trailing-cue"]).Build();

        // Act
        AttributionResult result = pipeline.Analyze(new Article("a", SplitQuote));

        // Assert
        Assert.That(pipeline.Sieves.Select(s => s.Name), Is.EqualTo(new[] { "trailing-cue" }));
        Assert.That(result.Records.Select(r => r.Speaker), Is.EqualTo(new[] { "Kim Olsen", "" }));
    }

    [Test]
    public void OnlySieves_UnknownName_Throws()
    {
        Assert.That(() => new AttributionPipelineBuilder().OnlySieves(["no-such-sieve"]), Throws.ArgumentException);
    }
}
