using System.Collections.Immutable;
using NUnit.Framework;
using QuoteAttribution.Normalization;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Tests.Segmentation;

/// <summary>
/// The length caps that keep every later stage linear: a line far longer than any news paragraph, or a
/// stretch without a sentence end far longer than any news sentence, is cut into pieces that respect the caps.
/// </summary>
public sealed class LengthCapTests
{
    private static readonly ArticleNormalizer Normalizer = new(ArticleNormalizer.DefaultRules);

    [Test]
    public void LineOfManySentences_CutAfterASentenceEndIntoCappedParagraphs()
    {
        // Arrange: 30,000 characters on one line, sentences of 40 characters.
        string text = string.Concat(Enumerable.Repeat("The ferry to Orlan leaves at nine today. ", 750)).TrimEnd();

        // Act
        ImmutableArray<Paragraph> paragraphs = ParagraphSplitter.Split(Normalizer.Normalize(text));

        // Assert
        Assert.That(paragraphs, Has.Length.GreaterThanOrEqualTo(3));
        Assert.That(paragraphs.All(p => p.Span.Length <= ParagraphSplitter.MaxParagraphChars), Is.True);
        Assert.That(paragraphs.SkipLast(1).All(p => text[p.Span.End - 1] == '.'), Is.True);
        Assert.That(paragraphs.Sum(p => p.Span.Length) + paragraphs.Length - 1, Is.EqualTo(text.Length));
    }

    [Test]
    public void ShortLines_StayOneParagraphEach()
    {
        string text = "First line of the story.\nSecond line, \u201Cquoted,\u201D she said.";

        ImmutableArray<Paragraph> paragraphs = ParagraphSplitter.Split(Normalizer.Normalize(text));

        Assert.That(paragraphs.Select(p => p.Span.Length), Is.EqualTo(text.Split('\n').Select(line => line.Length)));
    }

    [Test]
    public void WordsWithoutASentenceEnd_CutAtSpacesIntoCappedSentences()
    {
        // Arrange: 9,000 characters of words, no period.
        string text = string.Concat(Enumerable.Repeat("ferry ", 1_500)).TrimEnd();
        NormalizedText normalized = Normalizer.Normalize(text);
        ImmutableArray<Paragraph> paragraphs = ParagraphSplitter.Split(normalized);
        ImmutableArray<Quote> quotes = QuoteDetector.Detect(normalized.Text, paragraphs, []);

        // Act
        ImmutableArray<Sentence> sentences = SentenceSplitter.Split(normalized.Text, paragraphs, quotes);

        // Assert
        Assert.That(sentences, Has.Length.EqualTo(5));
        Assert.That(sentences.All(s => s.Span.Length <= SentenceSplitter.MaxSentenceChars), Is.True);
        Assert.That(sentences.All(s => text[s.Span.Start] == 'f' && text[s.Span.End - 1] == 'y'), Is.True);
        Assert.That(sentences.Select(s => s.Index), Is.EqualTo(Enumerable.Range(0, 5)));
    }
}
