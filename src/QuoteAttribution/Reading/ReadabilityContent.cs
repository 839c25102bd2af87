using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace QuoteAttribution.Reading;

/// <summary>
/// The main content of a page as SmartReader (the .NET port of Mozilla's Readability) finds it: it scores
/// blocks by their text, commas and link density and keeps the best one with its related siblings, so
/// "more stories" lists, teaser cards and comment threads drop out whatever the page's tags are.
/// </summary>
internal static class ReadabilityContent
{
    // SmartReader wants the page's address to resolve links; the text never depends on it and nothing is fetched.
    private const string PlaceholderAddress = "https://localhost/";

    /// <summary>
    /// Pages larger than this many elements or characters of text go to the markup's choice. SmartReader's
    /// cost grows faster than the page (one CPU-second for 5,000 elements or 250,000 characters, fifteen for
    /// 1.9 MB of text, against a tenth of a second for the markup's choice); a news story has a few hundred
    /// elements and under 30,000 characters, so a page past either bound is no single story anyway.
    /// </summary>
    public const int MaxElements = 10_000;

    /// <inheritdoc cref="MaxElements"/>
    public const int MaxTextChars = 100_000;

    /// <summary>
    /// The content element SmartReader chose in <paramref name="html"/>, or null when it found none or the
    /// page is past <see cref="MaxElements"/> or <see cref="MaxTextChars"/>.
    /// </summary>
    public static IElement? Find(string html)
    {
        IHtmlDocument document = new HtmlParser().ParseDocument(html);
        KeepOnlyMain(document);
        if (document.All.Length > MaxElements || (document.Body?.TextContent.Length ?? 0) > MaxTextChars)
        {
            return null;
        }

        // KeepClasses: PageFurniture reads class words inside the chosen content (a newsletter box, a credit
        // line). IsReadable is not asked: it is false for a short story made of short paragraphs whose content
        // is right (four of the seven page shapes in fixtures/pages); empty content is the only failure.
        using Reader reader = new(PlaceholderAddress, document) { DisableJSONLD = true, KeepClasses = true };
        SmartReader.Article article = reader.GetArticle();
        if (string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        IHtmlDocument content = new HtmlParser().ParseDocument(article.Content);
        return content.Body;
    }

    // A page that marks its one <main> says where the story is; Readability does not read that element, so
    // what is outside it (a site's own notices, link lists) could win on a page with a short story.
    private static void KeepOnlyMain(IHtmlDocument document)
    {
        IHtmlCollection<IElement> mains = document.QuerySelectorAll("main");
        if (mains.Length != 1 || document.Body is not { } body)
        {
            return;
        }

        body.AppendChild(mains[0]);
        foreach (INode other in body.ChildNodes.Where(n => n != mains[0]).ToList())
        {
            body.RemoveChild(other);
        }
    }
}
