using System.Collections.Immutable;
using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Statements;

/// <summary>
/// Drops the statements of paragraphs that frame the story rather than tell it: photo captions that end in their
/// credit (<c>Ann Lee says the pier will reopen. (Tom Reyes/CBC)</c>), which repeat or sum up what the story
/// says, and subheads below the headline (<c>Council Wants Answers: "Where did the money go?"</c>), which
/// announce a section whose body quotes the same words with their cue.
/// </summary>
internal static class FurnitureStatements
{
    /// <summary>Removes from <paramref name="statements"/> every one that starts in a caption or subhead paragraph.</summary>
    public static void Remove(List<Statement> statements, string text, ImmutableArray<Sentence> sentences)
    {
        HashSet<int> furniture = [];
        int first = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            first = i > 0 && sentences[i - 1].Paragraph == sentences[i].Paragraph ? first : i;
            bool endsParagraph = i + 1 == sentences.Length || sentences[i + 1].Paragraph != sentences[i].Paragraph;
            if (!endsParagraph)
            {
                continue;
            }

            // The paragraph runs from its first sentence to its last: the credit or the quote closes it.
            ReadOnlySpan<char> paragraph = text.AsSpan(sentences[first].Span.Start, sentences[i].Span.End - sentences[first].Span.Start);
            if (PhotoCaptions.EndsWithPhotoCredit(paragraph) || (sentences[i].Paragraph > 0 && Subheads.IsQuotedSubhead(paragraph)))
            {
                furniture.Add(sentences[i].Paragraph);
            }
        }

        if (furniture.Count > 0)
        {
            statements.RemoveAll(s => furniture.Contains(s.Paragraph));
        }
    }
}
