using System.Collections.Immutable;
using QuoteAttribution.Coreference;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Normalization;
using QuoteAttribution.Quotes;
using QuoteAttribution.Reading;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Sieves;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Pipeline;

/// <summary>
/// The frozen, thread-safe analyzer: article in, who-said-what records out. Build one with
/// <see cref="AttributionPipelineBuilder"/> and share it across threads.
/// </summary>
public sealed class AttributionPipeline
{
    private readonly ArticleNormalizer _normalizer;

    internal AttributionPipeline(AttributionOptions options, ImmutableArray<IBoilerplateRule> boilerplate, ImmutableArray<IAttributionSieve> sieves)
    {
        Options = options;
        Sieves = sieves;
        _normalizer = new ArticleNormalizer(boilerplate);
    }

    /// <summary>The options this pipeline was built with.</summary>
    public AttributionOptions Options { get; }

    /// <summary>The attribution sieves, in the order they run.</summary>
    public ImmutableArray<IAttributionSieve> Sieves { get; }

    /// <summary>Finds every statement in <paramref name="article"/> and attributes it.</summary>
    public AttributionResult Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Run(article, trials: null).Result;
    }

    /// <summary>
    /// Analyzes <paramref name="article"/> as <see cref="Analyze"/> does and keeps how each statement was
    /// decided: its cue, every sieve tried with its verdict, and the speaker the decision resolved to.
    /// </summary>
    public ArticleExplanation Explain(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        List<SieveTrial> trials = [];
        (AttributionResult result, SieveContext? context, ResolvedSpeaker[] speakers) = Run(article, trials);
        return context is null
            ? new ArticleExplanation(result, article.Text, [], [], [], [])
            : new ArticleExplanation(
                result, context.Text, [.. context.Statements], [.. Enumerable.Range(0, context.Statements.Count).Select(context.DecisionFor)], [.. trials], [.. speakers]);
    }

    private (AttributionResult Result, SieveContext? Context, ResolvedSpeaker[] Speakers) Run(Article article, List<SieveTrial>? trials)
    {
        if (article.Text.Length > Options.MaxArticleLength)
        {
            Diagnostic tooLarge = new(
                DiagnosticCode.ArticleTooLarge,
                new Text.TextSpan(0, article.Text.Length),
                $"article has {article.Text.Length} characters, over the limit of {Options.MaxArticleLength}; skipped");
            return (new AttributionResult(article, [], [tooLarge]), null, []);
        }

        List<Diagnostic> diagnostics = [];
        NormalizedText normalized = _normalizer.Normalize(article.Text);
        string text = normalized.Text;
        ImmutableArray<Paragraph> paragraphs = ParagraphSplitter.Split(normalized);
        ImmutableArray<Quote> quotes = QuoteDetector.Detect(text, paragraphs, diagnostics);
        ImmutableArray<Sentence> sentences = SentenceSplitter.Split(text, paragraphs, quotes);
        StatementFinder finder = new(text, sentences, quotes);
        List<Statement> statements = finder.Find(Options.IncludeBeliefs);
        SieveContext context = new(text, paragraphs, sentences, statements, finder.Cues, finder.Names);
        SieveRunner.Run(Sieves, context, trials);
        ResolvedSpeaker[] speakers = new SpeakerResolver(text, context).Resolve();
        // One role, affiliation and type per speaker, from everything the article says about them.
        ImmutableArray<QuoteRecord> records = ArticleSpeakerProfiles.Apply(text, RecordBuilder.Build(article, context, speakers));
        return (new AttributionResult(article, records, [.. diagnostics]), context, speakers);
    }
}
