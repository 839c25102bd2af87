using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Specs;

/// <summary>Runs every example of <c>fixtures/specs/**/*.md</c> through the default pipeline.</summary>
public sealed class SpecTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    public static IEnumerable<TestCaseData> Examples() =>
        SpecExample.All(Path.Combine(RepositoryRoot.Fixtures, "specs"))
            .Select(e => new TestCaseData(e).SetName($"{e.File}:{e.Number} {e.Heading}").SetCategory(e.File.Split('/')[0]));

    [TestCaseSource(nameof(Examples))]
    public void Example_ProducesExpectedRecords(SpecExample example)
    {
        // Act
        AttributionResult result = Pipeline.Analyze(new Article("spec", example.Input));

        // Assert
        Assert.That(SpecFormatter.Format(result.Records), Is.EqualTo(example.Expected), example.ToString());
    }
}
