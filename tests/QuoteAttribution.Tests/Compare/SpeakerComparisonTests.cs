using NUnit.Framework;
using QuoteAttribution.Compare;
using QuoteAttribution.Pipeline;
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
        Assert.That(comparison.Topics.Select(t => t.Term), Is.EqualTo(new[] { "coalition", "Raqqa", "Syria", "" }));
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

    [Test]
    public void NameVariantsPluralAndSpeakersOwnNames_OneTopicEachAndNoSpeakerTopic()
    {
        // Arrange: invented statements; both name Ona Pell in two forms and the Unionists in two.
        QuoteRecord template = SampleCorpus.Records[2];
        QuoteRecord[] records =
        [
            template with { QuoteId = "a#1", Speaker = "Ida Marsh", SpeakerId = "ida-marsh", Text = "the Unionist plan of Ona Pell fails, Ida Marsh says" },
            template with { QuoteId = "a#2", Speaker = "Ida Marsh", SpeakerId = "ida-marsh", Text = "we asked Pell about it" },
            template with { QuoteId = "b#1", Speaker = "Tom Reyes", SpeakerId = "tom-reyes", Text = "the Unionists never listened to Pell or to Marsh" },
        ];

        // Act
        SpeakerComparison comparison = SpeakerComparison.Create(records, ["ida-marsh", "tom-reyes"]);

        // Assert
        Assert.That(comparison.Topics.Where(t => !t.IsRemainder).Select(t => t.Term), Is.EquivalentTo(new[] { "Ona Pell", "Unionist" }));
    }

    [Test]
    public void TopicWordPlural_MatchesTheSingularKeyTerm()
    {
        QuoteRecord template = SampleCorpus.Records[2];
        QuoteRecord[] records =
        [
            template with { QuoteId = "a#1", Speaker = "Ida Marsh", SpeakerId = "ida-marsh", Text = "every Unionist voted no" },
            template with { QuoteId = "b#1", Speaker = "Tom Reyes", SpeakerId = "tom-reyes", Text = "the vote was close" },
        ];

        SpeakerComparison comparison = SpeakerComparison.Create(records, ["ida-marsh", "tom-reyes"], ["Unionists"]);

        Assert.That(comparison.Topics.Single().Sides[0].Statements.Select(r => r.QuoteId), Is.EqualTo(new[] { "a#1" }));
    }

    [Test]
    public void Ranking_TopicBothSidesSpokeAboutOftenComesBeforeOneSided()
    {
        // Arrange: "Harbor" 3 times by one side and once by the other; "Canal" twice by each.
        QuoteRecord template = SampleCorpus.Records[2];
        QuoteRecord Say(string side, int n, string text) => template with { QuoteId = $"{side}#{n}", Speaker = side, SpeakerId = side, Text = text };
        QuoteRecord[] records =
        [
            Say("ida-marsh", 1, "the Harbor is full"), Say("ida-marsh", 2, "the Harbor again"), Say("ida-marsh", 3, "the Harbor once more"),
            Say("ida-marsh", 4, "the Canal is open"), Say("ida-marsh", 5, "the Canal is deep"),
            Say("tom-reyes", 1, "the Harbor is empty"), Say("tom-reyes", 2, "the Canal is shut"), Say("tom-reyes", 3, "the Canal is dry"),
        ];

        // Act
        SpeakerComparison comparison = SpeakerComparison.Create(records, ["ida-marsh", "tom-reyes"]);

        // Assert
        Assert.That(comparison.Topics.Select(t => t.Term), Is.EqualTo(new[] { "Canal", "Harbor" }));
    }
}
