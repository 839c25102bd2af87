using System.Collections.Immutable;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Normalization;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Quotes;
using QuoteAttribution.Reading;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Benchmarks;

/// <summary>
/// One article carried through the pipeline up to each stage, so that every stage can be timed on its
/// own input (the same steps as <see cref="AttributionPipeline.Analyze"/>).
/// </summary>
internal sealed class StageInputs
{
    public StageInputs(Article article, ArticleNormalizer normalizer, AttributionPipeline pipeline)
    {
        Article = article;
        Normalized = normalizer.Normalize(article.Text);
        Paragraphs = ParagraphSplitter.Split(Normalized);
        Quotes = QuoteDetector.Detect(Normalized.Text, Paragraphs, new List<Diagnostic>());
        Sentences = SentenceSplitter.Split(Normalized.Text, Paragraphs, Quotes);
        Finder = new StatementFinder(Normalized.Text, Sentences, Quotes);
        Statements = Finder.Find(pipeline.Options.IncludeBeliefs);
        Records = pipeline.Analyze(article).Records;
    }

    public Article Article { get; }

    public NormalizedText Normalized { get; }

    public ImmutableArray<Paragraph> Paragraphs { get; }

    public ImmutableArray<Quote> Quotes { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public StatementFinder Finder { get; }

    public List<Statement> Statements { get; }

    public ImmutableArray<QuoteRecord> Records { get; }
}
