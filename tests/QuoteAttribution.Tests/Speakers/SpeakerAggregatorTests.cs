using NUnit.Framework;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Speakers;

public sealed class SpeakerAggregatorTests
{
    private static readonly SpeakerOverview Overview = SpeakerAggregator.Aggregate(SampleCorpus.Records);

    [Test]
    public void SampleCorpus_OneRowPerSpeakerMostStatementsFirst()
    {
        string[] names = [.. Overview.Speakers.Select(s => s.Name)];

        Assert.That(names, Is.EqualTo(new[]
        {
            "Ash Carter", "Sergei Lavrov", "Jens Stoltenberg", "Russian defense ministry", "a military source",
        }));
    }

    [Test]
    public void SpeakerSeenUnderShortName_KeepsFullestNameAndCountsArticles()
    {
        SpeakerSummary lavrov = Overview.Speakers.Single(s => s.Key == "sergei-lavrov");

        Assert.That(lavrov.Name, Is.EqualTo("Sergei Lavrov"));
        Assert.That(lavrov.SpeakerId, Is.EqualTo("sergei-lavrov"));
        Assert.That(lavrov.Type, Is.EqualTo(SpeakerType.Person));
        Assert.That(lavrov.Statements, Is.EqualTo(3));
        Assert.That(lavrov.Articles, Is.EqualTo(2));
        Assert.That(lavrov.Roles, Is.EqualTo(new[] { "Foreign Minister" }));
        Assert.That(lavrov.Affiliations, Is.EqualTo(new[] { "Russia" }));
        Assert.That(lavrov.FirstDate, Is.EqualTo(new DateOnly(2015, 10, 14)));
        Assert.That(lavrov.LastDate, Is.EqualTo(new DateOnly(2015, 10, 16)));
    }

    [Test]
    public void EmptySpeaker_CountedAsUnattributedNotListed()
    {
        Assert.That(Overview.Unattributed, Is.EqualTo(1));
        Assert.That(Overview.TotalStatements, Is.EqualTo(11));
        Assert.That(Overview.TotalArticles, Is.EqualTo(3));
        Assert.That(Overview.Speakers.Sum(s => s.Statements), Is.EqualTo(10));
    }

    [Test]
    public void SpeakerWithoutId_GroupedByNameIgnoringCase()
    {
        QuoteRecord first = SampleCorpus.Records[7];
        QuoteRecord second = first with { Speaker = "russian Defense Ministry", Article = "other", Date = null };

        SpeakerOverview overview = SpeakerAggregator.Aggregate([first, second]);

        Assert.That(overview.Speakers, Has.Length.EqualTo(1));
        Assert.That(overview.Speakers[0].Statements, Is.EqualTo(2));
        Assert.That(overview.Speakers[0].SpeakerId, Is.Empty);
        Assert.That(overview.Speakers[0].Type, Is.EqualTo(SpeakerType.Organization));
    }

    [Test]
    public void RolesAndAffiliations_DistinctInFirstSeenOrder()
    {
        QuoteRecord asMinister = SampleCorpus.Records[0];
        QuoteRecord asDiplomat = asMinister with { Role = "top diplomat", Affiliation = "Moscow" };
        QuoteRecord again = asMinister with { Role = "foreign minister" };

        SpeakerSummary lavrov = SpeakerAggregator.Aggregate([asMinister, asDiplomat, again]).Speakers.Single();

        Assert.That(lavrov.Roles, Is.EqualTo(new[] { "Foreign Minister", "top diplomat" }));
        Assert.That(lavrov.Affiliations, Is.EqualTo(new[] { "Russia", "Moscow" }));
    }

    [Test]
    public void NoDates_FirstAndLastDateNull()
    {
        QuoteRecord undated = SampleCorpus.Records[0] with { Date = null };

        SpeakerSummary lavrov = SpeakerAggregator.Aggregate([undated]).Speakers.Single();

        Assert.That(lavrov.FirstDate, Is.Null);
        Assert.That(lavrov.LastDate, Is.Null);
    }

    [Test]
    public void PersonWrittenManyWays_IsShownAsTheNameItsIdWasMadeFrom()
    {
        // Arrange: one id for a middle initial, a party word and a headline that ends in the name
        QuoteRecord plain = SampleCorpus.Records[0] with { Speaker = "Ana Soto", SpeakerId = "ana-soto" };
        QuoteRecord[] records =
        [
            plain with { Speaker = "Why Voters Still Trust Ana Soto" },
            plain with { Speaker = "Republican Ana J. Soto" },
            plain,
        ];

        // Act
        SpeakerSummary soto = SpeakerAggregator.Aggregate(records).Speakers.Single();

        // Assert
        Assert.That(soto.Name, Is.EqualTo("Ana Soto"));
    }

    [Test]
    public void PersonWithoutItsPlainName_IsShownWithoutPartyWords()
    {
        QuoteRecord record = SampleCorpus.Records[0] with { Speaker = "Democrat Ana J. Soto", SpeakerId = "ana-soto" };

        Assert.That(SpeakerAggregator.Aggregate([record]).Speakers.Single().Name, Is.EqualTo("Ana J. Soto"));
    }
}
