using NUnit.Framework;
using QuoteAttribution.Entities;

namespace QuoteAttribution.Tests.Entities;

public sealed class EntityCanonicalizerTests
{
    private static readonly string[] Article =
    [
        "Sergei Lavrov", "Lavrov", "Ash Carter", "Carter", "Hua Chunying", "Rupert Jones", "Stuart Jones",
        "Bashar Assad", "Bashar al-Assad", "Mr. Greenfield",
    ];

    [TestCase("Lavrov", "Sergei Lavrov")]
    [TestCase("Mr. Lavrov", "Sergei Lavrov")]
    [TestCase("Carter", "Ash Carter")]
    [TestCase("Sergei Lavrov", "Sergei Lavrov")]
    [TestCase("Hua", "Hua Chunying")]
    [TestCase("Jones", "Jones")]
    [TestCase("Rupert Jones", "Rupert Jones")]
    [TestCase("Assad", "Bashar al-Assad")]
    [TestCase("Greenfield", "Greenfield")]
    [TestCase("Mr. Greenfield", "Greenfield")]
    [TestCase("Putin", "Putin")]
    public void ShortForm_MapsToTheFullestName(string name, string canonical)
    {
        Assert.That(EntityCanonicalizer.Canonical(name, Article), Is.EqualTo(canonical));
    }

    [Test]
    public void NoOtherNames_ReturnsTheNameWithoutTitles()
    {
        Assert.That(EntityCanonicalizer.Canonical("Gen. Allen", []), Is.EqualTo("Allen"));
    }

    [TestCase("Paul Whitcombe", "Paul Whitcombe")]
    [TestCase("Paul Q. Whitcombe", "Paul Q. Whitcombe")]
    [TestCase("Diane Whitcombe", "Diane A.B. Whitcombe")]
    [TestCase("Whitcombe", "Whitcombe")]
    public void TwoRelativesOneFullerThanTheOther_FirstNameKeepsThemApart(string name, string canonical)
    {
        // Arrange: a mother written with her middle initials, her son without them.
        string[] article = ["Diane A.B. Whitcombe", "Paul Whitcombe", "Whitcombe"];

        // Act
        string actual = EntityCanonicalizer.Canonical(name, article);

        // Assert
        Assert.That(actual, Is.EqualTo(canonical));
    }
}
