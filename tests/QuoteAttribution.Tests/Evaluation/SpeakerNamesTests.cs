using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

[TestFixture]
public sealed class SpeakerNamesTests
{
    private static readonly string[] ZurichWords = ["mayor", "z", "rich", "o", "neil"];

    [TestCase("Sergei Lavrov", "Russia's Foreign Minister Sergei Lavrov", true)]
    [TestCase("Mr. Smith", "Dr. Smith", true)]
    [TestCase("Jane Alvarez", "Mayor Jane Alvarez", true)]
    [TestCase("Jane", "Mayor Jane Alvarez", false)]
    [TestCase("Jane Mayor", "Mayor Jane Alvarez", true)]
    [TestCase("he", "he", false)]
    [TestCase("Tom Becker", "he", false)]
    [TestCase("the", "The Post", false)]
    [TestCase("", "Bob Stone", false)]
    [TestCase("Bob Stone", "", false)]
    [TestCase("PUTIN", "Vladimir Putin", true)]
    public void NamesMatch_LikeScorePy(string system, string gold, bool expected)
    {
        Assert.That(SpeakerNames.NamesMatch(system, gold), Is.EqualTo(expected));
    }

    [Test]
    public void Words_DropStopWordsAndNonAscii()
    {
        Assert.That(SpeakerNames.Words("The Mayor of Zürich, Mr. O'Neil"), Is.EqualTo(ZurichWords));
    }

    [Test]
    public void NoGoldSpeaker_RightOnlyWhenSystemGivesNone()
    {
        GoldStatement gold = new(0, 5, "x", null, null, null, "direct");
        CodePointMap map = new("hello");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SpeakerCheck.IsRight(System("", ""), gold, map, resolved: false), Is.True);
            Assert.That(SpeakerCheck.IsRight(System(" ", ""), gold, map, resolved: false), Is.True);
            Assert.That(SpeakerCheck.IsRight(System("", "he"), gold, map, resolved: false), Is.False);
        }
    }

    [Test]
    public void MentionOverGoldSpan_RightUnlessResolved()
    {
        string text = "\U0001F600 he said";
        GoldStatement gold = new(0, 1, "x", "Bob Stone", 2, 4, "direct");
        SystemStatement system = System("", "he") with { SpeakerStart = 3, SpeakerEnd = 5 };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SpeakerCheck.IsRight(system, gold, new CodePointMap(text), resolved: false), Is.True);
            Assert.That(SpeakerCheck.IsRight(system, gold, new CodePointMap(text), resolved: true), Is.False);
            Assert.That(SpeakerCheck.IsRight(system with { Speaker = "Stone" }, gold, new CodePointMap(text), resolved: true), Is.True);
        }
    }

    private static SystemStatement System(string speaker, string mention) =>
        new(0, 5, "direct", speaker, mention, null, null, "");
}
