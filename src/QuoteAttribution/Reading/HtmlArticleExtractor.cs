using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace QuoteAttribution.Reading;

/// <summary>
/// Extracts the article from an HTML page: the main content as SmartReader (Readability) finds it, else the
/// longest <c>&lt;article&gt;</c>, <c>&lt;main&gt;</c> or <c>&lt;body&gt;</c>; inside it everything but
/// <see cref="PageFurniture"/>, one paragraph per block, blank lines between, the headline first.
/// </summary>
internal static class HtmlArticleExtractor
{
    private const string ParagraphBreak = "\n\n";

    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th", "hr", "address");

    /// <summary>The article text and title of the page in <paramref name="html"/>.</summary>
    public static (string Text, string? Title) Extract(string html) => Extract(html, MainContentSource.Readability);

    /// <summary>The article text and title of the page, with the main content found by <paramref name="source"/>.</summary>
    public static (string Text, string? Title) Extract(string html, MainContentSource source)
    {
        string limited = HtmlDepthLimiter.Limit(html);
        IHtmlDocument document = new HtmlParser().ParseDocument(limited);
        if (source == MainContentSource.Readability && ReadabilityContent.Find(limited) is { } content)
        {
            List<string> paragraphs = Paragraphs(content);
            if (paragraphs.Count > 0)
            {
                string? headline = Headline(document.QuerySelector("h1"));
                if (headline is not null && !string.Equals(paragraphs[0], headline, StringComparison.Ordinal))
                {
                    paragraphs.Insert(0, headline);
                }

                return (string.Join(ParagraphBreak, paragraphs), headline ?? Headline(document.Title));
            }
        }

        IElement? root = MarkupRoot(document);
        string? title = Headline(root?.QuerySelector("h1") ?? document.QuerySelector("h1")) ?? Headline(document.Title);
        return (root is null ? "" : string.Join(ParagraphBreak, Paragraphs(root)), title);
    }

    private static IElement? MarkupRoot(IHtmlDocument document)
    {
        // The longest <article> wins: pages list teasers as small <article>s around the story.
        IElement? article = document.QuerySelectorAll("article")
            .Where(e => !PageFurniture.Contains(e))
            .MaxBy(e => e.TextContent.Length);
        return article ?? document.QuerySelector("main") ?? document.Body;
    }

    private static string? Headline(IElement? heading) => heading is null || PageFurniture.Contains(heading) ? null : Headline(heading.TextContent);

    private static string? Headline(string? text) => string.IsNullOrWhiteSpace(text) ? null : Collapse(text);

    private static List<string> Paragraphs(IElement root)
    {
        List<string> paragraphs = [];
        StringBuilder current = new();
        Walk(root, current, paragraphs, preformatted: false);
        Flush(current, paragraphs);
        return paragraphs;
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
                case IElement element when PageFurniture.Contains(element):
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
