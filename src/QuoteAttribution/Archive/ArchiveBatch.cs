using Microsoft.Data.Sqlite;

namespace QuoteAttribution.Archive;

/// <summary>
/// One open batch of <see cref="ArchiveIndexer"/>: a transaction that takes articles one by one and
/// makes them part of the archive all at once at <see cref="Commit"/>. Disposed uncommitted (an
/// exception, an interruption), it rolls back and the archive holds none of its articles.
/// </summary>
public sealed class ArchiveBatch : IDisposable
{
    private readonly ArchiveIndexer _indexer;
    private readonly SqliteTransaction _transaction;
    private readonly ArchiveBatchCommands _commands;
    private readonly long _lastSeqBefore;
    private bool _committed;
    private bool _disposed;

    internal ArchiveBatch(ArchiveIndexer indexer, SqliteConnection connection, long lastSeqBefore)
    {
        _indexer = indexer;
        _lastSeqBefore = lastSeqBefore;
        _transaction = connection.BeginTransaction();
        _commands = new ArchiveBatchCommands(connection);
    }

    /// <summary>How many articles the batch has taken.</summary>
    public int Count { get; private set; }

    /// <summary>Stores <paramref name="article"/> in the batch; returns what happens to it once committed.</summary>
    public IndexOutcome Add(ArchivedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ObjectDisposedException.ThrowIf(_disposed || _committed, this);
        Count++;
        return _indexer.StoreOne(_commands, article);
    }

    /// <summary>Finishes the full-text index and the speakers of the batch and commits it.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed || _committed, this);
        _indexer.Finish(_commands);
        _transaction.Commit();
        _committed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _commands.Dispose();
        _transaction.Dispose();
        if (!_committed)
        {
            _indexer.RolledBack(_lastSeqBefore);
        }
    }
}
