using NUnit.Framework;
using QuoteAttribution.Report;

namespace QuoteAttribution.Tests.Report;

public sealed class ArticleTitlesTests
{
    private static readonly Dictionary<string, string> NoTitles = [];

    [TestCase("Council backs the harbor plan\n\nLAKEPORT - The council voted on Monday.", "Council backs the harbor plan")]
    [TestCase("\n  Council backs the harbor plan.  \n\nLAKEPORT - The council voted.", "Council backs the harbor plan.")]
    [TestCase("Council backs the harbor plan\r\n\r\nThe council voted.", "Council backs the harbor plan")]
    public void ShortFirstLineStandingAlone_IsTheTitle(string text, string title)
    {
        Assert.That(ArticleTitles.Of("a", NoTitles, new Dictionary<string, string> { ["a"] = text }), Is.EqualTo(title));
    }

    [TestCase("The council voted on Monday to keep the harbor open all winter, after a debate that ran past midnight and ended in a shout.\n\nMore.")]
    [TestCase("Council backs the harbor plan\nThe council voted on Monday.\n\nMore.")]
    [TestCase("Council backs the harbor plan")]
    [TestCase("")]
    public void FirstLineThatIsNoHeadline_NoTitle(string text)
    {
        Assert.That(ArticleTitles.Of("a", NoTitles, new Dictionary<string, string> { ["a"] = text }), Is.Empty);
    }

    [Test]
    public void GivenTitle_WinsOverTheFirstLineWithSpacesMadeOne()
    {
        Dictionary<string, string> titles = new() { ["a"] = " Mayor  opens\nthe bridge " };
        Dictionary<string, string> texts = new() { ["a"] = "Another line\n\nBody." };

        Assert.That(ArticleTitles.Of("a", titles, texts), Is.EqualTo("Mayor opens the bridge"));
    }

    [Test]
    public void UnknownArticle_NoTitle()
    {
        Assert.That(ArticleTitles.Of("missing", NoTitles, NoTitles), Is.Empty);
    }
}
