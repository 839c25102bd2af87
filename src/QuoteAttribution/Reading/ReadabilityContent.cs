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
    // KeepClasses: PageFurniture reads class words inside the chosen content (a newsletter box, a credit line).
    // SmartReader wants the page's address to resolve links; the text never depends on it and nothing is fetched.
    private const string PlaceholderAddress = "https://localhost/";

    /// <summary>The content element SmartReader chose in <paramref name="html"/>, or null when it found none.</summary>
    public static IElement? Find(string html)
    {
        IHtmlDocument document = new HtmlParser().ParseDocument(html);
        KeepOnlyMain(document);
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
