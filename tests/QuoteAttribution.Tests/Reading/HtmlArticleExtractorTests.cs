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

    [Test]
    public void FigureCaptionAndCredit_GiveNoText()
    {
        const string Html = "<body><article><h1>Dam opens</h1><figure><img src=\"a.jpg\"><figcaption>\u201CA great day,\u201D said Ada Lim. "
            + "<span>Photo: Bo Kerr</span></figcaption></figure><p>The dam opened on Monday, the agency said.</p>"
            + "<p class=\"photo-credit\">Photos: Bo Kerr</p></article></body>";

        Assert.That(HtmlArticleExtractor.Extract(Html).Text, Is.EqualTo("Dam opens\n\nThe dam opened on Monday, the agency said."));
    }

    [Test]
    public void StoryOutsideTeaserArticles_IsTheText()
    {
        string teaser = "<article class=\"teaser\"><h2>Other story</h2><p>\u201CWe won,\u201D coach Ivo Lund said of the final, the club's first cup in thirty years of trying.</p></article>";
        string story = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the story, in which the harbour board said, after a long meeting, that fees would rise again.</p>"));
        string html = $"<body>{teaser}{teaser}<div class=\"story\"><h1>Fees rise</h1>{story}</div>{teaser}</body>";

        (string text, string? title) = HtmlArticleExtractor.Extract(html);

        Assert.That(text, Does.StartWith("Fees rise\n\nParagraph 1 of the story").And.EndWith("fees would rise again."));
        Assert.That(text, Does.Not.Contain("Ivo Lund"));
        Assert.That(title, Is.EqualTo("Fees rise"));
    }

    [Test]
    public void PagePastReadabilitysBound_IsReadByTheMarkupChoice()
    {
        string paragraph = "<p>" + string.Concat(Enumerable.Repeat("The board said the fees would rise. ", 40)) + "</p>";
        int count = (ReadabilityContent.MaxTextChars / (paragraph.Length - 7)) + 1;
        string html = "<body><article><p>A teaser.</p></article><div>" + string.Concat(Enumerable.Repeat(paragraph, count)) + "</div></body>";

        // The markup's choice is the one <article>, which SmartReader would pass over for the long <div>.
        Assert.That(HtmlArticleExtractor.Extract(html).Text, Is.EqualTo("A teaser."));
    }
}
