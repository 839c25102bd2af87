using NUnit.Framework;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Reading;

public sealed class HtmlDepthLimiterTests
{
    [Test]
    public void ShallowPage_ComesBackUnchanged()
    {
        string html = "<html><body><div><p>\"We will win,\" she said.</p><br><img src=x></div></body></html>";

        Assert.That(HtmlDepthLimiter.Limit(html), Is.SameAs(html));
    }

    [Test]
    public void DeepNesting_KeepsTheTextAndAtMostTheMaximumDepth()
    {
        // Arrange
        const int depth = 1_000;
        string html = string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", depth));

        // Act
        string limited = HtmlDepthLimiter.Limit(html);

        // Assert
        Assert.That(CountOf(limited, "<div>"), Is.EqualTo(HtmlDepthLimiter.MaxDepth));
        Assert.That(CountOf(limited, "</div>"), Is.EqualTo(HtmlDepthLimiter.MaxDepth));
        Assert.That(limited, Does.Contain("Deep text."));
    }

    [Test]
    public void TagsInsideScriptsAndComments_AreNotCounted()
    {
        // Arrange: 300 "<div>" inside a script and a comment would go past the limit if they were counted.
        string fake = string.Concat(Enumerable.Repeat("<div>", 300));
        string html = $"<html><head><script>var s = '{fake}';</script><!-- {fake} --></head><body><div><p>Text.</p></div></body></html>";

        // Act + Assert
        Assert.That(HtmlDepthLimiter.Limit(html), Is.SameAs(html));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
