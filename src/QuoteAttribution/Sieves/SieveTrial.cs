namespace QuoteAttribution.Sieves;

/// <summary>One sieve tried on one statement, and what it decided (null: it declined).</summary>
/// <param name="Statement">Index of the statement in reading order.</param>
/// <param name="Sieve">The sieve tried.</param>
/// <param name="Decision">The decision, or null when the sieve declined.</param>
public sealed record SieveTrial(int Statement, IAttributionSieve Sieve, Attribution? Decision);
