using NUnit.Framework;
using QuoteAttribution.Dates;

namespace QuoteAttribution.Tests.Dates;

public sealed class PhraseReaderTests
{
    // The recognizer returns nothing, and no error, when one of its run-time packages is missing: these
    // assert the readings themselves.
    [TestCase("on Wednesday", "XXXX-WXX-3")]
    [TestCase("Thursday morning", "XXXX-WXX-4TMO")]
    [TestCase("on Oct. 3", "XXXX-10-03")]
    [TestCase("on 3 October", "XXXX-10-03")]
    [TestCase("on Oct. 6, 2014", "2014-10-06")]
    [TestCase("2014-10-06", "2014-10-06")]
    public void CalendarPhrase_ReadsAsItsTimex(string phrase, string timex)
    {
        Assert.That(PhraseReader.Read(phrase), Is.EqualTo(new PhraseReading(timex, ReadingAnchor.Calendar)));
    }

    [TestCase("today", 0)]
    [TestCase("this morning", 0)]
    [TestCase("yesterday", -1)]
    [TestCase("last night", -1)]
    [TestCase("two days ago", -2)]
    [TestCase("tomorrow", 1)]
    public void RelativePhrase_ReadsAsDaysFromTheDateline(string phrase, int days)
    {
        PhraseReading? reading = PhraseReader.Read(phrase);

        Assert.That(reading?.Anchor, Is.EqualTo(ReadingAnchor.DaysFromDateline));
        Assert.That(reading?.Days, Is.EqualTo(days));
    }

    [TestCase("last Friday", "XXXX-WXX-5")]
    [TestCase("last Sunday", "XXXX-WXX-7")]
    public void LastWeekday_ReadsAsTheWeekdayBeforeTheDateline(string phrase, string timex)
    {
        Assert.That(PhraseReader.Read(phrase), Is.EqualTo(new PhraseReading(timex, ReadingAnchor.WeekdayBeforeDateline)));
    }

    [TestCase("last week")]
    [TestCase("last month")]
    [TestCase("in October")]
    [TestCase("before Tuesday")]
    [TestCase("the weekend")]
    [TestCase("the statement")]
    public void SpanOrNoExpression_ReadsAsNoDay(string phrase)
    {
        Assert.That(PhraseReader.Read(phrase), Is.Null);
    }

    [Test]
    public void SamePhrase_ReadsTheSameOnEveryThread()
    {
        string[] phrases = ["on Monday", "yesterday", "on Aug. 20", "last Friday", "last week", "two days ago"];
        PhraseReading?[] expected = [.. phrases.Select(PhraseReader.Read)];

        PhraseReading?[][] readings = [.. Enumerable.Range(0, 8).AsParallel().Select(_ => phrases.Select(PhraseReader.Read).ToArray())];

        Assert.That(readings, Has.All.EqualTo(expected));
    }
}
