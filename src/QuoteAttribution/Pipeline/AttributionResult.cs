using System.Collections.Immutable;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Pipeline;

/// <summary>Everything the analyzer found in one article.</summary>
/// <param name="Article">The article as read.</param>
/// <param name="Records">One record per statement, in reading order.</param>
/// <param name="Diagnostics">Problems noticed in the text.</param>
public sealed record AttributionResult(
    Article Article,
    ImmutableArray<QuoteRecord> Records,
    ImmutableArray<Diagnostic> Diagnostics);
