using System.Collections.Immutable;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Compare;

/// <summary>What one side of a comparison said about one topic.</summary>
/// <param name="Speaker">The side's heading (<see cref="SpeakerMatch.Label"/>).</param>
/// <param name="Statements">The statements, by date (undated last), then article and offset.</param>
public sealed record TopicSide(string Speaker, ImmutableArray<QuoteRecord> Statements);
