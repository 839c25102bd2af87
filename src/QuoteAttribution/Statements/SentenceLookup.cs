using System.Collections.Immutable;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>Which sentence a position of the text falls in.</summary>
internal static class SentenceLookup
{
    /// <summary>The index of the last sentence starting at or before <paramref name="position"/> (0 before the first).</summary>
    public static int IndexAt(ImmutableArray<Sentence> sentences, int position) =>
        Math.Max(0, Sorted.LastAtOrBefore(sentences.AsSpan(), position, static s => s.Span.Start));
}
