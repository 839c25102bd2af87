using Microsoft.Data.Sqlite;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Archive;

/// <summary>
/// Reads records back out of an archive, in archive order: articles in the order they were first indexed,
/// statements in reading order within each. Every record carries its archive-wide speaker id.
/// </summary>
public sealed class ArchiveReader(QuoteArchive archive)
{
    /// <summary>Every record of the archive.</summary>
    public IEnumerable<QuoteRecord> All() => Records(new ArchiveSearch());

    /// <summary>The records that match <paramref name="search"/>.</summary>
    public IEnumerable<QuoteRecord> Records(ArchiveSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        using SqliteCommand command = archive.Connection.CreateCommand();
        SearchQuery.Prepare(command, search);
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return StatementRows.Read(reader);
        }
    }

    /// <summary>The text of every article whose text the archive holds (articles indexed from records have none).</summary>
    public IReadOnlyDictionary<string, string> ArticleTexts()
    {
        Dictionary<string, string> texts = new(StringComparer.Ordinal);
        using SqliteCommand command = archive.Connection.CreateCommand();
        command.CommandText = "SELECT article, text FROM articles WHERE text IS NOT NULL";
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return texts;
    }

    /// <summary>The headline of every article indexed with one.</summary>
    public IReadOnlyDictionary<string, string> ArticleTitles()
    {
        Dictionary<string, string> titles = new(StringComparer.Ordinal);
        using SqliteCommand command = archive.Connection.CreateCommand();
        command.CommandText = "SELECT article, title FROM articles WHERE title <> ''";
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            titles[reader.GetString(0)] = reader.GetString(1);
        }

        return titles;
    }
}
