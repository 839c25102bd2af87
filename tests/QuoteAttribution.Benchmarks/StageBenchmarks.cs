using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using QuoteAttribution.Coreference;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Normalization;
using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Sieves;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Benchmarks;

/// <summary>
/// Each pipeline stage on its own, over all seed articles per operation, so the figures add up to
/// roughly the whole <see cref="Analyze"/>. Each stage starts from the previous stage's output, made once.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly ArticleNormalizer _normalizer = new([.. ArticleNormalizer.DefaultRules]);
    private readonly AttributionPipeline _pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();
    private StageInputs[] _inputs = [];

    /// <summary>Loads the seed articles and runs them once through every stage.</summary>
    [GlobalSetup]
    public void Setup() => _inputs = [.. SeedArticles.Load().Select(a => new StageInputs(a, _normalizer, _pipeline))];

    /// <summary>Boilerplate out, quote marks unified, offset map kept.</summary>
    [Benchmark]
    public int Normalize()
    {
        int n = 0;
        foreach (StageInputs input in _inputs)
        {
            n += _normalizer.Normalize(input.Article.Text).Text.Length;
        }

        return n;
    }

    /// <summary>Paragraphs, quotes and sentences.</summary>
    [Benchmark]
    public int SegmentAndQuotes()
    {
        int n = 0;
        foreach (StageInputs input in _inputs)
        {
            ImmutableArray<Paragraph> paragraphs = ParagraphSplitter.Split(input.Normalized);
            ImmutableArray<Quote> quotes = QuoteDetector.Detect(input.Normalized.Text, paragraphs, new List<Diagnostic>());
            n += SentenceSplitter.Split(input.Normalized.Text, paragraphs, quotes).Length;
        }

        return n;
    }

    /// <summary>Cues, names and statements (<see cref="StatementFinder"/>).</summary>
    [Benchmark]
    public int CuesAndStatements()
    {
        int n = 0;
        foreach (StageInputs input in _inputs)
        {
            n += new StatementFinder(input.Normalized.Text, input.Sentences, input.Quotes).Find(_pipeline.Options.IncludeBeliefs).Count;
        }

        return n;
    }

    /// <summary>The attribution sieves, then speaker resolution (coreference) and the records.</summary>
    [Benchmark]
    public int SievesAndCoreference()
    {
        int n = 0;
        foreach (StageInputs input in _inputs)
        {
            SieveContext context = new(input.Normalized.Text, input.Paragraphs, input.Sentences, input.Statements, input.Finder.Cues, input.Finder.Names);
            SieveRunner.Run(_pipeline.Sieves, context);
            ResolvedSpeaker[] speakers = new SpeakerResolver(input.Normalized.Text, context).Resolve();
            n += RecordBuilder.Build(input.Article, context, speakers).Length;
        }

        return n;
    }

    /// <summary>The whole <see cref="AttributionPipeline.Analyze"/>.</summary>
    [Benchmark(Baseline = true)]
    public int Analyze()
    {
        int n = 0;
        foreach (StageInputs input in _inputs)
        {
            n += _pipeline.Analyze(input.Article).Records.Length;
        }

        return n;
    }

    /// <summary>The records of all seed articles as JSON Lines, into a writer that keeps nothing.</summary>
    [Benchmark]
    public int WriteJsonLines()
    {
        using IRecordWriter writer = RecordWriters.Create(OutputFormat.JsonLines, TextWriter.Null);
        int n = 0;
        foreach (StageInputs input in _inputs)
        {
            foreach (QuoteRecord record in input.Records)
            {
                writer.Write(record);
                n++;
            }
        }

        writer.Complete();
        return n;
    }
}
