using System.Text;

namespace QuoteAttribution.Reading;

/// <summary>
/// Reads standard input: JSON Lines when the first non-blank character is <c>{</c>, otherwise one text
/// article whose id is the source name. JSON Lines are streamed; text is read whole and kept exactly, up
/// to the article bound: an endless input is cut there, named and skipped.
/// </summary>
internal static class StandardInputReader
{
    /// <summary>The articles (or problems) on <paramref name="stream"/>.</summary>
    public static IEnumerable<ReadResult> Read(Stream stream, string source, int maxChars = ArticleReader.DefaultMaxArticleChars)
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
        if (next == '{')
        {
            int lineNumber = 1 + prefix.ToString().Count(c => c == '\n');
            BoundedLineReader lines = new(input.Reader, ArticleReader.MarkupLimit(maxChars), pending: "{");
            items = ArticleReader.JsonLines(input, lines, source, lineNumber);
        }
        else if (!BoundedText.TryReadToEnd(input.Reader, prefix.Append((char)next), maxChars))
        {
            items = [ReadResult.Error(source, BoundedText.OverLimit("article", maxChars))];
        }
        else
        {
            items = ArticleReader.FromText(prefix.ToString(), input.Replacements, source, source, html: false, input.EncodingName);
        }

        foreach (ReadResult item in items)
        {
            yield return item;
        }
    }
}
