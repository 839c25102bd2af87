using NUnit.Framework;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Pipeline;

/// <summary>Roles, affiliations and types as a reader would write them, on invented articles.</summary>
public sealed class ArticleSpeakerProfilesTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    private static QuoteRecord[] Analyze(string text) =>
        [.. Pipeline.Analyze(new Article("t", text)).Records];

    private static QuoteRecord BySpeaker(string text, string speaker) =>
        Analyze(text).First(r => r.Speaker == speaker);

    [TestCase("City Treasurer Ana Soto said the levy would rise.", "Ana Soto", "City Treasurer")]
    [TestCase("Environment Minister Sarah Whitfield said the river was clean.", "Sarah Whitfield", "Environment Minister")]
    [TestCase("Fire Chief Laura Gómez said the blaze was out.", "Laura Gómez", "Fire Chief")]
    [TestCase("House Speaker Tom Arlen said the vote would wait.", "Tom Arlen", "House Speaker")]
    public void TitleBeforeName_StaysWholeAndOutOfName(string text, string name, string role)
    {
        QuoteRecord record = BySpeaker(text, name);

        Assert.That(record.Role, Is.EqualTo(role));
        Assert.That(record.Speaker, Is.EqualTo(name));
    }

    [Test]
    public void AppositiveAfterName_GivesRole()
    {
        QuoteRecord record = BySpeaker("\"The tide is late,\" said Dana Whitlock, the harbour master, on Monday.", "Dana Whitlock");

        Assert.That(record.Role, Is.EqualTo("harbour master"));
    }

    [Test]
    public void TitleGivenAtAnotherMention_ReachesEveryStatement()
    {
        const string text = "Former Ridgeland Gov. Petra Moss opened the fair.\n\n"
            + "\"We are ready,\" Moss said on Friday.\n\n\"It will be a long week,\" Moss added.";

        QuoteRecord[] records = [.. Analyze(text).Where(r => r.Speaker.EndsWith("Moss", StringComparison.Ordinal))];

        Assert.That(records, Is.Not.Empty);
        Assert.That(records.Select(r => r.Role).Distinct(), Is.EqualTo(new[] { "Former Ridgeland Gov." }));
    }

    [Test]
    public void PartyWordInTitle_GivesAffiliationAndStaysInRole()
    {
        QuoteRecord record = BySpeaker("Republican presidential candidate Ivo Brant said taxes would fall.", "Ivo Brant");

        Assert.That(record.Role, Is.EqualTo("Republican presidential candidate"));
        Assert.That(record.Affiliation, Is.EqualTo("Republican"));
    }

    [Test]
    public void NamedBodyBeforeTitle_IsAffiliationNotRole()
    {
        QuoteRecord record = BySpeaker("Lakeside Rowing Club coach Mara Venn said the crew was fit.", "Mara Venn");

        Assert.That(record.Role, Is.EqualTo("coach"));
        Assert.That(record.Affiliation, Is.EqualTo("Lakeside Rowing Club"));
    }

    [Test]
    public void PartyAndStateInParentheses_GiveAffiliation()
    {
        QuoteRecord record = BySpeaker("Sen. Orla Quinn (D-Ore.) said the bill was weak.", "Orla Quinn");

        Assert.That(record.Affiliation, Is.EqualTo("D-Ore."));
    }

    [TestCase("Kai Renner, 81, said the road was closed.", "Kai Renner")]
    [TestCase("A smiling Kai Renner said the road was closed.", "Kai Renner")]
    [TestCase("Kai Renner, who runs the bakery, said the road was closed.", "Kai Renner")]
    public void AgeMoodOrClause_IsNoRole(string text, string name)
    {
        Assert.That(BySpeaker(text, name).Role, Is.Empty);
    }

    [TestCase("81-year-old", false)]
    [TestCase("daughter", false)]
    [TestCase("The delegate and", false)]
    [TestCase("he's certain", false)]
    [TestCase("soon", false)]
    [TestCase("former Gov.", true)]
    [TestCase("communications director", true)]
    [TestCase("Minister of Justice and Attorney General", true)]
    [TestCase("vice-president, public affairs", true)]
    [TestCase("director, who joined", false)]
    public void RoleCheck_AcceptsTitlesOnly(string role, bool expected)
    {
        Assert.That(QuoteAttribution.Entities.RoleCheck.IsRole(role), Is.EqualTo(expected));
    }

    [Test]
    public void AffiliationJoiningTwoPeople_IsRejected()
    {
        Assert.That(QuoteAttribution.Entities.RoleCheck.IsAffiliation("former President Jo Lee and Democratic"), Is.False);
        Assert.That(QuoteAttribution.Entities.RoleCheck.IsAffiliation("Harbour Trust"), Is.True);
    }

    [TestCase("Democrats", SpeakerType.Person, SpeakerType.Group)]
    [TestCase("local officials", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("a local official", SpeakerType.Anonymous, SpeakerType.Anonymous)]
    [TestCase("The memo", SpeakerType.Person, SpeakerType.Document)]
    [TestCase("Bill", SpeakerType.Person, SpeakerType.Person)]
    [TestCase("Sanders", SpeakerType.Person, SpeakerType.Person)]
    [TestCase("harbour staff", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("Mayor Lund's staff", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("a majority of the ferry workers", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("a third", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("Nearly half", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("some in the fishing village", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("officials at the port", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("Lund and his rivals for the seat", SpeakerType.Anonymous, SpeakerType.Group)]
    [TestCase("a member of the crowd", SpeakerType.Anonymous, SpeakerType.Anonymous)]
    [TestCase("one resident", SpeakerType.Anonymous, SpeakerType.Anonymous)]
    [TestCase("Others", SpeakerType.Person, SpeakerType.Group)]
    [TestCase("Witness", SpeakerType.Person, SpeakerType.Anonymous)]
    [TestCase("Projections", SpeakerType.Person, SpeakerType.Document)]
    [TestCase("ferry poll results", SpeakerType.Group, SpeakerType.Document)]
    [TestCase("court filings", SpeakerType.Group, SpeakerType.Document)]
    [TestCase("Post", SpeakerType.Organization, SpeakerType.Organization)]
    public void SpeakerType_FitsDescription(string speaker, SpeakerType resolved, SpeakerType expected)
    {
        Assert.That(SpeakerTypes.Refine(speaker, resolved), Is.EqualTo(expected));
    }

    [TestCase("Presidential candidate Ivo Brant\u2019s campaign says two dozen lawmakers back him.", "Ivo Brant")]
    [TestCase("Rival Ana Soto\u2019s campaign says it raised $15 million in January.", "Ana Soto")]
    [TestCase("The Harbour Trust's review panel says more work is needed.", "Harbour Trust")]
    [TestCase("The University of Carin\u2019s School of Law says the rule is new.", "University of Carin")]
    [TestCase("\"We are ready,\" Ivo Marks said. Marks\u2019 aides said the trip was over.", "Ivo Marks")]
    public void DescriptionOwnedByName_TakesOwnerAsAffiliation(string text, string affiliation)
    {
        QuoteRecord record = Analyze(text).Last();

        Assert.That(record.Affiliation, Is.EqualTo(affiliation));
    }

    [Test]
    public void OwnerOfSeveralWords_IsNoShortFormOfSpeaker()
    {
        const string text = "\"We are ready,\" said Harbour Services Canada. Transport Canada\u2019s public database says the road is open.";

        Assert.That(Analyze(text).Last().Affiliation, Is.EqualTo("Transport Canada"));
    }

    [Test]
    public void DescriptionOwnedByPronoun_HasNoAffiliation()
    {
        Assert.That(Analyze("His aides said the trip was over.").Single().Affiliation, Is.Empty);
    }

    [TestCase("tax experts", "experts")]
    [TestCase("local officials", "officials")]
    [TestCase("Officials", "")]
    [TestCase("some officials", "")]
    public void GroupRole_IsQualifiedPluralHead(string description, string expected)
    {
        Assert.That(QuoteAttribution.Entities.RoleCheck.GroupRole(description), Is.EqualTo(expected));
    }
}
