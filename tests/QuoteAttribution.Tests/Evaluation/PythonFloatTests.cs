using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

[TestFixture]
public sealed class PythonFloatTests
{
    // Expected values from Python 3: round(x, 4).
    [TestCase(0.03125, 0.0312)]
    [TestCase(0.00005, 0.0001)]
    [TestCase(0.12345, 0.1235)]
    [TestCase(0.45675, 0.4567)]
    [TestCase(1.0 / 3, 0.3333)]
    [TestCase(2.0 / 3, 0.6667)]
    [TestCase(0.0, 0.0)]
    [TestCase(1.0, 1.0)]
    public void Round_LikePython(double value, double expected)
    {
        Assert.That(PythonFloat.Round(value, 4), Is.EqualTo(expected));
    }

    [Test]
    public void Round_TwoDigits_UsesTheExactBinaryValue()
    {
        // 2.675 is stored as 2.67499999...; Python gives 2.67.
        Assert.That(PythonFloat.Round(2.675, 2), Is.EqualTo(2.67));
    }

    [TestCase(0.0, "0.0")]
    [TestCase(1.0, "1.0")]
    [TestCase(0.8125, "0.8125")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(0.56, "0.56")]
    public void Repr_LikePython(double value, string expected)
    {
        Assert.That(PythonFloat.Repr(value), Is.EqualTo(expected));
    }
}
