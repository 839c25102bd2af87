using Microsoft.Data.Sqlite;

namespace QuoteAttribution.Archive;

/// <summary>
/// Adds articles to an archive, one transaction per batch: a crash or a kill leaves every earlier batch
/// and nothing of the interrupted one, and indexing again completes it. An article already stored with
/// the same text (or, when the text is not known, the same records) is left as it is; one whose text
/// changed has its statements replaced. Not thread-safe: one writer per archive at a time.
/// </summary>
public sealed class ArchiveIndexer
{
    private readonly QuoteArchive _archive;
    private readonly ArchiveSpeakerIdentity _speakers;
    private long _lastSeq;

    /// <summary>Prepares to add to <paramref name="archive"/>: loads its speakers to decide new records' ids.</summary>
    public ArchiveIndexer(QuoteArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        _archive = archive;
        _speakers = SpeakerTable.Load(archive.Connection);
        using SqliteCommand command = archive.Connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(seq), 0) FROM articles";
        _lastSeq = (long)command.ExecuteScalar()!;
    }

    /// <summary>Stores <paramref name="batch"/> in one transaction; returns what happened to each article, in order.</summary>
    public IReadOnlyList<IndexOutcome> Store(IReadOnlyList<ArchivedArticle> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        SqliteConnection connection = _archive.Connection;
        long seqBefore = _lastSeq;
        try
        {
            using SqliteTransaction transaction = connection.BeginTransaction();
            using SqliteCommand insert = StatementRows.InsertCommand(connection);
            List<IndexOutcome> outcomes = [];
            foreach (ArchivedArticle article in batch)
            {
                outcomes.Add(StoreOne(connection, insert, article));
            }

            SpeakerTable.Save(connection, _speakers);
            transaction.Commit();
            return outcomes;
        }
        catch
        {
            _lastSeq = seqBefore;
            throw;
        }
    }

    private IndexOutcome StoreOne(SqliteConnection connection, SqliteCommand insert, ArchivedArticle article)
    {
        string textHash = article.TextHash;
        string recordsHash = article.RecordsHash;
        (long Seq, string TextHash, string RecordsHash)? stored = Find(connection, article.Id);
        if (stored is { } s && (textHash.Length > 0 && s.TextHash.Length > 0 ? s.TextHash == textHash : s.RecordsHash == recordsHash))
        {
            return IndexOutcome.Unchanged;
        }

        if (stored is not null)
        {
            Execute(connection, "DELETE FROM statements WHERE article = $id", ("$id", article.Id));
        }

        long seq = stored?.Seq ?? ++_lastSeq;
        Execute(
            connection,
            """
            INSERT OR REPLACE INTO articles (article, seq, origin, title, date, text_hash, records_hash, text)
            VALUES ($id, $seq, $origin, $title, $date, $text_hash, $records_hash, $text)
            """,
            ("$id", article.Id), ("$seq", seq), ("$origin", article.Origin), ("$title", article.Title), ("$date", article.Date),
            ("$text_hash", textHash), ("$records_hash", recordsHash), ("$text", (object?)article.Text ?? DBNull.Value));
        string[] speakerIds = _speakers.IdsFor(article.Records);
        for (int i = 0; i < article.Records.Length; i++)
        {
            StatementRows.Insert(insert, article.Records[i], seq, i + 1, speakerIds[i]);
        }

        return stored is null ? IndexOutcome.Added : IndexOutcome.Updated;
    }

    private static (long Seq, string TextHash, string RecordsHash)? Find(SqliteConnection connection, string id)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT seq, text_hash, records_hash FROM articles WHERE article = $id";
        command.Parameters.AddWithValue("$id", id);
        using SqliteDataReader reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}

/// <summary>What <see cref="ArchiveIndexer.Store"/> did with one article.</summary>
public enum IndexOutcome
{
    /// <summary>The article was new to the archive.</summary>
    Added,

    /// <summary>The article's text (or records) changed; its statements were replaced.</summary>
    Updated,

    /// <summary>The archive already held the article as it is; nothing changed.</summary>
    Unchanged,
}
