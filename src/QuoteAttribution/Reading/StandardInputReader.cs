using System.Text;

namespace QuoteAttribution.Reading;

/// <summary>
/// Reads standard input: unless the format is given, JSON Lines when the first non-blank character is
/// <c>{</c>, an HTML page when it is <c>&lt;</c> followed by a tag (<c>&lt;!doctype</c>, <c>&lt;html</c>,
/// <c>&lt;p</c>), otherwise one text article whose id is the source name. JSON Lines are streamed; text and
/// HTML are read whole and kept exactly, up to the article bound: an endless input is cut there, named and skipped.
/// </summary>
internal static class StandardInputReader
{
    /// <summary>The articles (or problems) on <paramref name="stream"/>.</summary>
    public static IEnumerable<ReadResult> Read(
        Stream stream, string source, int maxChars = ArticleReader.DefaultMaxArticleChars, InputFormat? format = null)
    {
        using DecodedInput? input = DecodedInput.Open(stream, out string? problem);
        if (input is null)
        {
            yield return ReadResult.Error(source, problem == "file is empty" ? "standard input is empty" : problem!);
            yield break;
        }

        // Keep the blank prefix exactly: for a text article, offsets count it.
        StringBuilder prefix = new();
        int next;
        while ((next = input.Reader.Read()) >= 0 && char.IsWhiteSpace((char)next) && prefix.Length <= maxChars)
        {
            prefix.Append((char)next);
        }

        if (next < 0)
        {
            yield return ReadResult.Error(source, "standard input is empty");
            yield break;
        }

        IEnumerable<ReadResult> items;
        format ??= next == '{' ? InputFormat.JsonLines : next == '<' && StartsATag(input.Reader.Peek()) ? InputFormat.Html : InputFormat.Text;
        if (format == InputFormat.JsonLines)
        {
            int lineNumber = 1 + prefix.ToString().Count(c => c == '\n');
            BoundedLineReader lines = new(input.Reader, ArticleReader.MarkupLimit(maxChars), pending: ((char)next).ToString());
            items = ArticleReader.JsonLines(input, lines, source, lineNumber);
        }
        else if (!BoundedText.TryReadToEnd(input.Reader, prefix.Append((char)next), format == InputFormat.Html ? ArticleReader.MarkupLimit(maxChars) : maxChars))
        {
            items = [ReadResult.Error(source, BoundedText.OverLimit("article", maxChars))];
        }
        else
        {
            items = ArticleReader.FromText(prefix.ToString(), input.Replacements, source, source, html: format == InputFormat.Html, input.EncodingName);
        }

        foreach (ReadResult item in items)
        {
            yield return item;
        }
    }

    // "<p", "<html", "<!doctype", "<?xml": markup; "< 5 people" or "<<" is not.
    private static bool StartsATag(int next) => next >= 0 && (char.IsAsciiLetter((char)next) || next is '!' or '?');
}
