using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Cli.Commands;

/// <summary>What <see cref="RecordSource"/> made of the inputs.</summary>
/// <param name="Records">The records of every article read, inputs in the order given, files in ordinal order.</param>
/// <param name="ArticleTexts">Article id → text as read, for the report's context.</param>
/// <param name="HadErrors">True when some input could not be read (each was named on standard error).</param>
internal sealed record LoadedRecords(
    IReadOnlyList<QuoteRecord> Records, IReadOnlyDictionary<string, string> ArticleTexts, bool HadErrors)
{
    /// <summary>Article id → the headline its source gave (JSONL <c>title</c>, an HTML page's heading), for the report's quote column.</summary>
    public IReadOnlyDictionary<string, string> ArticleTitles { get; init; } = new Dictionary<string, string>();
}
