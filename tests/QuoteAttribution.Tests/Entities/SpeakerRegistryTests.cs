using NUnit.Framework;
using QuoteAttribution.Entities;

namespace QuoteAttribution.Tests.Entities;

public sealed class SpeakerRegistryTests
{
    private static SpeakerRegistry With(params string[] people)
    {
        SpeakerRegistry registry = new();
        foreach (string person in people)
        {
            registry.Register(person, SpeakerType.Person);
        }

        return registry;
    }

    [Test]
    public void FullName_KeepsItsOwnSlug()
    {
        Assert.That(With("Sergei Lavrov").IdFor("Sergei Lavrov", SpeakerType.Person), Is.EqualTo("sergei-lavrov"));
    }

    [Test]
    public void PartyWordBeforeTitle_NameIsTheRestAndItsSurnameIsAnswered()
    {
        // "Republican Senator Soto" once parsed to the key "Senator Soto", whose own lookup read as the bare
        // surname "Soto" again: the answer for "Soto" asked forever. The name is what is left without both.
        SpeakerRegistry registry = With("Republican Senator Ana Soto", "Republican Senator Soto");

        Assert.That(registry.IdFor("Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
        Assert.That(registry.IdFor("Republican Senator Ana Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void Surname_TakesTheIdOfTheOneFullName()
    {
        Assert.That(With("Sergei Lavrov", "Ash Carter").IdFor("Lavrov", SpeakerType.Person), Is.EqualTo("sergei-lavrov"));
    }

    [Test]
    public void SurnameWithHonorific_TakesTheIdOfTheOneFullName()
    {
        Assert.That(With("Sergei Lavrov").IdFor("Mr. Lavrov", SpeakerType.Person), Is.EqualTo("sergei-lavrov"));
    }

    [Test]
    public void SurnameRegisteredBeforeFullName_StillMerges()
    {
        SpeakerRegistry registry = new();
        registry.Register("Carter", SpeakerType.Person);
        registry.Register("Ash Carter", SpeakerType.Person);

        Assert.That(registry.IdFor("Carter", SpeakerType.Person), Is.EqualTo("ash-carter"));
    }

    [Test]
    public void TwoFullNamesSharingASurname_StayDistinct_AndBareSurnameStaysItself()
    {
        SpeakerRegistry registry = With("Rupert Jones", "Stuart Jones");

        Assert.That(registry.IdFor("Rupert Jones", SpeakerType.Person), Is.EqualTo("rupert-jones"));
        Assert.That(registry.IdFor("Stuart Jones", SpeakerType.Person), Is.EqualTo("stuart-jones"));
        Assert.That(registry.IdFor("Jones", SpeakerType.Person), Is.EqualTo("jones"));
    }

    [Test]
    public void ParticleSurname_MatchesWithAndWithoutParticle()
    {
        SpeakerRegistry registry = With("Bashar al-Assad");

        Assert.That(registry.IdFor("Assad", SpeakerType.Person), Is.EqualTo("bashar-al-assad"));
        Assert.That(registry.IdFor("al-Assad", SpeakerType.Person), Is.EqualTo("bashar-al-assad"));
    }

    [Test]
    public void RegistrationOrder_DoesNotChangeIds()
    {
        string[] names = ["Jones", "Rupert Jones", "Lavrov", "Sergei Lavrov", "Carter", "Ash Carter"];
        SpeakerRegistry forward = With(names);
        SpeakerRegistry backward = With([.. names.Reverse()]);

        Assert.That(
            names.Select(n => forward.IdFor(n, SpeakerType.Person)),
            Is.EqualTo(names.Select(n => backward.IdFor(n, SpeakerType.Person))));
    }

    [TestCase("the Russian defense ministry", SpeakerType.Organization, "russian-defense-ministry")]
    [TestCase("NATO", SpeakerType.Organization, "nato")]
    [TestCase("a military source", SpeakerType.Anonymous, "")]
    [TestCase("Rebels", SpeakerType.Group, "")]
    [TestCase("", SpeakerType.Unknown, "")]
    public void NonPerson_GetsDescriptionSlugOrNothing(string name, SpeakerType type, string id)
    {
        Assert.That(new SpeakerRegistry().IdFor(name, type), Is.EqualTo(id));
    }

    [Test]
    public void SurnameOfAnOrganisationName_IsNotMergedIntoAPerson()
    {
        SpeakerRegistry registry = new();
        registry.Register("Human Rights Watch", SpeakerType.Organization);

        Assert.That(registry.IdFor("Watch", SpeakerType.Person), Is.EqualTo("watch"));
    }

    [Test]
    public void MiddleInitial_DoesNotSplitAPerson()
    {
        SpeakerRegistry registry = With("Ana J. Soto", "Ana Soto");

        Assert.That(registry.IdFor("Ana J. Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
        Assert.That(registry.IdFor("Ana Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void TwoDifferentMiddleInitials_StayApart()
    {
        SpeakerRegistry registry = With("Ana B. Soto", "Ana J. Soto");

        Assert.That(registry.IdFor("Ana B. Soto", SpeakerType.Person), Is.Not.EqualTo(registry.IdFor("Ana J. Soto", SpeakerType.Person)));
    }

    [Test]
    public void PartyWordBeforeName_IsNotPartOfTheId()
    {
        Assert.That(With("Ana Soto").IdFor("Republican Ana Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SharedSurname_GoesToTheFullNameWhoseRoleFits()
    {
        SpeakerRegistry registry = new();
        registry.Register("Ana Soto", SpeakerType.Person, "Democratic nominee", "Democratic");
        registry.Register("Ben Soto", SpeakerType.Person, "former Mayor", "");

        Assert.That(registry.IdFor("Soto", SpeakerType.Person, "former Mayor", ""), Is.EqualTo("ben-soto"));
        Assert.That(registry.IdFor("Soto", SpeakerType.Person, "nominee", "Democratic"), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SharedSurname_WithoutClue_GoesToTheOneWithNearlyAllStatements()
    {
        SpeakerRegistry registry = new();
        for (int i = 0; i < 9; i++)
        {
            registry.Register("Ana Soto", SpeakerType.Person);
        }

        registry.Register("Ben Soto", SpeakerType.Person);

        Assert.That(registry.IdFor("Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SharedSurname_EvenlySplit_StaysApart()
    {
        SpeakerRegistry registry = With("Ana Soto", "Ana Soto", "Ben Soto", "Ben Soto");

        Assert.That(registry.IdFor("Soto", SpeakerType.Person), Is.EqualTo("soto"));
    }

    [Test]
    public void MiddleName_JoinsTheNameWrittenWithoutIt()
    {
        SpeakerRegistry registry = With("Ana Maria Soto", "Ana Soto");

        Assert.That(registry.IdFor("Ana Maria Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void NameOnlyEverWrittenWithItsMiddleName_KeepsItWhole()
    {
        SpeakerRegistry registry = With("Ana Maria Soto");

        Assert.That(registry.IdFor("Ana Maria Soto", SpeakerType.Person), Is.EqualTo("ana-maria-soto"));
        Assert.That(registry.IdFor("Soto", SpeakerType.Person), Is.EqualTo("ana-maria-soto"));
    }

    [TestCase("Vermont Democrat")]
    [TestCase("the Ohio Republican")]
    public void DescriptionInPlaceOfAName_GetsNoId(string description)
    {
        Assert.That(With("Ana Soto", description).IdFor(description, SpeakerType.Person), Is.Empty);
    }

    [Test]
    public void HeadlineEndingInAKnownName_TakesThatNamesId()
    {
        SpeakerRegistry registry = With("Ana Soto", "Why Voters Still Trust Ana Soto");

        Assert.That(registry.IdFor("Why Voters Still Trust Ana Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SurnameHoldingAPositionTheFullNameNeverHeld_StaysApart()
    {
        SpeakerRegistry registry = new();
        registry.Register("a", "Ana Soto", SpeakerType.Person, "party leader", "Green");

        Assert.That(registry.IdFor("b", "Soto", SpeakerType.Person, "Prime Minister", ""), Is.EqualTo("soto"));
        Assert.That(registry.IdFor("b", "Soto", SpeakerType.Person, "leader", ""), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SurnameInAnArticleQuotingOneNamesake_JoinsThatOne()
    {
        // Ben Soto is quoted far more in the run, but the article quotes Ana Soto, then "Soto" (it named a
        // second Soto, so its own canonicalizer could not join them).
        SpeakerRegistry registry = new();
        for (int i = 0; i < 9; i++)
        {
            registry.Register($"x{i}", "Ben Soto", SpeakerType.Person, "", "");
        }

        registry.Register("a", "Ana Soto", SpeakerType.Person, "", "");
        registry.Register("a", "Soto", SpeakerType.Person, "", "");

        Assert.That(registry.IdFor("a", "Soto", SpeakerType.Person, "", ""), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SurnameQuotedBeforeItsArticlesOnlyNamesake_DoesNotJoinIt()
    {
        // "Soto" speaks first; the Ben Soto quoted later in the article is someone else the article named.
        SpeakerRegistry registry = new();
        registry.Register("a", "Soto", SpeakerType.Person, "", "");
        registry.Register("a", "Ben Soto", SpeakerType.Person, "", "");

        Assert.That(registry.IdFor("a", "Soto", SpeakerType.Person, "", ""), Is.EqualTo("soto"));
    }

    [Test]
    public void SurnameQuotedBeforeItsArticlesNamesake_JoinsTheOneTheRunQuotesElsewhere()
    {
        SpeakerRegistry registry = new();
        registry.Register("a", "Soto", SpeakerType.Person, "", "");
        registry.Register("a", "Ben Soto", SpeakerType.Person, "", "");
        registry.Register("b", "Ana Soto", SpeakerType.Person, "", "");

        Assert.That(registry.IdFor("a", "Soto", SpeakerType.Person, "", ""), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SurnameOfNamesakesToldApartByMiddleInitials_StaysApart()
    {
        SpeakerRegistry registry = With("Ana B. Soto", "Ana J. Soto");

        Assert.That(registry.IdFor("Soto", SpeakerType.Person), Is.EqualTo("soto"));
    }

    [Test]
    public void ShortHeadlineEndingInAKnownName_TakesThatNamesId()
    {
        SpeakerRegistry registry = With("Ana Soto", "Candid Words Ana Soto");

        Assert.That(registry.IdFor("Candid Words Ana Soto", SpeakerType.Person), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SurnameWhosePositionAppearsInsideALongerRole_Joins()
    {
        SpeakerRegistry registry = new();
        registry.Register("a", "Ana Soto", SpeakerType.Person, "presidential candidate Texas Sen.", "");

        Assert.That(registry.IdFor("b", "Soto", SpeakerType.Person, "Republican candidate", ""), Is.EqualTo("ana-soto"));
    }

    [Test]
    public void SurnameInAnArticleWhoseFullNameIsAHeadline_TakesTheNameTheHeadlineEndsIn()
    {
        // Arrange: the article's only "full name" of Soto is its headline; the run quotes Ana Soto elsewhere.
        SpeakerRegistry registry = new();
        registry.Register("b", "Ana Soto", SpeakerType.Person, "", "");
        registry.Register("a", "Candid Words Ana Soto", SpeakerType.Person, "", "");
        registry.Register("a", "Soto", SpeakerType.Person, "", "");

        // Act
        string id = registry.IdFor("a", "Soto", SpeakerType.Person, "", "");

        // Assert
        Assert.That(id, Is.EqualTo("ana-soto"));
    }
}
