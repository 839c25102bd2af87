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
            using BatchCommands commands = new(connection);
            List<IndexOutcome> outcomes = [];
            foreach (ArchivedArticle article in batch)
            {
                outcomes.Add(StoreOne(commands, article));
            }

            commands.IndexPendingText();
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

    private IndexOutcome StoreOne(BatchCommands commands, ArchivedArticle article)
    {
        string textHash = article.TextHash;
        string recordsHash = article.RecordsHash;
        (long Seq, string TextHash, string RecordsHash)? stored = commands.Find(article.Id);
        if (stored is { } s && (textHash.Length > 0 && s.TextHash.Length > 0 ? s.TextHash == textHash : s.RecordsHash == recordsHash))
        {
            return IndexOutcome.Unchanged;
        }

        if (stored is not null)
        {
            commands.DeleteStatements(article.Id);
        }

        long seq = stored?.Seq ?? ++_lastSeq;
        commands.PutArticle(article, seq, textHash, recordsHash);
        string[] speakerIds = _speakers.IdsFor(article.Records);
        for (int i = 0; i < article.Records.Length; i++)
        {
            StatementRows.Insert(commands.InsertStatement, article.Records[i], seq, i + 1, speakerIds[i]);
        }

        commands.TextPending(seq);

        return stored is null ? IndexOutcome.Added : IndexOutcome.Updated;
    }

    /// <summary>
    /// The statements a batch runs for every article, prepared once per batch instead of once per article;
    /// and the full-text index of the batch's statements, written by one INSERT per run of consecutive
    /// articles (new articles make one run) instead of one per statement.
    /// </summary>
    private sealed class BatchCommands : IDisposable
    {
        private readonly SqliteCommand _find;
        private readonly SqliteCommand _delete;
        private readonly SqliteCommand _unindex;
        private readonly SqliteCommand _index;
        private readonly SqliteCommand _article;

        // Runs of consecutive article seqs whose statements are stored but not yet in the full-text index.
        private readonly List<(long First, long Last)> _pending = [];

        public BatchCommands(SqliteConnection connection)
        {
            _find = Command(connection, "SELECT seq, text_hash, records_hash FROM articles WHERE article = $id", "$id");
            _delete = Command(connection, "DELETE FROM statements WHERE article = $id", "$id");

            // An external-content index forgets a row only when told the text it indexed, so this runs before the DELETE.
            _unindex = Command(
                connection,
                "INSERT INTO statements_fts (statements_fts, rowid, text) SELECT 'delete', id, text FROM statements WHERE article = $id",
                "$id");
            _index = Command(
                connection,
                "INSERT INTO statements_fts (rowid, text) SELECT id, text FROM statements WHERE id BETWEEN $first AND $last",
                "$first", "$last");
            _article = Command(
                connection,
                """
                INSERT OR REPLACE INTO articles (article, seq, origin, title, date, text_hash, records_hash, text)
                VALUES ($id, $seq, $origin, $title, $date, $text_hash, $records_hash, $text)
                """,
                "$id", "$seq", "$origin", "$title", "$date", "$text_hash", "$records_hash", "$text");
            InsertStatement = StatementRows.InsertCommand(connection);
        }

        public PositionalStatement InsertStatement { get; }

        public (long Seq, string TextHash, string RecordsHash)? Find(string id)
        {
            _find.Parameters[0].Value = id;
            using SqliteDataReader reader = _find.ExecuteReader();
            return reader.Read() ? (reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
        }

        public void DeleteStatements(string id)
        {
            // The article's statements may still wait for the index (stored earlier in this batch).
            IndexPendingText();
            _unindex.Parameters[0].Value = id;
            _unindex.ExecuteNonQuery();
            _delete.Parameters[0].Value = id;
            _delete.ExecuteNonQuery();
        }

        /// <summary>Notes that the statements of the article stored as <paramref name="seq"/> are to be indexed.</summary>
        public void TextPending(long seq)
        {
            if (_pending.Count > 0 && _pending[^1].Last + 1 == seq)
            {
                _pending[^1] = (_pending[^1].First, seq);
            }
            else
            {
                _pending.Add((seq, seq));
            }
        }

        /// <summary>Adds the pending articles' statements to the full-text index.</summary>
        public void IndexPendingText()
        {
            foreach ((long first, long last) in _pending)
            {
                // Every row id of those articles: seq × 2^24 + n (see StatementRows.Id).
                _index.Parameters[0].Value = first * StatementRows.StatementsPerArticle;
                _index.Parameters[1].Value = ((last + 1) * StatementRows.StatementsPerArticle) - 1;
                _index.ExecuteNonQuery();
            }

            _pending.Clear();
        }

        public void PutArticle(ArchivedArticle article, long seq, string textHash, string recordsHash)
        {
            object?[] values = [article.Id, seq, article.Origin, article.Title, article.Date, textHash, recordsHash, article.Text];
            for (int i = 0; i < values.Length; i++)
            {
                _article.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            _article.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _find.Dispose();
            _delete.Dispose();
            _unindex.Dispose();
            _index.Dispose();
            _article.Dispose();
            InsertStatement.Dispose();
        }

        private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
        {
            SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (string name in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            return command;
        }
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
