using QuoteAttribution.Archive;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Cli.Commands;

/// <summary>An analysed article as the archive stores it.</summary>
internal static class ArchiveArticles
{
    /// <summary>The article of <paramref name="result"/>, read from <paramref name="source"/>, with its records.</summary>
    public static ArchivedArticle From(AttributionResult result, string source) => new(
        result.Article.Id,
        result.Article.Origin.Length > 0 ? result.Article.Origin : source,
        result.Article.Title ?? "",
        RecordFields.Date(result.Article.Date),
        result.Article.Text,
        result.Records);
}
