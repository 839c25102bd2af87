using NUnit.Framework;
using QuoteAttribution.Dates;

namespace QuoteAttribution.Tests.Dates;

public sealed class TimexDateResolverTests
{
    // 2015-10-08 is a Thursday.
    private static readonly DateOnly Thursday = new(2015, 10, 8);

    [TestCase("XXXX-WXX-3", 2015, 10, 7)]
    [TestCase("XXXX-WXX-4", 2015, 10, 8)]
    [TestCase("XXXX-WXX-5TEV", 2015, 10, 2)]
    [TestCase("XXXX-10-15", 2015, 10, 15)]
    [TestCase("XXXX-10-16", 2014, 10, 16)]
    [TestCase("XXXX-01-04", 2015, 1, 4)]
    [TestCase("2014-10-06", 2014, 10, 6)]
    public void CalendarTimex_FollowsTheNewsConventions(string timex, int year, int month, int day)
    {
        Assert.That(TimexDateResolver.Resolve(new PhraseReading(timex, ReadingAnchor.Calendar), Thursday), Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("XXXX-10")]
    [TestCase("2015-W40")]
    [TestCase("XXXX-02-30")]
    [TestCase("XXXX-02-29")]
    [TestCase("T17")]
    public void TimexOfNoSingleDay_IsNull(string timex)
    {
        Assert.That(TimexDateResolver.Resolve(new PhraseReading(timex, ReadingAnchor.Calendar), Thursday), Is.Null);
    }

    [Test]
    public void WeekdayBeforeTheDateline_OnTheSameWeekday_IsAWeekEarlier()
    {
        Assert.That(TimexDateResolver.Resolve(new PhraseReading("XXXX-WXX-4", ReadingAnchor.WeekdayBeforeDateline), Thursday), Is.EqualTo(new DateOnly(2015, 10, 1)));
    }

    [TestCase(-2, 2015, 10, 6)]
    [TestCase(0, 2015, 10, 8)]
    public void DaysFromTheDateline_CountBack(int days, int year, int month, int day)
    {
        Assert.That(TimexDateResolver.Resolve(new PhraseReading("2001-03-12", ReadingAnchor.DaysFromDateline, days), Thursday), Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase(1)]
    [TestCase(-8)]
    [TestCase(-181)]
    public void DaysAfterOrLongBeforeTheDateline_AreNoDayOfAStatement(int days)
    {
        Assert.That(TimexDateResolver.Resolve(new PhraseReading("2001-03-15", ReadingAnchor.DaysFromDateline, days), Thursday), Is.Null);
    }
}
