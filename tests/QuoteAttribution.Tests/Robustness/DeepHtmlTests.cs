using System.Diagnostics;
using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Deeply nested HTML through <see cref="ArticleReader"/>: no stack overflow (which would end the process),
/// the story inside still found, in linear time: HtmlDepthLimiter keeps at most 256 levels, so neither
/// AngleSharp's tree builder nor the recursive walk in HtmlArticleExtractor sees deep nesting.
/// </summary>
[NonParallelizable]
[Category(WallClock.Category)]
public sealed class DeepHtmlTests : TempFolderTest
{
    [TestCase("div", 50_000)]
    [TestCase("span", 50_000)]
    [TestCase("blockquote", 20_000)]
    public void DeeplyNestedElements_ReadWithoutCrashAndTheStoryKept(string tag, int depth)
    {
        // Arrange
        string html = "<html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth))
            + "<p>\u201CWe will win,\u201D Mayor Jane Smith said.</p>" + string.Concat(Enumerable.Repeat($"</{tag}>", depth)) + "</body></html>";
        string path = Folder.Write("deep.html", html);
        Stopwatch watch = Stopwatch.StartNew();

        // Act
        Article article = new ArticleReader().Read([path]).Single().Article!;
        AttributionResult result = new AttributionPipelineBuilder().UseDefaultSieves().Build().Analyze(article);

        // Assert: AngleSharp's tree builder alone is quadratic in nested block elements (50,000 <div>s took
        // about 5 s); HtmlDepthLimiter drops the tags below 256 levels first, so this takes well under a second.
        WallClock.AssertUnder(watch.Elapsed, TimeSpan.FromSeconds(5), $"{depth:N0} nested <{tag}>");
        Assert.That(article.Text, Is.EqualTo("\u201CWe will win,\u201D Mayor Jane Smith said."));
        Assert.That(result.Records.Single().Speaker, Is.EqualTo("Jane Smith"));
    }
}
