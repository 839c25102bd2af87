using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Archive;

/// <summary>
/// Reads a records file (<c>quotes extract --format jsonl</c>) as articles to store: consecutive lines
/// of one article make one <see cref="ArchivedArticle"/>, whose text is not known. An article with a bad
/// line is left out whole (a partial article would look complete), and the line is named.
/// </summary>
public static class RecordsFile
{
    /// <summary>The articles of <paramref name="path"/> in file order, and problems in place.</summary>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static IEnumerable<(ArchivedArticle? Article, ReadProblem? Problem)> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        HashSet<string> seen = new(StringComparer.Ordinal);
        List<QuoteRecord> records = [];
        string article = "";
        string origin = "";
        bool bad = false;
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            (QuoteRecord? record, string lineOrigin, string error) = TryParse(line);
            string lineArticle = record?.Article ?? RecordLine.ArticleOf(line) ?? article;
            if (lineArticle != article)
            {
                if (Finish(article, origin, records, bad) is { } done)
                {
                    yield return (done, null);
                }

                (article, origin, bad) = (lineArticle, lineOrigin, false);
                records.Clear();
                if (!seen.Add(article))
                {
                    bad = true;
                    yield return (null, new ReadProblem(path, lineNumber, $"the records of article '{article}' are not together; it is left out", ReadProblemSeverity.Error));
                }
            }

            if (record is null)
            {
                // A line whose article cannot be told spoils the article being read.
                bad = true;
                yield return (null, new ReadProblem(path, lineNumber, $"{error}; its article is left out", ReadProblemSeverity.Error));
                continue;
            }

            records.Add(record);
        }

        if (Finish(article, origin, records, bad) is { } last)
        {
            yield return (last, null);
        }
    }

    private static (QuoteRecord? Record, string Origin, string Error) TryParse(string line)
    {
        try
        {
            (QuoteRecord record, string origin) = RecordLine.Parse(line);
            return (record, origin, "");
        }
        catch (FormatException e)
        {
            return (null, "", e.Message);
        }
    }

    private static ArchivedArticle? Finish(string article, string origin, List<QuoteRecord> records, bool bad) =>
        bad || records.Count == 0
            ? null
            : new ArchivedArticle(article, origin, "", "", null, [.. records]);
}
