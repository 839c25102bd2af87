using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Output;

/// <summary>
/// Writes records one at a time in one output format, so a corpus of any size streams through without
/// being held in memory. Call <see cref="Write"/> for each record, then <see cref="Complete"/> once.
/// Disposing releases the writer's own buffers; it never closes the <see cref="TextWriter"/> it was given.
/// </summary>
public interface IRecordWriter : IDisposable
{
    /// <summary>Writes one record (a header, when the format has one, goes out before the first).</summary>
    void Write(QuoteRecord record);

    /// <summary>Writes whatever the format needs at the end (the header of an empty CSV, the last table) and flushes.</summary>
    void Complete();
}
