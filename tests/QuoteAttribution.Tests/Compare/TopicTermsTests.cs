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
}
