using NUnit.Framework;
using QuoteAttribution.Dates;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Dates;

public sealed class TemporalPhraseFinderTests
{
    private static string[] Phrases(string text) => [.. TemporalPhraseFinder.Find(text).Select(s => s.Of(text).ToString())];

    [TestCase("The mayor said on Wednesday that it rained.", "on Wednesday")]
    [TestCase("The auditor said on Oct. 6, 2014 that the books were wrong.", "on Oct. 6, 2014")]
    [TestCase("The captain said two days ago that all was well.", "two days ago")]
    [TestCase("Last Friday morning, the coach resigned.", "Last Friday morning")]
    [TestCase("It closed on 2014-10-06, he said.", "on 2014-10-06")]
    [TestCase("He said the day before yesterday that he would stay.", "the day before yesterday")]
    public void TemporalWords_AreTakenWithTheirDateWords(string text, string phrase)
    {
        Assert.That(Phrases(text), Is.EqualTo(new[] { phrase }));
    }

    [Test]
    public void TwoExpressions_AreTwoPhrasesInReadingOrder()
    {
        Assert.That(Phrases("Talks began on Monday; he said yesterday they stalled."), Is.EqualTo(new[] { "on Monday", "yesterday" }));
    }

    [Test]
    public void QuoteMarkOrFullStop_EndsAPhrase()
    {
        Assert.That(Phrases("\u201CSee you Friday.\u201D Monday came."), Is.EqualTo(new[] { "Friday", "Monday" }));
    }

    [TestCase("The chef said a wednesday market would open.")]
    [TestCase("It may rain 5 times this autumn.")]
    [TestCase("The board said the plant closed in 2012.")]
    [TestCase("")]
    public void NoTemporalWord_FindsNothing(string text)
    {
        Assert.That(TemporalPhraseFinder.MayHoldDate(text), Is.False);
        Assert.That(TemporalPhraseFinder.Find(text), Is.Empty);
    }

    [TestCase("on Wednesday")]
    [TestCase("Saturday night")]
    [TestCase("on Oct. 6, 2014")]
    [TestCase("the 4th of July")]
    [TestCase("July 4, 2016")]
    [TestCase("4 July 2016")]
    [TestCase("on 10/06/2014")]
    [TestCase("the day before yesterday")]
    [TestCase("TODAY")]
    [TestCase("this morning")]
    [TestCase("late last night")]
    [TestCase("two days ago")]
    [TestCase("a week ago")]
    public void PhraseWithADayWord_MayNameADay(string phrase)
    {
        Assert.That(TemporalPhraseFinder.MayNameDay(phrase), Is.True);
    }

    [TestCase("last week")]
    [TestCase("earlier this month")]
    [TestCase("September")]
    [TestCase("Last September")]
    [TestCase("January 2016")]
    [TestCase("in Sept. 2015")]
    [TestCase("the morning")]
    [TestCase("night")]
    [TestCase("over the weekend")]
    [TestCase("six months ago")]
    [TestCase("years ago")]
    [TestCase("ago")]
    public void SpanOrLoneTrigger_NamesNoDay(string phrase)
    {
        Assert.That(TemporalPhraseFinder.MayNameDay(phrase), Is.False);
    }

    [Test]
    public void LongRunOfDateWords_IsCutAtMaxWords()
    {
        TextSpan phrase = TemporalPhraseFinder.Find("one two three four five six seven eight days ago").Single();

        Assert.That(phrase.Of("one two three four five six seven eight days ago").ToString().Split(' '), Has.Length.EqualTo(TemporalPhraseFinder.MaxWords));
    }
}
