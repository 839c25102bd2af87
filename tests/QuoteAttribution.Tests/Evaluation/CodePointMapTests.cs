using NUnit.Framework;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

[TestFixture]
public sealed class CodePointMapTests
{
    // "a😀b": UTF-16 a, high, low, b; code points a, 😀, b.
    private const string Text = "a\U0001F600b";

    [TestCase(0, 0)]
    [TestCase(1, 1)]
    [TestCase(2, 1)]
    [TestCase(3, 2)]
    [TestCase(4, 3)]
    [TestCase(-5, 0)]
    [TestCase(99, 3)]
    public void ToCodePoint_LikeUtf16ToCp(long utf16, int codePoint)
    {
        Assert.That(new CodePointMap(Text).ToCodePoint(utf16), Is.EqualTo(codePoint));
    }

    [TestCase(0, 0)]
    [TestCase(1, 1)]
    [TestCase(2, 3)]
    [TestCase(3, 4)]
    public void ToUtf16_InvertsCodePoints(long codePoint, int utf16)
    {
        Assert.That(new CodePointMap(Text).ToUtf16(codePoint), Is.EqualTo(utf16));
    }

    [Test]
    public void Slice_TakesCodePointsAndKeepsPairsWhole()
    {
        CodePointMap map = new(Text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.Slice(Text, 1, 3), Is.EqualTo("\U0001F600b"));
            Assert.That(map.Slice(Text, 2, 1), Is.Empty);
            Assert.That(map.CodePointLength, Is.EqualTo(3));
        }
    }

    [Test]
    public void Prefix_CountsCodePoints()
    {
        Assert.That(CodePointMap.Prefix("\U0001F600\U0001F600xyz", 3), Is.EqualTo("\U0001F600\U0001F600x"));
    }

    [Test]
    public void LoneSurrogate_CountsAsOneCodePoint()
    {
        CodePointMap map = new("a\uD800b");

        Assert.That(map.ToCodePoint(2), Is.EqualTo(2));
    }
}
