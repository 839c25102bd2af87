using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Report;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Report;

public sealed class ContextWindowTests
{
    [Test]
    public void StatementAndNearMention_WholeSentenceWithBothMarked()
    {
        QuoteRecord record = SampleCorpus.Records[2];

        IReadOnlyList<ContextSegment> segments = ContextWindow.Cut(record, SampleCorpus.Texts[record.Article]);

        Assert.That(string.Concat(segments.Select(s => s.Text)), Is.EqualTo(
            "Ash Carter, the U.S. defense secretary, said: \"We have not agreed to cooperate with Russia in Syria.\""));
        Assert.That(segments.Where(s => s.Kind == ContextSegmentKind.Mention).Select(s => s.Text),
            Is.EqualTo(new[] { "Ash Carter, the U.S. defense secretary" }));
    }

    [Test]
    public void AbbreviationBeforeStatement_NotTakenForSentenceEnd()
    {
        QuoteRecord record = SampleCorpus.Records[0];

        string context = string.Concat(ContextWindow.Cut(record, SampleCorpus.Texts[record.Article]).Select(s => s.Text));

        Assert.That(context, Does.StartWith("MOSCOW, Oct. 14 (Reuters) - Russia's Foreign Minister"));
    }

    [Test]
    public void OffsetsOutsideText_StatementAlone()
    {
        QuoteRecord record = SampleCorpus.Records[0] with { Start = 5000, End = 5010 };

        IReadOnlyList<ContextSegment> segments = ContextWindow.Cut(record, SampleCorpus.Texts[record.Article]);

        Assert.That(segments, Is.EqualTo(new[] { new ContextSegment(record.Text, ContextSegmentKind.Statement) }));
    }

    [Test]
    public void NoArticleText_StatementAlone()
    {
        IReadOnlyList<ContextSegment> segments = ContextWindow.Cut(SampleCorpus.Records[0], null);

        Assert.That(segments, Has.Count.EqualTo(1));
    }

    [Test]
    public void LongSentence_CutWithEllipsisBothSides()
    {
        string filler = string.Concat(Enumerable.Repeat("words and more words ", 30));
        string text = filler + "he said the talks failed " + filler + ".";
        int start = text.IndexOf("the talks failed", StringComparison.Ordinal);
        QuoteRecord record = SampleCorpus.Records[0] with { Start = start, End = start + 16, Text = "the talks failed", SpeakerStart = null, SpeakerEnd = null };

        IReadOnlyList<ContextSegment> segments = ContextWindow.Cut(record, text);

        Assert.That(segments[0].Kind, Is.EqualTo(ContextSegmentKind.Cut));
        Assert.That(segments[^1].Kind, Is.EqualTo(ContextSegmentKind.Cut));
        Assert.That(segments.Sum(s => s.Text.Length), Is.LessThanOrEqualTo((2 * ContextWindow.Reach) + 20));
    }

    [Test]
    public void MentionFarAway_NotShown()
    {
        QuoteRecord record = SampleCorpus.Records[0] with { SpeakerStart = 0, SpeakerEnd = 3 };
        string text = new string('x', 1000) + " " + SampleCorpus.Texts[record.Article];
        record = record with { Start = record.Start + 1001, End = record.End + 1001 };

        IReadOnlyList<ContextSegment> segments = ContextWindow.Cut(record, text);

        Assert.That(segments.Any(s => s.Kind == ContextSegmentKind.Mention), Is.False);
    }
}
