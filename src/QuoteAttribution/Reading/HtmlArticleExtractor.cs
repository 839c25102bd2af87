using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace QuoteAttribution.Reading;

/// <summary>
/// Extracts the article from an HTML page: the text of <c>&lt;article&gt;</c> (or <c>&lt;main&gt;</c>,
/// else <c>&lt;body&gt;</c>) without scripts, navigation, headers, footers, asides, forms and elements
/// whose class, id or role marks them as page furniture; one paragraph per block, blank lines between.
/// </summary>
internal static class HtmlArticleExtractor
{
    private const string ParagraphBreak = "\n\n";

    private static readonly FrozenSet<string> DroppedTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg",
        "button", "select", "object", "embed", "canvas", "dialog", "menu");

    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th", "hr", "address");

    // Class or id words (split on '-', '_' and spaces) that mark furniture; whole words only, so that
    // "shared" or "header-image" inside a story is not caught by accident of substring.
    private static readonly FrozenSet<string> FurnitureWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social",
        "comment", "comments", "related", "advert", "advertisement", "ad", "ads", "cookie", "cookies",
        "newsletter", "sidebar", "promo", "subscribe", "subscription", "masthead", "paywall",
        "skip", "footer", "popup", "modal", "banner", "sponsored", "outbrain", "taboola");

    private static readonly FrozenSet<string> FurnitureRoles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar");

    /// <summary>The article text and title of the page in <paramref name="html"/>.</summary>
    public static (string Text, string? Title) Extract(string html)
    {
        IHtmlDocument document = new HtmlParser().ParseDocument(HtmlDepthLimiter.Limit(html));
        IElement? root = ChooseRoot(document);
        string? title = Title(document, root);
        if (root is null)
        {
            return ("", title);
        }

        List<string> paragraphs = [];
        StringBuilder current = new();
        Walk(root, current, paragraphs, preformatted: false);
        Flush(current, paragraphs);
        return (string.Join(ParagraphBreak, paragraphs), title);
    }

    private static IElement? ChooseRoot(IHtmlDocument document)
    {
        // The longest <article> wins: pages list teasers as small <article>s around the story.
        IElement? article = document.QuerySelectorAll("article")
            .Where(e => !IsFurniture(e))
            .MaxBy(e => e.TextContent.Length);
        return article ?? document.QuerySelector("main") ?? document.Body;
    }

    private static string? Title(IHtmlDocument document, IElement? root)
    {
        string? heading = (root?.QuerySelector("h1") ?? document.QuerySelector("h1"))?.TextContent;
        string? candidate = !string.IsNullOrWhiteSpace(heading) ? heading : document.Title;
        return string.IsNullOrWhiteSpace(candidate) ? null : Collapse(candidate);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs, bool preformatted)
    {
        foreach (INode child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    Append(current, text.Data, preformatted);
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    Flush(current, paragraphs);
                    break;
                case IElement element when IsFurniture(element):
                    break;
                case IElement element when BlockTags.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    bool pre = preformatted || element.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase);
                    Walk(element, current, paragraphs, pre);
                    Flush(current, paragraphs);
                    break;
                case IElement element:
                    Walk(element, current, paragraphs, preformatted);
                    break;
                default:
                    break;
            }
        }
    }

    private static bool IsFurniture(IElement element)
    {
        if (DroppedTags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        string? role = element.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role.Trim()))
        {
            return true;
        }

        return HasFurnitureWord(element.GetAttribute("class")) || HasFurnitureWord(element.Id);
    }

    private static bool HasFurnitureWord(string? value) =>
        value is not null
        && value.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(FurnitureWords.Contains);

    private static void Append(StringBuilder current, string data, bool preformatted)
    {
        if (preformatted)
        {
            current.Append(data);
            return;
        }

        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (current.Length > 0 && current[^1] != ' ')
                {
                    current.Append(' ');
                }
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        string paragraph = current.ToString().Trim();
        current.Clear();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
    }

    private static string Collapse(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
