using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Gives a record the run-wide speaker id: a bare surname takes the id of the one full name with that
/// surname the registry knows (see <see cref="SpeakerRegistry"/>). Shared by <c>extract</c> (names seen so
/// far) and by <c>speakers</c>, <c>compare</c> and <c>report</c> (the whole run).
/// </summary>
internal static class RunSpeakerIds
{
    /// <summary>The record with the run-wide speaker id (unchanged when the record has no speaker id).</summary>
    public static QuoteRecord Apply(QuoteRecord record, SpeakerRegistry speakerIds) =>
        record.SpeakerId.Length == 0 ? record : record with { SpeakerId = speakerIds.IdFor(record.Speaker, record.SpeakerType, record.Role, record.Affiliation) };
}
