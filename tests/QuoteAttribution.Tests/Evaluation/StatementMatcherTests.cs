using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

[TestFixture]
public sealed class StatementMatcherTests
{
    [Test]
    public void TwoEqualCandidatesForOneGold_LaterSystemStatementWins()
    {
        // score.py sorts (ov, i, j) descending, so on equal overlap the larger j comes first.
        var matched = StatementMatcher.Match([(0, 10)], [(0, 10), (0, 10)], 0.3);

        Assert.That(matched, Is.EqualTo(new[] { (0, 1) }));
    }

    [Test]
    public void TwoEqualGoldForOneSystem_LaterGoldStatementWins()
    {
        var matched = StatementMatcher.Match([(0, 10), (0, 10)], [(0, 10)], 0.3);

        Assert.That(matched, Is.EqualTo(new[] { (1, 0) }));
    }

    [Test]
    public void WideSpanOverTwoGold_LargestOverlapFirstThenTheRest()
    {
        // X covers A (10) and B (12); Y covers 5 of A. B-X first, then A can only take Y.
        var matched = StatementMatcher.Match([(0, 10), (10, 22)], [(0, 22), (5, 10)], 0.3);

        Assert.That(matched, Is.EqualTo(new[] { (1, 0), (0, 1) }));
    }

    [Test]
    public void EachStatementMatchedOnce_LeftoverIsUnmatched()
    {
        var matched = StatementMatcher.Match([(0, 10)], [(0, 10), (2, 9)], 0.3);

        Assert.That(matched, Has.Count.EqualTo(1));
    }

    [TestCase(3, 0.3, true)]
    [TestCase(2, 0.3, false)]
    [TestCase(8, 0.8, true)]
    [TestCase(7, 0.8, false)]
    public void CoverageThreshold_IsInclusive(int covered, double tau, bool matches)
    {
        var matched = StatementMatcher.Match([(0, 10)], [(10 - covered, 20)], tau);

        Assert.That(matched.Count == 1, Is.EqualTo(matches));
    }

    [Test]
    public void TouchingSpans_NeverMatchEvenWithZeroThreshold()
    {
        var matched = StatementMatcher.Match([(0, 10)], [(10, 20)], 0.0);

        Assert.That(matched, Is.Empty);
    }
}
