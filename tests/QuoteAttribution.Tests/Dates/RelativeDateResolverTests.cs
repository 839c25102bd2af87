using System.Globalization;
using NUnit.Framework;
using QuoteAttribution.Dates;

namespace QuoteAttribution.Tests.Dates;

public sealed class RelativeDateResolverTests
{
    // 2015-10-08 is a Thursday.
    private static readonly DateOnly Thursday = new(2015, 10, 8);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [TestCase("said on Wednesday", "2015-10-07")]
    [TestCase("Wednesday", "2015-10-07")]
    [TestCase("said Thursday morning", "2015-10-08")]
    [TestCase("on Friday", "2015-10-02")]
    [TestCase("on Saturday and Sunday", "2015-10-03")]
    [TestCase("last Thursday", "2015-10-01")]
    [TestCase("last Tuesday", "2015-10-06")]
    [TestCase("told reporters today", "2015-10-08")]
    [TestCase("this morning", "2015-10-08")]
    [TestCase("said yesterday", "2015-10-07")]
    [TestCase("Yesterday", "2015-10-07")]
    [TestCase("on Aug. 20", "2015-08-20")]
    [TestCase("on October 3", "2015-10-03")]
    [TestCase("on October 12", "2015-10-12")]
    [TestCase("on 3 October", "2015-10-03")]
    [TestCase("on Dec. 24", "2014-12-24")]
    [TestCase("on Oct. 6, 2014", "2014-10-06")]
    public void DayExpression_ResolvesAgainstTheDateline(string phrase, string expected)
    {
        Assert.That(RelativeDateResolver.Resolve(Thursday, phrase), Is.EqualTo(Day(expected)));
    }

    [TestCase("last week")]
    [TestCase("last month")]
    [TestCase("in 2012")]
    [TestCase("will meet tomorrow")]
    [TestCase("the statement")]
    [TestCase("it may 5 times")]
    [TestCase("on February 30")]
    public void NoSingleDay_IsNull(string phrase)
    {
        Assert.That(RelativeDateResolver.Resolve(Thursday, phrase), Is.Null);
    }

    [TestCase("2016-01-01", "Wednesday", "2015-12-30")]
    [TestCase("2016-01-01", "on Dec. 31", "2015-12-31")]
    [TestCase("2016-01-02", "yesterday", "2016-01-01")]
    [TestCase("2015-03-02", "Saturday", "2015-02-28")]
    [TestCase("2016-03-01", "on Monday", "2016-02-29")]
    [TestCase("2015-12-28", "on Jan. 2", "2016-01-02")]
    [TestCase("2015-12-20", "on Jan. 2", "2015-01-02")]
    [TestCase("2015-12-30", "on Jan. 4", "2016-01-04")]
    public void DayExpression_CrossesMonthAndYearBoundaries(string dateline, string phrase, string expected)
    {
        Assert.That(RelativeDateResolver.Resolve(Day(dateline), phrase), Is.EqualTo(Day(expected)));
    }

    [Test]
    public void SeveralExpressions_NearestToTheAnchorWins()
    {
        const string text = "The talks began on Monday. Lavrov said on Wednesday that they had stalled.";

        Assert.That(RelativeDateResolver.Resolve(Thursday, text, text.IndexOf("said", StringComparison.Ordinal)), Is.EqualTo(Day("2015-10-07")));
        Assert.That(RelativeDateResolver.Resolve(Thursday, text, 0), Is.EqualTo(Day("2015-10-05")));
    }

    [Test]
    public void WeekdayAsName_InLowerCase_IsNotADay()
    {
        Assert.That(RelativeDateResolver.Resolve(Thursday, "a wednesday meeting"), Is.Null);
    }
}
