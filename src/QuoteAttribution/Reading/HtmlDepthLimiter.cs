using System.Text;

namespace QuoteAttribution.Reading;

/// <summary>
/// Drops the tags nested deeper than <see cref="MaxDepth"/> before the HTML parser sees them, keeping their
/// text. AngleSharp's tree builder slows down quadratically on thousands of nested block elements (50,000
/// nested &lt;div&gt; took seconds); no article needs more than a few dozen levels. One linear pass. A dropped
/// block tag leaves a <c>&lt;br&gt;</c> in its place, so the paragraphs it bounded stay apart
/// (<c>Jane Smith.&lt;/p&gt;&lt;p&gt;She</c> does not become one sentence).
/// </summary>
internal static class HtmlDepthLimiter
{
    /// <summary>The deepest element kept.</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    // Tags that break the text into paragraphs or lines (HtmlArticleExtractor's block tags and <br>).
    private static readonly HashSet<string> BreakingElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "br",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th", "hr", "address",
    };

    /// <summary>The HTML with tags below <see cref="MaxDepth"/> removed; the same string when none is that deep.</summary>
    public static string Limit(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        StringBuilder? output = null;
        int depth = 0;
        int copiedTo = 0;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            int end = TagEnd(html, i);
            if (end < 0)
            {
                break;
            }

            (bool closing, string name, bool selfClosing) = Read(html, i, end);
            bool opens = !closing && !selfClosing && name.Length > 0 && !VoidElements.Contains(name);
            bool drop = (opens && depth + 1 > MaxDepth) || (closing && name.Length > 0 && depth > MaxDepth);
            depth = opens ? depth + 1 : closing && name.Length > 0 ? Math.Max(0, depth - 1) : depth;
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedTo, i - copiedTo);
                output.Append(BreakingElements.Contains(name) ? "<br>" : "");
                copiedTo = end + 1;
            }

            i = name is "script" or "style" && opens ? SkipRawText(html, end + 1, name) : end + 1;
        }

        if (output is null)
        {
            return html;
        }

        return output.Append(html, copiedTo, html.Length - copiedTo).ToString();
    }

    private static int TagEnd(string html, int start) =>
        html.AsSpan(start).StartsWith("<!--") ? IndexAfter(html, start, "-->") - 1 : html.IndexOf('>', start);

    private static int IndexAfter(string html, int start, string marker)
    {
        int at = html.IndexOf(marker, start, StringComparison.Ordinal);
        return at < 0 ? -1 : at + marker.Length;
    }

    private static (bool Closing, string Name, bool SelfClosing) Read(string html, int start, int end)
    {
        int i = start + 1;
        bool closing = i < end && html[i] == '/';
        i += closing ? 1 : 0;
        int nameStart = i;
        while (i < end && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        bool startsWithLetter = nameStart < end && char.IsAsciiLetter(html[nameStart]);
        string name = startsWithLetter ? html[nameStart..i].ToLowerInvariant() : "";
        return (closing, name, html[end - 1] == '/');
    }

    private static int SkipRawText(string html, int from, string name)
    {
        int close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : close;
    }
}
