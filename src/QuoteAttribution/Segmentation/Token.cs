using QuoteAttribution.Text;

namespace QuoteAttribution.Segmentation;

/// <summary>A word or a punctuation character.</summary>
/// <param name="Span">Its characters.</param>
/// <param name="Kind">Word, punctuation or quotation mark.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>True for a word.</summary>
    public bool IsWord => Kind == TokenKind.Word;
}

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>Letters and digits, with inner apostrophes, hyphens and periods (<c>there’s</c>, <c>U.S.</c>).</summary>
    Word,

    /// <summary>One punctuation character.</summary>
    Punctuation,

    /// <summary>A quotation mark.</summary>
    QuoteMark,
}
