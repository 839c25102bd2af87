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
}
