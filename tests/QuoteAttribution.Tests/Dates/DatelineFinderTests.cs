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

    // Texts where a date's words sit far apart, glued to other words, or next to other years and digits.
    [TestCase("2015/Oct. 6, 2016 and 6th of    October,\n\n2015")]
    [TestCase("(6 October 2015) x2015-10-06 2015-10-123 20152015 Oct. 6, 20155")]
    [TestCase("1999 2000 Sept. 11, 2001, 2001-09-12T08:00 and 3rd of March, 2016.")]
    [TestCase("Oct.\t6,\t2015 Oct. 7 2015 7 Oct 2015 Oct 8,2015 2015-1-2/2016-03-04")]
    [TestCase("\u00a0October 9, 2015\u2003and 2015-10-10")]
    public void EveryDate_IsFoundWhereTheWholeTextPatternsFindIt(string text)
    {
        Assert.That(Spans(DatelineFinder.All(text)), Is.EqualTo(WholeTextMatches(text)));
    }

    [Test]
    public void RandomTextsOfDateWords_GiveTheWholeTextPatternsMatches()
    {
        // Dates are only found around years now; on any mix of date words the spans must be those of matching
        // the patterns over the whole text (all of them valid days here, so none is dropped).
        string[] pieces = ["Oct.", "6", "6,", "16th", "of", "October", "October,", "Sept", "2015", "2015,", "1999", "2015-10-06",
            "x2015", "20155", "(", ")", "2015/10/7", "and", "May", "1", " ", " ", "  ", "\n", "\t", ",", "-"];
        Random random = new(20261207);
        for (int n = 0; n < 2000; n++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));
            Assert.That(Spans(DatelineFinder.All(text)), Is.EqualTo(WholeTextMatches(text)), text);
        }
    }

    private static List<(int Start, int Length)> Spans(IEnumerable<Dateline> found) => [.. found.Select(d => (d.Span.Start, d.Span.Length))];

    private static List<(int Start, int Length)> WholeTextMatches(string text) =>
    [
        .. DatePatterns.WrittenDateRegex().Matches(text).Select(m => (m.Index, m.Length, Written: 0))
            .Concat(DatePatterns.IsoDateRegex().Matches(text).Select(m => (m.Index, m.Length, Written: 1)))
            .OrderBy(m => m.Index).ThenBy(m => m.Written)
            .Select(m => (m.Index, m.Length)),
    ];
}
