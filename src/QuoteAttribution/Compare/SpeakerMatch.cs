using System.Collections.Immutable;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Compare;

/// <summary>What one speaker query (<c>Lavrov</c>, <c>sergei-lavrov</c>) found among the known speakers.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Matches">The speakers it names; several when a surname is shared.</param>
/// <param name="Suggestions">When nothing matched: the closest known speakers, closest first.</param>
public sealed record SpeakerMatch(
    string Query,
    ImmutableArray<SpeakerSummary> Matches,
    ImmutableArray<SpeakerSummary> Suggestions)
{
    /// <summary>True when the query named at least one speaker.</summary>
    public bool IsFound => !Matches.IsEmpty;

    /// <summary>True when the query named more than one speaker (their statements are merged).</summary>
    public bool IsAmbiguous => Matches.Length > 1;

    /// <summary>The side's heading: the matched names joined by <c> / </c>, or the query when none matched.</summary>
    public string Label => IsFound ? string.Join(" / ", Matches.Select(m => m.Name)) : Query;
}
