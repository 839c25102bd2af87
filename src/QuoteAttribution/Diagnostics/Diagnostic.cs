using QuoteAttribution.Text;

namespace QuoteAttribution.Diagnostics;

/// <summary>Something the analyzer noticed about messy input, reported instead of thrown.</summary>
/// <param name="Code">What kind of problem it is.</param>
/// <param name="Span">Where in the article it is.</param>
/// <param name="Message">A one-line explanation for people.</param>
public sealed record Diagnostic(DiagnosticCode Code, TextSpan Span, string Message);

/// <summary>The kinds of problem the analyzer reports.</summary>
public enum DiagnosticCode
{
    /// <summary>An opening quotation mark was never closed.</summary>
    UnclosedQuote,

    /// <summary>A closing mark had no opening mark.</summary>
    UnbalancedQuote,

    /// <summary>A statement was found, but no candidate speaker fits.</summary>
    NoSpeaker,

    /// <summary>The article was larger than the configured limit and was not analysed.</summary>
    ArticleTooLarge,
}
