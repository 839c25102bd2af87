using NUnit.Framework;
using QuoteAttribution.Compare;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Compare;

public sealed class SpeakerComparisonTests
{
    [Test]
    public void LavrovAndCarter_SharedTopicsFirstRemainderLast()
    {
        // Act
        SpeakerComparison comparison = SpeakerComparison.Create(SampleCorpus.Records, ["Lavrov", "ash-carter"]);

        // Assert
        Assert.That(comparison.AllFound, Is.True);
        Assert.That(comparison.Sides.Select(s => s.Label), Is.EqualTo(new[] { "Sergei Lavrov", "Ash Carter" }));
        Assert.That(comparison.Topics.Select(t => t.Term), Is.EqualTo(new[] { "Raqqa", "Syria", "" }));
        Assert.That(comparison.Topics[^1].IsRemainder, Is.True);
    }

    [Test]
    public void SharedTopic_EachSideListsItsStatementsByDate()
    {
        SpeakerComparison comparison = SpeakerComparison.Create(SampleCorpus.Records, ["Lavrov", "Carter"]);

        ComparisonTopic raqqa = comparison.Topics.Single(t => t.Term == "Raqqa");

        Assert.That(raqqa.Sides[0].Statements.Select(r => r.QuoteId), Is.EqualTo(new[] { "moscow-2015-10-14#1" }));
        Assert.That(raqqa.Sides[1].Statements.Select(r => r.QuoteId), Is.EqualTo(new[] { "brussels-2015-10-15#3" }));
        Assert.That(raqqa.ByDate().Select(r => r.Date), Is.EqualTo(new DateOnly?[] { new(2015, 10, 14), new(2015, 10, 15) }));
        Assert.That(raqqa.ByDate()[0].Cells[1], Is.Empty);
    }

    [Test]
    public void TopicWords_OnlyThoseTopicsCaseInsensitive()
    {
        SpeakerComparison comparison = SpeakerComparison.Create(
            SampleCorpus.Records, ["Stoltenberg", "Carter"], ["turkey", "TURKEY", "Antarctica"]);

        Assert.That(comparison.Topics.Select(t => t.Term), Is.EqualTo(new[] { "turkey" }));
        Assert.That(comparison.Topics[0].Sides[0].Statements, Has.Length.EqualTo(2));
        Assert.That(comparison.Topics[0].Sides[1].Statements.Select(r => r.QuoteId), Is.EqualTo(new[] { "washington-2015-10-16#2" }));
    }

    [Test]
    public void UnknownSpeaker_NotFoundWithSuggestions()
    {
        SpeakerComparison comparison = SpeakerComparison.Create(SampleCorpus.Records, ["Lavorv", "Carter"]);

        Assert.That(comparison.AllFound, Is.False);
        Assert.That(comparison.Sides[0].Suggestions[0].Name, Is.EqualTo("Sergei Lavrov"));
    }

    [Test]
    public void OneQuery_Throws()
    {
        Assert.That(() => SpeakerComparison.Create(SampleCorpus.Records, ["Lavrov"]), Throws.ArgumentException);
    }
}
