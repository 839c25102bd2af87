using Microsoft.Data.Sqlite;

namespace QuoteAttribution.Archive;

/// <summary>
/// An open quotes archive: one SQLite file (see <see cref="ArchiveSchema"/>) in write-ahead-log mode, so
/// readers keep working while one writer indexes, and a killed writer leaves the last committed batch.
/// </summary>
public sealed class QuoteArchive : IDisposable
{
    // A second writer waits this long for the first one's batch instead of failing at once.
    private const int BusyTimeoutMilliseconds = 30_000;

    private QuoteArchive(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    /// <summary>The archive file as the user named it.</summary>
    public string Path { get; }

    /// <summary>The open connection (one thread at a time).</summary>
    internal SqliteConnection Connection { get; }

    /// <summary>Opens the archive at <paramref name="path"/> to add to it, creating it when the file does not exist or is empty.</summary>
    /// <exception cref="ArchiveException">The file is not a quotes archive, is newer, or cannot be opened.</exception>
    public static QuoteArchive OpenForWriting(string path) => Open(path, write: true);

    /// <summary>Opens an existing archive to read it, read-only: a search never changes the file, and a file the user may not write can be read.</summary>
    /// <exception cref="ArchiveException">The file does not exist, is not a quotes archive, is newer, or cannot be opened.</exception>
    public static QuoteArchive OpenForReading(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ArchiveException($"{path}: no such archive ('quotes index INPUTS --db {path}' creates one)");
        }

        return Open(path, write: false);
    }

    /// <inheritdoc/>
    public void Dispose() => Connection.Dispose();

    private static QuoteArchive Open(string path, bool write)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ArchiveException($"{path}: is a folder, not an archive file");
        }

        SqliteConnectionStringBuilder builder = new()
        {
            DataSource = path,
            Mode = write ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        SqliteConnection connection = new(builder.ToString());
        try
        {
            connection.Open();
            Pragma(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            ArchiveSchema.Ensure(connection, path, create: write);

            if (write)
            {
                PrepareForWriting(connection);
            }
            else
            {
                // A reader gets a 64 MiB page cache (the default is 2 MiB): a search reads rows all over the file.
                Pragma(connection, "PRAGMA cache_size = -65536");
            }

            return new QuoteArchive(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new ArchiveException($"{path}: {Reason(e)}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void PrepareForWriting(SqliteConnection connection)
    {
        // WAL is a property of the file (so readers find it set); NORMAL sync is durable across process kills
        // (only a power loss can drop the last commits, never corrupt the file).
        Pragma(connection, "PRAGMA journal_mode = WAL");
        Pragma(connection, "PRAGMA synchronous = NORMAL");
        Pragma(connection, "PRAGMA foreign_keys = ON");

        // A batch of 256 articles dirties a few MiB of four b-trees and the full-text index: a 16 MiB page cache
        // (the default is 2 MiB) keeps them from spilling to the log mid-transaction. Not more: the writer's pages
        // are mostly new rows it never reads again, and a cache that grows with the file costs the writer its
        // allocations and page faults (indexing 21 MB of news, the writer thread's share of the samples against
        // the analysis threads' fell from 0.46 with 64 MiB to 0.40 with 32 and 0.38 with 16). Checkpoints every
        // 32 MiB of log (not 4) copy each page once per batch or so. Neither changes what a commit guarantees.
        Pragma(connection, "PRAGMA cache_size = -16384");
        Pragma(connection, "PRAGMA wal_autocheckpoint = 8192");
    }

    private static string Reason(SqliteException e) => e.SqliteErrorCode switch
    {
        26 => "not a quotes archive (not an SQLite database)",
        14 => "cannot open the file (missing folder or no permission)",
        8 => "cannot write to the archive (read-only)",
        5 or 6 => "the archive is locked by another program",
        11 => "the archive file is damaged",
        _ => $"cannot use the archive: {e.Message}",
    };

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
