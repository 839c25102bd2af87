using NUnit.Framework;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Reading;

public sealed class HtmlArticleExtractorTests
{
    private const string Page = """
        <!doctype html>
        <html><head><title>Lavrov speaks | News</title><style>p { color: red }</style>
        <script>var said = "not a quote";</script></head>
        <body>
          <header><a href="/">Home</a> <a href="/world">World</a></header>
          <nav><ul><li>Politics</li><li>Sport</li></ul></nav>
          <div class="share-buttons">Share on Facebook</div>
          <article>
            <h1>Lavrov: only   Syria asked</h1>
            <p>&ldquo;We are ready,&rdquo; Lavrov <b>said</b>.</p>
            <div class="advert">Advertisement</div>
            <p>He added<br>that talks would go on.</p>
            <aside>Read more: other story</aside>
            <script>track("said")</script>
          </article>
          <section id="comments"><p>Great article!</p></section>
          <footer>&copy; 2016</footer>
        </body></html>
        """;

    [Test]
    public void Page_KeepsArticleParagraphsOnly()
    {
        (string text, string? _) = HtmlArticleExtractor.Extract(Page);

        Assert.That(text, Is.EqualTo("Lavrov: only Syria asked\n\n\u201CWe are ready,\u201D Lavrov said.\n\nHe added\n\nthat talks would go on."));
    }

    [Test]
    public void Page_TitleComesFromTheHeading()
    {
        Assert.That(HtmlArticleExtractor.Extract(Page).Title, Is.EqualTo("Lavrov: only Syria asked"));
    }

    [Test]
    public void PageWithoutArticle_UsesMainThenBody()
    {
        const string Html = "<html><head><title>T</title></head><body><nav>Menu</nav><main><p>One.</p><p>Two.</p></main><p>Outside.</p></body></html>";

        (string text, string? title) = HtmlArticleExtractor.Extract(Html);

        Assert.That(text, Is.EqualTo("One.\n\nTwo."));
        Assert.That(title, Is.EqualTo("T"));
    }

    [Test]
    public void BodyOnly_DropsScriptsAndNavigation()
    {
        const string Html = "<body><nav>Menu</nav><script>x()</script><p>Story.</p><div role=\"navigation\">More</div></body>";

        Assert.That(HtmlArticleExtractor.Extract(Html).Text, Is.EqualTo("Story."));
    }
}
