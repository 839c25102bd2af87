using System.Collections.Immutable;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Compare;

/// <summary>What one speaker query (<c>Lavrov</c>, <c>sergei-lavrov</c>) found among the known speakers.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Matches">The speakers it names: one, or several that share the exact name or id asked for.</param>
/// <param name="Suggestions">When nothing matched: the closest known speakers, closest first.</param>
public sealed record SpeakerMatch(
    string Query,
    ImmutableArray<SpeakerSummary> Matches,
    ImmutableArray<SpeakerSummary> Suggestions)
{
    /// <summary>
    /// The speakers a word of their names fits when the query fits several (<c>Cruz</c>: <c>Ted Cruz</c>,
    /// <c>Ana Cruz</c>), most statements first; empty for an exact, single or failed match.
    /// </summary>
    public ImmutableArray<SpeakerSummary> Candidates { get; init; } = [];

    /// <summary>True when the query named at least one speaker.</summary>
    public bool IsFound => !Matches.IsEmpty;

    /// <summary>True when the query fits several speakers and none holds nearly all their statements: it is refused.</summary>
    public bool IsAmbiguous => Matches.IsEmpty && Candidates.Length > 1;

    /// <summary>True when the query fit several speakers and the one holding nearly all their statements was taken.</summary>
    public bool WasChosen => Matches.Length == 1 && Candidates.Length > 1;

    /// <summary>The side's heading: the matched names joined by <c> / </c>, or the query when none matched.</summary>
    public string Label => IsFound ? string.Join(" / ", Matches.Select(m => m.Name)) : Query;
}
