using NUnit.Framework;
using QuoteAttribution.Corpus;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Tests.Corpus;

public sealed class RecordSpoolTests
{
    [Test]
    public void RecordsReadBack_AreEqualAndInOrder()
    {
        // Arrange: every field set, and one record with the optional ones empty
        QuoteRecord full = new()
        {
            Article = "a",
            Origin = "feed.jsonl",
            QuoteId = "a#1",
            Kind = StatementKind.Mixed,
            Text = "the talks \u201Cwill resume\u201D",
            Start = 10,
            End = 35,
            Speaker = "Ana Soto",
            SpeakerId = "ana-soto",
            SpeakerType = SpeakerType.Person,
            SpeakerMention = "she",
            SpeakerStart = 40,
            SpeakerEnd = 43,
            Role = "Mayor",
            Affiliation = "Springfield",
            Cue = "said",
            Addressee = "reporters",
            Date = new DateOnly(2016, 2, 29),
            Rule = "pronoun-chain",
            Confidence = 0.1 + 0.2,
        };
        QuoteRecord bare = new() { Article = "b", QuoteId = "b#1", Kind = StatementKind.Direct, Text = "", Start = 0, End = 0 };
        using RecordSpool spool = new();

        // Act
        spool.Add(full);
        spool.Add(bare);
        QuoteRecord[] back = [.. spool.ReadBack()];

        // Assert
        Assert.That(back, Is.EqualTo(new[] { full, bare }));
    }

    [Test]
    public void AddAfterReadingBack_Throws()
    {
        using RecordSpool spool = new();
        _ = spool.ReadBack().ToList();

        Assert.That(
            () => spool.Add(new QuoteRecord { Article = "a", QuoteId = "a#1", Kind = StatementKind.Direct, Text = "", Start = 0, End = 0 }),
            Throws.InvalidOperationException);
    }
}
