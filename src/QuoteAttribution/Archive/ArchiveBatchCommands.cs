using Microsoft.Data.Sqlite;

namespace QuoteAttribution.Archive;

/// <summary>
/// The statements a batch runs for every article, prepared once per batch instead of once per article;
/// and the full-text index of the batch's statements, written by one INSERT per run of consecutive
/// articles (new articles make one run) instead of one per statement.
/// </summary>
internal sealed class ArchiveBatchCommands : IDisposable
{
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _unindex;
    private readonly SqliteCommand _index;
    private readonly SqliteCommand _article;

    // Runs of consecutive article seqs whose statements are stored but not yet in the full-text index.
    private readonly List<(long First, long Last)> _pending = [];

    public ArchiveBatchCommands(SqliteConnection connection)
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
