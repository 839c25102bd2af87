using QuoteAttribution.Text;

namespace QuoteAttribution.Dates;

/// <summary>The date an article was written, and where its text says so.</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Span">The characters of the date in the article text.</param>
internal readonly record struct Dateline(DateOnly Date, TextSpan Span);
