namespace QuoteAttribution.Report;

/// <summary>
/// The title the report shows for an article in its quote-id column: the headline the source gave
/// (JSONL <c>title</c>, an HTML page's heading), else the article's first line when it reads as a
/// headline (a short line standing alone before the body, as scraped news begins), else none, and the
/// column shows the short id.
/// </summary>
internal static class ArticleTitles
{
    // A first line longer than this is the story's opening sentence, not its headline.
    public const int MaxHeadlineChars = 100;

    /// <summary>The title of <paramref name="article"/>, or empty when it has none the report can show.</summary>
    public static string Of(string article, IReadOnlyDictionary<string, string> titles, IReadOnlyDictionary<string, string> texts)
    {
        if (titles.TryGetValue(article, out string? given) && given.Trim() is { Length: > 0 } title)
        {
            return OneLine(title);
        }

        return texts.TryGetValue(article, out string? text) ? FirstLineHeadline(text) : "";
    }

    /// <summary>
    /// The first non-blank line of <paramref name="text"/> when a blank line follows it and it holds at
    /// most <see cref="MaxHeadlineChars"/> characters; else empty.
    /// </summary>
    /// <example><c>"Council backs harbor plan\n\nLAKEPORT - The council ..."</c> → <c>Council backs harbor plan</c></example>
    internal static string FirstLineHeadline(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = text.IndexOf('\n', start);
        if (end < 0)
        {
            return "";
        }

        string line = text[start..end].Trim();
        int next = text.IndexOf('\n', end + 1);
        bool standsAlone = next >= 0 && string.IsNullOrWhiteSpace(text[(end + 1)..next]);
        return standsAlone && line.Length is > 0 and <= MaxHeadlineChars ? line : "";
    }

    private static string OneLine(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
