using NUnit.Framework;
using QuoteAttribution.Dates;

namespace QuoteAttribution.Tests.Dates;

public sealed class DatelineFinderTests
{
    [TestCase("Source:Agencies Published: 2015-10-9 0:33:01", "2015-10-09")]
    [TestCase("Troops arrive at the stadium, Oct. 6, 2015.", "2015-10-06")]
    [TestCase("By Jane Doe | October 6, 2015", "2015-10-06")]
    [TestCase("LONDON, 6 October 2015 - The minister said", "2015-10-06")]
    [TestCase("2015-10-06T08:00:00Z", "2015-10-06")]
    [TestCase("Nov 21, 2018 10:05 AM", "2018-11-21")]
    [TestCase("Sept. 11, 2001", "2001-09-11")]
    [TestCase("Sep 3, 2019", "2019-09-03")]
    [TestCase("3rd of March, 2016", "2016-03-03")]
    [TestCase("posted on 2016/03/04", "2016-03-04")]
    [TestCase("February 29, 2016", "2016-02-29")]
    public void WrittenDate_IsFound(string text, string expected)
    {
        Assert.That(DatelineFinder.Find(text)?.Date, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("February 30, 2016 was no day")]
    [TestCase("In 2012 and 2014 talks were held")]
    [TestCase("on Wednesday, the minister said")]
    [TestCase("")]
    public void NoFullDate_IsNull(string text)
    {
        Assert.That(DatelineFinder.Find(text), Is.Null);
    }

    [Test]
    public void Span_CoversTheDate()
    {
        const string text = "ERBIL - Oct. 6, 2015 - Troops";

        Dateline? found = DatelineFinder.Find(text);

        Assert.That(found?.Span.Of(text).ToString(), Is.EqualTo("Oct. 6, 2015"));
    }

    [Test]
    public void LabelledDate_WinsOverAnEarlierDate()
    {
        const string text = "Related: Talks began March 1, 2014\nPublished: 2015-10-09\nBody";

        Assert.That(DatelineFinder.Find(text)?.Date, Is.EqualTo(new DateOnly(2015, 10, 9)));
    }

    [Test]
    public void DateNearTheTop_WinsOverLaterDates()
    {
        string text = "Headline\nOctober 8, 2015\n" + new string('x', 800) + " the accord of May 2, 2011 ...";

        Assert.That(DatelineFinder.Find(text)?.Date, Is.EqualTo(new DateOnly(2015, 10, 8)));
    }

    [Test]
    public void NoDateAtTheTop_FallsBackToTheFirstDate()
    {
        string text = new string('x', 900) + " on May 2, 2011 and June 3, 2012";

        Assert.That(DatelineFinder.Find(text)?.Date, Is.EqualTo(new DateOnly(2011, 5, 2)));
    }
}
