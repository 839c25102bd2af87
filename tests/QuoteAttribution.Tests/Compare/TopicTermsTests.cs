using NUnit.Framework;
using QuoteAttribution.Compare;

namespace QuoteAttribution.Tests.Compare;

public sealed class TopicTermsTests
{
    private static readonly TopicTerms Terms = TopicTerms.Learn(
        ["Republicans", "Republican", "Marta Quill", "Quill", "Marta Q. Quill", "Russian", "Russia", "Oskar Brand", "Lena Brand", "Brand"]);

    [TestCase("Republicans", "republican")]
    [TestCase("Quill", "marta quill")]
    [TestCase("Marta Q. Quill", "marta quill")]
    [TestCase("Russian", "russia")]
    [TestCase("Brand", "brand")]
    public void Variant_HasTheNormalForm(string term, string expected)
    {
        Assert.That(Terms.Key(term), Is.EqualTo(expected));
    }

    [Test]
    public void PersonNameVariants_ShownAsTheFullestName()
    {
        Assert.That(Terms.Display(Terms.Key("Quill")), Is.EqualTo("Marta Q. Quill"));
    }

    [Test]
    public void UnseenPluralQuery_MatchesItsSingular()
    {
        Assert.That(Terms.Key("Senators"), Is.EqualTo("senator"));
    }

    [TestCase("U.S.", "united states")]
    [TestCase("America", "united states")]
    [TestCase("American", "united states")]
    [TestCase("ISIL", "islamic state")]
    [TestCase("Democratic", "democrat")]
    public void ShortFormOrAdjective_JoinsItsLongForm(string term, string expected)
    {
        Assert.That(Terms.Key(term), Is.EqualTo(expected));
    }

    [Test]
    public void SurnameMostlyMeaningOneOfTwoFullNames_JoinsThatOne()
    {
        // Arrange: Oskar Tamm is named five times, Lena Tamm once.
        string[] mentions = ["Oskar Tamm", "Oskar Tamm", "Oskar Tamm", "Oskar Tamm", "Oskar Tamm", "Lena Tamm", "Tamm"];

        // Act
        TopicTerms terms = TopicTerms.Learn(mentions);

        // Assert
        Assert.That(terms.Key("Tamm"), Is.EqualTo("oskar tamm"));
    }

    [Test]
    public void FirstNameOfOneFullName_JoinsIt()
    {
        TopicTerms terms = TopicTerms.Learn(["Lena Tamm", "Lena"]);

        Assert.That(terms.Display(terms.Key("Lena")), Is.EqualTo("Lena Tamm"));
    }

    [Test]
    public void AliasAndLongForm_ShownAsTheLongForm()
    {
        TopicTerms terms = TopicTerms.Learn(["GOP", "Republicans", "U.S.", "United States"]);

        Assert.That(terms.Display(terms.Key("GOP")), Is.EqualTo("Republicans"));
        Assert.That(terms.Display(terms.Key("U.S.")), Is.EqualTo("United States"));
    }
}
