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
    /// <summary>
    /// The longest line read as one paragraph. News paragraphs stay far below it (the longest in the
    /// annotated corpora is about 3,200 characters); a longer line is a page flattened without line breaks,
    /// and is cut after a sentence end (else at a space) into pieces of at most this length. Coreference and
    /// the conversational sieves look back a few paragraphs per statement, so the cap keeps them linear.
    /// </summary>
    public const int MaxParagraphChars = 10_000;

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
                Add(paragraphs, text.Text, TextSpan.FromBounds(line.Start + start, line.Start + end));
            }
        }

        return paragraphs.ToImmutable();
    }

    // Adds the paragraph, cut into pieces of at most MaxParagraphChars when it is longer.
    private static void Add(ImmutableArray<Paragraph>.Builder paragraphs, string text, TextSpan span)
    {
        int start = span.Start;
        while (span.End - start > MaxParagraphChars)
        {
            ReadOnlySpan<char> window = text.AsSpan(start, MaxParagraphChars);
            int cut = LastSentenceEnd(window);
            cut = cut > 0 ? cut : window.LastIndexOf(' ');
            // No space in the whole stretch: cut at the limit, unless that would split a surrogate pair.
            int end = cut > 0 ? start + cut : char.IsLowSurrogate(text[start + MaxParagraphChars]) ? start + MaxParagraphChars - 1 : start + MaxParagraphChars;
            paragraphs.Add(new Paragraph(paragraphs.Count, TextSpan.FromBounds(start, end)));
            start = end;
            while (start < span.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (start < span.End)
        {
            paragraphs.Add(new Paragraph(paragraphs.Count, TextSpan.FromBounds(start, span.End)));
        }
    }

    // The offset just after the last ". ", "? " or "! " in the window, or -1.
    private static int LastSentenceEnd(ReadOnlySpan<char> window)
    {
        for (int i = window.Length - 2; i > 0; i--)
        {
            if (window[i] is '.' or '?' or '!' && window[i + 1] == ' ')
            {
                return i + 1;
            }
        }

        return -1;
    }
}
