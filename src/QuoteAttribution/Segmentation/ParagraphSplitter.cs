using System.Collections.Immutable;
using QuoteAttribution.Normalization;
using QuoteAttribution.Text;

namespace QuoteAttribution.Segmentation;

/// <summary>
/// Splits the normalized text into paragraphs: every non-blank line is one. News sites put one paragraph
/// per line; a blank line between paragraphs changes nothing.
/// </summary>
public static class ParagraphSplitter
{
    /// <summary>The paragraphs of <paramref name="text"/> in reading order.</summary>
    public static ImmutableArray<Paragraph> Split(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ImmutableArray<Paragraph>.Builder paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (TextSpan line in ArticleNormalizer.Lines(text.Text))
        {
            ReadOnlySpan<char> chars = line.Of(text.Text);
            int start = 0;
            while (start < chars.Length && char.IsWhiteSpace(chars[start]))
            {
                start++;
            }

            int end = chars.Length;
            while (end > start && char.IsWhiteSpace(chars[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, TextSpan.FromBounds(line.Start + start, line.Start + end)));
            }
        }

        return paragraphs.ToImmutable();
    }
}
