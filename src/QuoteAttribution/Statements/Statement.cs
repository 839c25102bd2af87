using QuoteAttribution.Cues;
using QuoteAttribution.Pipeline;
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
/// <param name="Rule">How the cue was attached (<c>trailing-cue</c>, <c>reported-speech</c>), or empty.</param>
public sealed record Statement(StatementKind Kind, TextSpan Span, int Paragraph, int Sentence, Quote? Quote, Cue? Cue, string Rule);
