using System.Collections.Immutable;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Compare;

/// <summary>One date of one topic: what each side said that day, one cell per side in query order.</summary>
/// <param name="Date">The day, or null for statements whose date was not resolved.</param>
/// <param name="Cells">Per side, the statements of that day; empty when the side said nothing then.</param>
public sealed record ComparisonRow(DateOnly? Date, ImmutableArray<ImmutableArray<QuoteRecord>> Cells);
