namespace QuoteAttribution.Statements;

/// <summary>
/// Where a statement's cue stands relative to the statement: the evidence the sieves decide from, with the
/// cue's own <see cref="Cues.CueKind"/>.
/// </summary>
public enum CuePosition
{
    /// <summary>No cue introduced the statement: a quote left for the context sieves.</summary>
    None,

    /// <summary>The cue comes before the quote it introduces (<c>Jones noted: "..."</c>).</summary>
    Before,

    /// <summary>The cue follows the quote (<c>"...," said Mayor Jane Smith.</c>).</summary>
    After,

    /// <summary>The statement is the cue's reported clause (<c>He said the forces were waging a battle.</c>).</summary>
    Clause,

    /// <summary>
    /// The cue stands between commas inside the reported words, which make one statement in two pieces
    /// (<c>The hall, Adler said, is too small.</c>).
    /// </summary>
    Between,

    /// <summary>
    /// The cue names the source the writer had the words from (<c>according to X</c>), before, inside or
    /// after them, or closing a sentence whose statements it takes over.
    /// </summary>
    Source,
}
