using System.Collections.Immutable;
using QuoteAttribution.Entities;

namespace QuoteAttribution.Speakers;

/// <summary>One speaker across a corpus: who they are, as what they spoke, and how often.</summary>
/// <param name="Key">The grouping key: the <c>speaker_id</c>, or the speaker name when the records carry no id.</param>
/// <param name="Name">The fullest name the records give (<c>Sergei Lavrov</c> over <c>Lavrov</c>).</param>
/// <param name="Type">The first definite speaker type seen (anything but <see cref="SpeakerType.Unknown"/>).</param>
/// <param name="Roles">Distinct roles, in the order first seen (<c>Foreign Minister</c>).</param>
/// <param name="Affiliations">Distinct affiliations, in the order first seen (<c>Russia</c>).</param>
/// <param name="Statements">How many statements the speaker made.</param>
/// <param name="Articles">In how many distinct articles.</param>
/// <param name="FirstDate">The earliest resolved statement date, or null when none was resolved.</param>
/// <param name="LastDate">The latest resolved statement date, or null when none was resolved.</param>
public sealed record SpeakerSummary(
    string Key,
    string Name,
    SpeakerType Type,
    ImmutableArray<string> Roles,
    ImmutableArray<string> Affiliations,
    int Statements,
    int Articles,
    DateOnly? FirstDate,
    DateOnly? LastDate)
{
    /// <summary>The speaker id when the records gave one; empty when the speaker is keyed by name.</summary>
    public string SpeakerId { get; init; } = "";
}
