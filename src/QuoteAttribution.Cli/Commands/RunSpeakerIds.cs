using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Gives a record the run-wide speaker id (see <see cref="SpeakerRegistry"/>). Shared by <c>extract</c>
/// (the whole run, or the names seen so far with <c>--stream</c>) and by <c>speakers</c>, <c>compare</c>
/// and <c>report</c> (the whole run).
/// </summary>
internal static class RunSpeakerIds
{
    /// <summary>Tells <paramref name="speakerIds"/> about the speaker of <paramref name="record"/>.</summary>
    public static void Register(QuoteRecord record, SpeakerRegistry speakerIds) =>
        speakerIds.Register(record.Article, record.Speaker, record.SpeakerType, record.Role, record.Affiliation);

    /// <summary>The record with the run-wide speaker id (unchanged when the record has no speaker id).</summary>
    public static QuoteRecord Apply(QuoteRecord record, SpeakerRegistry speakerIds) =>
        record.SpeakerId.Length == 0
            ? record
            : record with { SpeakerId = speakerIds.IdFor(record.Article, record.Speaker, record.SpeakerType, record.Role, record.Affiliation) };
}
