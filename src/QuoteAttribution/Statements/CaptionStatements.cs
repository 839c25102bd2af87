using System.Collections.Immutable;
using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Statements;

/// <summary>
/// Drops the statements of photo captions (<c>Ann Lee says the pier will reopen. (Tom Reyes/CBC)</c>): a caption
/// that ends in its credit repeats or sums up what the story says, so its "says" is no statement of its own.
/// </summary>
internal static class CaptionStatements
{
    /// <summary>Removes from <paramref name="statements"/> every one that starts in a caption paragraph.</summary>
    public static void Remove(List<Statement> statements, string text, ImmutableArray<Sentence> sentences)
    {
        HashSet<int> captions = [];
        for (int i = 0; i < sentences.Length; i++)
        {
            // The paragraph's last sentence ends where the paragraph does: the credit closes it.
            bool endsParagraph = i + 1 == sentences.Length || sentences[i + 1].Paragraph != sentences[i].Paragraph;
            if (endsParagraph && PhotoCaptions.EndsWithPhotoCredit(sentences[i].Span.Of(text)))
            {
                captions.Add(sentences[i].Paragraph);
            }
        }

        if (captions.Count > 0)
        {
            statements.RemoveAll(s => captions.Contains(s.Paragraph));
        }
    }
}
