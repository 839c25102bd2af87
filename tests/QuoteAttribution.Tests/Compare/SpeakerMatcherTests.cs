using NUnit.Framework;
using QuoteAttribution.Compare;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;
using QuoteAttribution.Tests.Support;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Compare;

public sealed class SpeakerMatcherTests
{
    private static readonly SpeakerOverview Overview = SpeakerAggregator.Aggregate(SampleCorpus.Records);

    [TestCase("sergei-lavrov")]
    [TestCase("SERGEI-LAVROV")]
    [TestCase("Sergei Lavrov")]
    [TestCase("sergei lavrov")]
    [TestCase("Lavrov")]
    [TestCase("lavrov")]
    [TestCase("Sergei")]
    public void IdNameOrSurname_MatchesLavrov(string query)
    {
        SpeakerMatch match = SpeakerMatcher.Match(Overview, query);

        Assert.That(match.Matches.Select(m => m.Key), Is.EqualTo(new[] { "sergei-lavrov" }));
        Assert.That(match.Label, Is.EqualTo("Sergei Lavrov"));
    }

    [Test]
    public void SpeakerWithoutId_MatchedByWordOfDescription()
    {
        SpeakerMatch match = SpeakerMatcher.Match(Overview, "ministry");

        Assert.That(match.Matches.Select(m => m.Name), Is.EqualTo(new[] { "Russian defense ministry" }));
    }

    [Test]
    public void Misspelt_NoMatchAndClosestSuggestedFirst()
    {
        SpeakerMatch match = SpeakerMatcher.Match(Overview, "Lavorv");

        Assert.That(match.IsFound, Is.False);
        Assert.That(match.Suggestions.Select(s => s.Name), Is.EqualTo(new[] { "Sergei Lavrov" }));
    }

    [Test]
    public void NothingClose_NoSuggestions()
    {
        SpeakerMatch match = SpeakerMatcher.Match(Overview, "Xyzzyq");

        Assert.That(match.IsFound, Is.False);
        Assert.That(match.Suggestions, Is.Empty);
    }

    [Test]
    public void SharedWordButWrongFirstName_SuggestsBySharedWord()
    {
        SpeakerMatch match = SpeakerMatcher.Match(Overview, "Sergey Lavrov");

        Assert.That(match.IsFound, Is.False);
        Assert.That(match.Suggestions[0].Name, Is.EqualTo("Sergei Lavrov"));
    }

    [Test]
    public void SurnameOfTwoSpeakersWithSimilarCounts_RefusedWithCandidatesMostStatementsFirst()
    {
        SpeakerOverview overview = SpeakerAggregator.Aggregate(
        [
            .. SampleCorpus.Records,
            SampleCorpus.Records[2] with { Speaker = "Jimmy Carter", SpeakerId = "jimmy-carter" },
        ]);

        SpeakerMatch match = SpeakerMatcher.Match(overview, "Carter");

        Assert.That(match.IsAmbiguous, Is.True);
        Assert.That(match.IsFound, Is.False);
        Assert.That(match.Candidates.Select(c => (c.Name, c.Statements)), Is.EqualTo(new[] { ("Ash Carter", 3), ("Jimmy Carter", 1) }));
        Assert.That(match.Label, Is.EqualTo("Carter"));
    }

    [Test]
    public void SurnameWhereOneSpeakerHoldsNearlyAll_TakesThatSpeaker()
    {
        // Arrange: Teo Vance says nine things, Ana Vance one: nine tenths is "nearly all".
        QuoteRecord template = SampleCorpus.Records[2];
        List<QuoteRecord> records = [.. Enumerable.Range(1, 9).Select(i => template with { QuoteId = $"a#{i}", Speaker = "Teo Vance", SpeakerId = "teo-vance" })];
        records.Add(template with { QuoteId = "b#1", Speaker = "Ana Vance", SpeakerId = "ana-vance" });

        // Act
        SpeakerMatch match = SpeakerMatcher.Match(SpeakerAggregator.Aggregate(records), "vance");

        // Assert
        Assert.That(match.Matches.Select(m => m.SpeakerId), Is.EqualTo(new[] { "teo-vance" }));
        Assert.That(match.WasChosen, Is.True);
        Assert.That(match.Candidates.Select(c => c.SpeakerId), Is.EqualTo(new[] { "teo-vance", "ana-vance" }));
    }

    [Test]
    public void ExactNameSharedWithLongerName_ExactWinsWithoutCandidates()
    {
        SpeakerOverview overview = SpeakerAggregator.Aggregate(
        [
            .. SampleCorpus.Records,
            SampleCorpus.Records[2] with { Speaker = "Jimmy Carter", SpeakerId = "jimmy-carter" },
        ]);

        SpeakerMatch match = SpeakerMatcher.Match(overview, "jimmy-carter");

        Assert.That(match.Matches.Select(m => m.Name), Is.EqualTo(new[] { "Jimmy Carter" }));
        Assert.That(match.WasChosen, Is.False);
    }

    [Test]
    public void FullNameBeatsWordMatch()
    {
        SpeakerOverview overview = SpeakerAggregator.Aggregate(
        [
            .. SampleCorpus.Records,
            SampleCorpus.Records[2] with { Speaker = "Ash Carter Jr", SpeakerId = "ash-carter-jr" },
        ]);

        SpeakerMatch match = SpeakerMatcher.Match(overview, "ash carter");

        Assert.That(match.Matches.Select(m => m.Key), Is.EqualTo(new[] { "ash-carter" }));
    }

    [Test]
    public void BlankQuery_NoMatchNoSuggestion()
    {
        SpeakerMatch match = SpeakerMatcher.Match(Overview, "  ");

        Assert.That(match.IsFound, Is.False);
        Assert.That(match.Suggestions, Is.Empty);
    }

    [TestCase("lavrov", "lavorv", 1)]
    [TestCase("lavrov", "lavrov", 0)]
    [TestCase("carter", "carte", 1)]
    [TestCase("", "abc", 3)]
    public void EditDistance_CountsTranspositionAsOne(string a, string b, int expected)
    {
        Assert.That(EditDistance.Between(a, b), Is.EqualTo(expected));
    }

    [Test]
    public void Surname_OnlyNamesEndingInItAreCandidates()
    {
        // Arrange: "Carter campaign" names an organisation, not a person called Carter.
        QuoteRecord template = SampleCorpus.Records[2];
        SpeakerOverview overview = SpeakerAggregator.Aggregate(
        [
            .. SampleCorpus.Records,
            .. Enumerable.Range(1, 5).Select(i => template with { QuoteId = $"c#{i}", Speaker = "Carter campaign", SpeakerId = "carter-campaign" }),
        ]);

        // Act
        SpeakerMatch match = SpeakerMatcher.Match(overview, "Carter");

        // Assert
        Assert.That(match.Matches.Select(m => m.Name), Is.EqualTo(new[] { "Ash Carter" }));
    }
}
