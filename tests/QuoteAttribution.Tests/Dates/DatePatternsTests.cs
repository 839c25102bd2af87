using NUnit.Framework;
using QuoteAttribution.Dates;

namespace QuoteAttribution.Tests.Dates;

public sealed class DatePatternsTests
{
    // The pre-checks may say yes wrongly, never no: a "no" skips the patterns.
    [TestCase("Oct. 6, 2015", true)]
    [TestCase("2015-10-06", true)]
    [TestCase("in 1999", true)]
    [TestCase("in 20\u0661\u0662", true)]
    [TestCase("12 or 21 or 219", false)]
    [TestCase("the year 2", false)]
    [TestCase("no digits here", false)]
    [TestCase("", false)]
    public void MayHoldYear_IsTrueWhereAFullDatePatternCouldMatch(string text, bool expected)
    {
        Assert.That(DatePatterns.MayHoldYear(text), Is.EqualTo(expected));
        if (!expected)
        {
            Assert.That(DatePatterns.WrittenDateRegex().IsMatch(text) || DatePatterns.IsoDateRegex().IsMatch(text), Is.False);
        }
    }
}
