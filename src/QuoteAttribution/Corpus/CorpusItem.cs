using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Corpus;

/// <summary>
/// One item of a corpus run, in input order: an analysed article (<see cref="Result"/>) or a problem
/// with an input (<see cref="Problem"/>: unreadable, a warning, or an article the analyzer failed on).
/// </summary>
/// <param name="Source">The file (or <c>stdin</c>) the item came from.</param>
/// <param name="Line">The 1-based JSON Lines line, when there is one.</param>
/// <param name="Result">The analysis, when the item is an article.</param>
/// <param name="Problem">The problem, when the item is one.</param>
public sealed record CorpusItem(string Source, int? Line, AttributionResult? Result, ReadProblem? Problem);
