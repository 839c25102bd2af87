using NUnit.Framework;
using QuoteAttribution.Corpus;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Corpus;

public sealed class CorpusAnalyzerTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    [Test]
    public void ManyArticlesOnManyThreads_ComeBackInInputOrder()
    {
        // Arrange: articles of very different sizes finish out of order on the workers
        ReadResult[] inputs = [.. Enumerable.Range(0, 200).Select(i =>
            ReadResult.Of(new Article($"a{i}", new string('x', (i % 7) * 20_000 + 1)), "feed.jsonl", i + 1))];

        // Act
        string[] ids = [.. new CorpusAnalyzer(Pipeline, threads: 8).Analyze(inputs).Select(item => item.Result!.Article.Id)];

        // Assert
        Assert.That(ids, Is.EqualTo(inputs.Select(input => input.Article!.Id)));
    }

    [Test]
    public void Problems_PassThroughInPlace()
    {
        ReadResult problem = ReadResult.Of(new ReadProblem("b.txt", null, "file is empty", ReadProblemSeverity.Error));
        ReadResult[] inputs = [ReadResult.Of(new Article("a", "A."), "a.txt"), problem, ReadResult.Of(new Article("c", "C."), "c.txt")];

        CorpusItem[] items = [.. new CorpusAnalyzer(Pipeline, threads: 2).Analyze(inputs)];

        Assert.That(items.Select(item => item.Source), Is.EqualTo((string[])["a.txt", "b.txt", "c.txt"]));
        Assert.That(items[1].Problem, Is.SameAs(problem.Problem));
        Assert.That(items[1].Result, Is.Null);
    }

    [Test]
    public void Inputs_AreReadAtMostOneWindowAhead()
    {
        // Arrange
        CorpusAnalyzer analyzer = new(Pipeline, threads: 2);
        int pulled = 0;
        IEnumerable<ReadResult> Endless()
        {
            for (int i = 0; ; i++)
            {
                pulled++;
                yield return ReadResult.Of(new Article($"a{i}", "Text."), "endless");
            }
        }

        // Act
        CorpusItem first = analyzer.Analyze(Endless()).First();

        // Assert
        Assert.That(first.Result!.Article.Id, Is.EqualTo("a0"));
        Assert.That(pulled, Is.EqualTo(analyzer.Window));
    }

    [Test]
    public void CancelledToken_Throws()
    {
        ReadResult[] inputs = [ReadResult.Of(new Article("a", "A."), "a.txt")];

        Assert.That(
            () => new CorpusAnalyzer(Pipeline, threads: 1).Analyze(inputs, new CancellationToken(canceled: true)).ToList(),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
