using NUnit.Framework;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Text;

public sealed class WordShapesTests
{
    private static readonly string[] Words = ["said", "told", "remarked"];

    [TestCase("said")]
    [TestCase("SAID")]
    [TestCase("Told")]
    [TestCase("REMARKED")]
    [TestCase("sa\u0131d")]
    public void WordOfTheListInAnyCase_MayBeThere(string word)
    {
        WordShapes shapes = new(Words);

        Assert.That(shapes.MayContain(word), Is.True);
    }

    [Test]
    public void EmptyWord_IsNot()
    {
        WordShapes shapes = new(Words);

        Assert.That(shapes.MayContain(""), Is.False);
    }

    [Test]
    public void ListWithANonAsciiWord_LetsEveryWordPass()
    {
        WordShapes shapes = new(["élan", "said"]);

        Assert.That(new[] { "ÉLAN", "the", "mayor" }.All(w => shapes.MayContain(w)), Is.True);
    }

    [Test]
    public void MostWordsOfOtherShapes_AreRuledOut()
    {
        WordShapes shapes = new(Words);
        string[] others = ["the", "says", "remark", "and", "of", "a", "mayor", "council", "bridge", "would", "reopen", "on", "Wednesday"];

        Assert.That(others.Count(w => shapes.MayContain(w)), Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void EveryWordOfTheListUnderOrdinalIgnoreCase_MayBeThere()
    {
        string[] words = ["a", "I", "ok", "straße", "naïve", new string('x', 40), "ſay"];
        WordShapes shapes = new(words);
        HashSet<string> set = new(words, StringComparer.OrdinalIgnoreCase);

        foreach (string probe in new[] { "A", "i", "OK", "STRASSE", "STRAßE", "NAÏVE", new string('X', 40), "SAY", "say" })
        {
            Assert.That(!set.Contains(probe) || shapes.MayContain(probe), Is.True, probe);
        }
    }
}
