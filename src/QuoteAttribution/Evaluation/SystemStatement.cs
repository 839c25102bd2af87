using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// The fields of one system record that scoring looks at. Offsets are UTF-16 offsets into the
/// article text, as in every record the analyzer writes.
/// </summary>
/// <param name="Start">UTF-16 offset of the statement.</param>
/// <param name="End">Exclusive UTF-16 end of the statement.</param>
/// <param name="Kind">The record's kind; null when it can never match a <c>--kinds</c> filter.</param>
/// <param name="Speaker">The resolved speaker, or empty.</param>
/// <param name="SpeakerMention">The mention of the speaker at the statement, or empty.</param>
/// <param name="SpeakerStart">UTF-16 offset of the mention, or null.</param>
/// <param name="SpeakerEnd">Exclusive UTF-16 end of the mention, or null.</param>
/// <param name="Rule">The id of the rule that chose the speaker, or empty.</param>
public sealed record SystemStatement(
    long Start,
    long End,
    string? Kind,
    string Speaker,
    string SpeakerMention,
    long? SpeakerStart,
    long? SpeakerEnd,
    string Rule)
{
    /// <summary>The scored fields of an analyzer record.</summary>
    public static SystemStatement From(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new SystemStatement(
            record.Start,
            record.End,
            RecordFields.Lower(record.Kind),
            record.Speaker,
            record.SpeakerMention,
            record.SpeakerStart,
            record.SpeakerEnd,
            record.Rule);
    }
}
