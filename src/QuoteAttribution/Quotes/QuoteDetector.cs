using System.Collections.Immutable;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Quotes;

/// <summary>
/// Pairs quotation marks into quotes, paragraph by paragraph, for every family of marks. A double quote
/// left open at the end of a paragraph whose next paragraph opens with a mark runs on (news style: an
/// opening mark on each paragraph, the closing mark only on the last), and so does one left open at a
/// paragraph break inside a sentence. Any other quote left open ends
/// with its paragraph and is reported; stray closing marks are reported and skipped. Single marks make a
/// quote only outside double quotes (inside they are quotes within quotes, which the outer quote holds)
/// and only when they close in the same paragraph, so apostrophes never pair.
/// </summary>
public static class QuoteDetector
{
    /// <summary>The quotes of <paramref name="text"/> in reading order.</summary>
    public static ImmutableArray<Quote> Detect(string text, ImmutableArray<Paragraph> paragraphs, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new QuotePairing(text, paragraphs, diagnostics).Run();
    }
}
