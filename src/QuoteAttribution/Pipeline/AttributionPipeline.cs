using System.Collections.Immutable;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Pipeline;

/// <summary>
/// The frozen, thread-safe analyzer: article in, who-said-what records out. Build one with
/// <see cref="AttributionPipelineBuilder"/> and share it across threads.
/// </summary>
public sealed class AttributionPipeline
{
    internal AttributionPipeline(AttributionOptions options)
    {
        Options = options;
    }

    /// <summary>The options this pipeline was built with.</summary>
    public AttributionOptions Options { get; }

    /// <summary>Finds every statement in <paramref name="article"/> and attributes it.</summary>
    public AttributionResult Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Text.Length > Options.MaxArticleLength)
        {
            Diagnostic tooLarge = new(
                DiagnosticCode.ArticleTooLarge,
                new Text.TextSpan(0, article.Text.Length),
                $"article has {article.Text.Length} characters, over the limit of {Options.MaxArticleLength}; skipped");
            return new AttributionResult(article, [], [tooLarge]);
        }

        return new AttributionResult(article, [], ImmutableArray<Diagnostic>.Empty);
    }
}
