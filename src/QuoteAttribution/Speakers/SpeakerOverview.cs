using System.Collections.Immutable;

namespace QuoteAttribution.Speakers;

/// <summary>Who was quoted in a corpus: one row per speaker, plus what could not be attributed.</summary>
/// <param name="Speakers">One row per speaker, most statements first, then by name (ordinal).</param>
/// <param name="Unattributed">Statements whose speaker is empty; they are counted, not listed.</param>
/// <param name="TotalStatements">All statements, attributed or not.</param>
/// <param name="TotalArticles">Distinct articles among all statements.</param>
public sealed record SpeakerOverview(
    ImmutableArray<SpeakerSummary> Speakers,
    int Unattributed,
    int TotalStatements,
    int TotalArticles);
