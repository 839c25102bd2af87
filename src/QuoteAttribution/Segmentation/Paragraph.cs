using QuoteAttribution.Text;

namespace QuoteAttribution.Segmentation;

/// <summary>A non-blank line of the article, trimmed of surrounding white space.</summary>
/// <param name="Index">Position among the article's paragraphs, from 0.</param>
/// <param name="Span">The paragraph's characters.</param>
public readonly record struct Paragraph(int Index, TextSpan Span);

/// <summary>A sentence inside one paragraph; quoted passages are never split.</summary>
/// <param name="Index">Position among the article's sentences, from 0.</param>
/// <param name="Paragraph">Index of the paragraph that holds it.</param>
/// <param name="Span">The sentence's characters.</param>
public readonly record struct Sentence(int Index, int Paragraph, TextSpan Span);
