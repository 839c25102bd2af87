using NUnit.Framework;
using QuoteAttribution.Archive;
using QuoteAttribution.Entities;
using QuoteAttribution.Tests.Support;
using static QuoteAttribution.Tests.Archive.ArchiveSamples;

namespace QuoteAttribution.Tests.Archive;

public sealed class ArchiveSpeakerIdentityTests : TempFolderTest
{
    private string Db => Folder.File("quotes.db");

    [Test]
    public void FullNameThenSurname_SurnameJoinsTheFullName()
    {
        Store(Article("a", "1", Record("a", 1, "Mara Velden")));
        Store(Article("b", "2", Record("b", 1, "Velden")));

        Assert.That(SpeakerIds(Db, "b"), Is.EqualTo(new[] { "mara-velden" }));
        Assert.That(Count(Db, "speakers"), Is.EqualTo(1));
    }

    [Test]
    public void SurnameThenFullName_FirstIdKeptAndTheJoinRecordedAsAlias()
    {
        // Arrange
        Store(Article("a", "1", Record("a", 1, "Velden")));

        // Act
        Store(Article("b", "2", Record("b", 1, "Foreign Minister Mara Velden")));

        // Assert: the id records already use is never renamed; the full name's own slug maps to it.
        Assert.That(SpeakerIds(Db, "a"), Is.EqualTo(new[] { "velden" }));
        Assert.That(SpeakerIds(Db, "b"), Is.EqualTo(new[] { "velden" }));
        Assert.That(Dump(Db), Does.Contain("mara-velden|velden|"));
        Assert.That(Dump(Db), Does.Contain("velden|Mara Velden|person|mara|velden"));
    }

    [Test]
    public void SurnameEarlyInAnArticle_JoinsTheFullNameGivenLaterInIt()
    {
        Store(Article("a", "1", Record("a", 1, "Velden"), Record("a", 2, "Mara Velden")));

        Assert.That(SpeakerIds(Db, "a"), Is.EqualTo(new[] { "mara-velden", "mara-velden" }));
    }

    [Test]
    public void TwoJonesesWithDifferentFirstNames_StayApart()
    {
        Store(Article("a", "1", Record("a", 1, "Rupert Jones", role: "farmer")));
        Store(Article("b", "2", Record("b", 1, "Stuart Jones", role: "ambassador", affiliation: "Freland")));

        Assert.That(SpeakerIds(Db, "a"), Is.EqualTo(new[] { "rupert-jones" }));
        Assert.That(SpeakerIds(Db, "b"), Is.EqualTo(new[] { "stuart-jones" }));
    }

    [Test]
    public void SameFirstNameAndSurnameWithDifferentMiddleInitials_StayApart()
    {
        // Arrange
        Store(Article("a", "1", Record("a", 1, "Mara K.L. Velden")));

        // Act
        Store(Article("b", "2", Record("b", 1, "Mara L. Velden"), Record("b", 2, "Mara Velden")));

        // Assert: the name written without a middle initial could be either, so it is not guessed
        Assert.That(SpeakerIds(Db, "a"), Is.EqualTo(new[] { "mara-kl-velden" }));
        Assert.That(SpeakerIds(Db, "b"), Is.EqualTo(new[] { "mara-l-velden", "mara-velden" }));
    }

    [Test]
    public void PartyWordBeforeTheName_SamePerson()
    {
        Store(Article("a", "1", Record("a", 1, "Mara Velden")));
        Store(Article("b", "2", Record("b", 1, "Republican Mara Velden"), Record("b", 2, "Ohio Republican")));

        Assert.That(SpeakerIds(Db, "b"), Is.EqualTo(new[] { "mara-velden", "" }));
    }

    [TestCase("ambassador", "", "stuart-jones")]
    [TestCase("", "Freland", "stuart-jones")]
    [TestCase("farmer", "", "rupert-jones")]
    [TestCase("", "", "jones")]
    public void SurnameAmongNamesakes_PlacedByRoleOrAffiliationElseKeptApart(string role, string affiliation, string expected)
    {
        // Arrange
        Store(Article("a", "1", Record("a", 1, "Rupert Jones", role: "farmer")));
        Store(Article("b", "2", Record("b", 1, "Stuart Jones", role: "ambassador", affiliation: "Freland")));

        // Act
        Store(Article("c", "3", Record("c", 1, "Jones", role: role, affiliation: affiliation)));

        // Assert
        Assert.That(SpeakerIds(Db, "c"), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void SameSurnameDifferentAffiliation_NotJoined()
    {
        Store(Article("a", "1", Record("a", 1, "Velden", affiliation: "Italy")));
        Store(Article("b", "2", Record("b", 1, "Kai Velden", affiliation: "Freland")));

        Assert.That(SpeakerIds(Db, "b"), Is.EqualTo(new[] { "kai-velden" }));
        Assert.That(Count(Db, "aliases"), Is.Zero);
    }

    [Test]
    public void IdsOfStoredRecords_NeverChangeAsArticlesAreAdded()
    {
        // Arrange
        Store(Article("a", "1", Record("a", 1, "Velden"), Record("a", 2, "Jones")));
        string[] before = [.. SpeakerIds(Db, "a")];

        // Act: a full Velden, two full Joneses and a second bare Jones arrive later.
        Store(Article("b", "2", Record("b", 1, "Mara Velden"), Record("b", 2, "Rupert Jones")));
        Store(Article("c", "3", Record("c", 1, "Stuart Jones"), Record("c", 2, "Jones")));

        // Assert
        Assert.That(SpeakerIds(Db, "a"), Is.EqualTo(before));
        Assert.That(before, Is.EqualTo(new[] { "velden", "jones" }));
        // The first bare Jones took Rupert when he was the archive's only Jones; with two, a bare Jones is unplaced.
        Assert.That(SpeakerIds(Db, "c"), Is.EqualTo(new[] { "stuart-jones", "jones-2" }));
    }

    [TestCase("the port authority", SpeakerType.Organization, "port-authority")]
    [TestCase("a military source", SpeakerType.Anonymous, "")]
    [TestCase("", SpeakerType.Unknown, "")]
    public void OtherSpeakers_OrganisationsByDescriptionOthersNoId(string speaker, SpeakerType type, string expected)
    {
        Store(Article("a", "1", Record("a", 1, speaker, type)));

        Assert.That(SpeakerIds(Db, "a"), Is.EqualTo(new[] { expected }));
    }

    private void Store(params ArchivedArticle[] batch)
    {
        using QuoteArchive archive = QuoteArchive.OpenForWriting(Db);
        new ArchiveIndexer(archive).Store(batch);
    }
}
