using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>A passage between quotation marks.</summary>
/// <param name="Id">Position among the article's quotes, from 0.</param>
/// <param name="Span">The passage with its marks.</param>
/// <param name="Content">The words inside the marks (punctuation inside the marks kept).</param>
/// <param name="FirstParagraph">Index of the paragraph it opens in.</param>
/// <param name="LastParagraph">Index of the paragraph it closes in (later for news-style multi-paragraph quotes).</param>
/// <param name="Family">Double or single marks.</param>
/// <param name="Closed">False when the article never closed it (it then ends with its paragraph).</param>
public sealed record Quote(int Id, TextSpan Span, TextSpan Content, int FirstParagraph, int LastParagraph, QuoteFamily Family, bool Closed)
{
    /// <summary>True when the passage runs over more than one paragraph.</summary>
    public bool IsMultiParagraph => LastParagraph > FirstParagraph;
}

/// <summary>The family of quotation marks a quote uses.</summary>
public enum QuoteFamily
{
    /// <summary><c>"</c>, <c>“ ”</c>, <c>„</c>, <c>« »</c>.</summary>
    DoubleMarks,

    /// <summary><c>'</c>, <c>‘ ’</c>: quotes inside quotes, British style, headlines.</summary>
    SingleMarks,
}
