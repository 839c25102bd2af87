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
        using ArchiveBatch open = Begin();
        List<IndexOutcome> outcomes = [];
        foreach (ArchivedArticle article in batch)
        {
            outcomes.Add(open.Add(article));
        }

        open.Commit();
        return outcomes;
    }

    /// <summary>
    /// Opens a batch (a transaction) that takes articles one at a time as they come, so storing keeps pace
    /// with the analysis instead of waiting for a whole batch; nothing of it is in the archive until
    /// <see cref="ArchiveBatch.Commit"/>, and disposing it uncommitted rolls it back.
    /// </summary>
    public ArchiveBatch Begin() => new(this, _archive.Connection, _lastSeq);

    /// <summary>Stores one article with the batch's commands; the caller's transaction makes it whole or absent.</summary>
    internal IndexOutcome StoreOne(ArchiveBatchCommands commands, ArchivedArticle article)
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

    /// <summary>Writes the batch's last pieces (full-text index, speakers) inside its transaction.</summary>
    internal void Finish(ArchiveBatchCommands commands)
    {
        commands.IndexPendingText();
        SpeakerTable.Save(_archive.Connection, _speakers);
    }

    /// <summary>A batch that was not committed gives its article numbers back, so the next batch uses them.</summary>
    internal void RolledBack(long lastSeqBefore) => _lastSeq = lastSeqBefore;
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
