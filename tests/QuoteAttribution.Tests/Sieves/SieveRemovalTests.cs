using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;
using QuoteAttribution.Sieves;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Sieves;

/// <summary>The removal probe: a sieve taken out of the builder hands its statements on, it never loses them.</summary>
public sealed class SieveRemovalTests
{
    private const string TrailingQuotes =
        "“We will not back down,” said Mayor Jane Smith.\n"
        + "The council met on Monday.\n"
        + "“The bridge stays open until spring,” Tom Reyes told reporters.";

    private static IEnumerable<string> DefaultSieveNames() => AttributionPipelineBuilder.DefaultSieves.Select(s => s.Name);

    private static IEnumerable<Article> SeedArticles() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Fixtures, "articles"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));

    [Test]
    public void TrailingCueRemoved_LaterSieveDecidesTheSameSpeaker()
    {
        // Arrange
        AttributionPipeline full = new AttributionPipelineBuilder().UseDefaultSieves().Build();
        AttributionPipeline probe = new AttributionPipelineBuilder().UseDefaultSieves().Remove<TrailingCueSieve>().Build();

        // Act
        AttributionResult before = full.Analyze(new Article("a", TrailingQuotes));
        AttributionResult after = probe.Analyze(new Article("a", TrailingQuotes));

        // Assert: the cue is still the quote's sentence's cue, so the sentence-cue sieve reads it.
        Assert.That(before.Records.Select(r => r.Rule), Is.EqualTo(new[] { "trailing-cue", "trailing-cue" }));
        Assert.That(after.Records.Select(r => r.Rule), Is.EqualTo(new[] { "sentence-cue", "sentence-cue" }));
        Assert.That(after.Records.Select(r => r.Speaker), Is.EqualTo(new[] { "Jane Smith", "Tom Reyes" }));
    }

    [TestCaseSource(nameof(DefaultSieveNames))]
    public void AnySieveRemoved_SeedStatementsKeptAndDecidedByAnotherOrLeftUnknown(string removed)
    {
        // Arrange
        AttributionPipeline full = new AttributionPipelineBuilder().UseDefaultSieves().Build();
        AttributionPipeline probe = new AttributionPipelineBuilder()
            .OnlySieves(AttributionPipelineBuilder.DefaultSieves.Select(s => s.Name).Where(n => n != removed)).Build();
        HashSet<string> left = [.. probe.Sieves.Select(s => s.Name)];

        foreach (Article article in SeedArticles())
        {
            // Act
            AttributionResult before = full.Analyze(article);
            AttributionResult after = probe.Analyze(article);

            // Assert: the same statements, each decided by a sieve still there, or unknown with no speaker.
            Assert.That(after.Records.Select(r => (r.Start, r.End, r.Kind)), Is.EqualTo(before.Records.Select(r => (r.Start, r.End, r.Kind))), article.Id);
            Assert.That(after.Records.Where(r => r.Rule.Length > 0).Select(r => r.Rule).Distinct(), Is.SubsetOf(left), article.Id);
            Assert.That(after.Records.Where(r => r.Rule.Length == 0).Select(r => r.Speaker), Is.All.Empty, article.Id);
        }
    }

    [Test]
    public void NoSieves_EveryStatementFoundAndNoneAttributed()
    {
        // Arrange
        AttributionPipeline pipeline = new AttributionPipelineBuilder().OnlySieves([]).Build();

        // Act
        AttributionResult result = pipeline.Analyze(new Article("a", TrailingQuotes));

        // Assert
        Assert.That(result.Records, Has.Length.EqualTo(2));
        Assert.That(result.Records.Select(r => (r.Rule, r.Speaker)), Is.All.EqualTo(("", "")));
    }

    [Test]
    public void EverySieveAlone_DecidesOnlyWithItsOwnName()
    {
        foreach (IAttributionSieve sieve in AttributionPipelineBuilder.DefaultSieves)
        {
            AttributionPipeline pipeline = new AttributionPipelineBuilder().OnlySieves([sieve.Name]).Build();
            foreach (Article article in SeedArticles())
            {
                Assert.That(pipeline.Analyze(article).Records.Select(r => r.Rule).Where(r => r.Length > 0), Is.All.EqualTo(sieve.Name), article.Id);
            }
        }
    }
}
