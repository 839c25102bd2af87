using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>A statement found in the article, with the cue that introduced it when there is one.</summary>
/// <param name="Kind">Direct, mixed or indirect.</param>
/// <param name="Span">The statement's text: the words inside the marks, or the reported content.</param>
/// <param name="Paragraph">Index of the paragraph it starts in.</param>
/// <param name="Sentence">Index of the sentence it starts in.</param>
/// <param name="Quote">The quote a direct statement is, when it is one.</param>
/// <param name="Cue">The cue that introduced it, when one did.</param>
/// <param name="Position">Where <paramref name="Cue"/> stands relative to the statement; <see cref="CuePosition.None"/> without a cue.</param>
public sealed record Statement(StatementKind Kind, TextSpan Span, int Paragraph, int Sentence, Quote? Quote, Cue? Cue, CuePosition Position)
{
    /// <summary>True when the statement is the cue's reported words, whole or in pieces (not a quote beside the cue).</summary>
    public bool IsReportedClause => Position is CuePosition.Clause or CuePosition.Between;
}
