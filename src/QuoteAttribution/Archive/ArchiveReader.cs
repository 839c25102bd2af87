using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Archive;

/// <summary>
/// Reads records back out of an archive, in archive order: articles in the order they were first indexed,
/// statements in reading order within each. Every record carries its archive-wide speaker id.
/// </summary>
public sealed class ArchiveReader(QuoteArchive archive)
{
    private const string FromStatements = " FROM statements AS s JOIN articles AS a ON a.article = s.article";
    private const string InArchiveOrder = " ORDER BY a.seq, s.n";

    /// <summary>Every record of the archive.</summary>
    public IEnumerable<QuoteRecord> All() => Records(new ArchiveSearch());

    /// <summary>The records that match <paramref name="search"/>.</summary>
    public IEnumerable<QuoteRecord> Records(ArchiveSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        using SqliteCommand command = archive.Connection.CreateCommand();
        StringBuilder where = new();
        if (search.MatchExpression() is { } match)
        {
            Add(command, where, "s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH $match)", "$match", match);
        }

        if (search.Speaker is { } speaker)
        {
            // The query may be an id, an alias (an older id, or a name's slug), the full name, or a surname.
            command.Parameters.AddWithValue("$speaker", speaker.Trim());
            Add(command, where, """
                s.speaker_id IN (SELECT speaker_id FROM speakers WHERE speaker_id = $slug OR surname = $slug OR name = $speaker COLLATE NOCASE
                    UNION SELECT speaker_id FROM aliases WHERE alias = $slug)
                """, "$slug", SpeakerIds.Slug(PersonNames.StripTitles(speaker)));
        }

        if (search.Kind is { } kind)
        {
            Add(command, where, "s.kind = $kind", "$kind", RecordFields.Lower(kind));
        }

        if (search.From is { } from)
        {
            Add(command, where, "s.date <> '' AND s.date >= $from", "$from", RecordFields.Date(from));
        }

        if (search.To is { } to)
        {
            Add(command, where, "s.date <> '' AND s.date <= $to", "$to", RecordFields.Date(to));
        }

        string limit = search.Limit is int n ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {n}") : "";
        command.CommandText = "SELECT " + StatementRows.Columns + FromStatements + where + InArchiveOrder + limit;
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

    private static void Add(SqliteCommand command, StringBuilder where, string condition, string name, string value)
    {
        where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);
        command.Parameters.AddWithValue(name, value);
    }
}
