using Microsoft.Data.Sqlite;

namespace QuoteAttribution.Archive;

/// <summary>
/// The archive's tables, and the two numbers that tell a quotes archive from any other SQLite file:
/// <c>PRAGMA application_id</c> (<see cref="ApplicationId"/>) and <c>PRAGMA user_version</c> (the schema
/// version). An empty file becomes a new archive; any other database is refused with a clear message.
/// </summary>
/// <remarks>
/// Column names follow the record's field names (DESIGN.md), so <c>"end"</c> needs quotes in SQL.
/// Statements keep their article's reading order in <c>n</c>; articles keep the order they were first
/// indexed in <c>seq</c>. <c>statements_fts</c> is an external-content FTS5 index over
/// <c>statements.text</c>, kept in step by <see cref="ArchiveIndexer"/> in the transaction that changes the
/// statements: one INSERT of a batch's statements (schema 1 had a trigger per row, and FTS5 writes its
/// pending terms out at every statement's savepoint, so indexing cost as much as analysing).
/// </remarks>
internal static class ArchiveSchema
{
    /// <summary>The schema this version writes and reads; a larger number in a file means a newer quotes wrote it.</summary>
    public const int Version = 2;

    // Schema 1 differs only in the full-text triggers; an archive of it is upgraded when opened for writing.
    private const int TriggersVersion = 1;

    /// <summary><c>QUOT</c> in ASCII: marks the file as a quotes archive for any SQLite tool.</summary>
    public const int ApplicationId = 0x51554F54;

    private const string CreateTables = """
        CREATE TABLE articles (
            article      TEXT PRIMARY KEY,
            seq          INTEGER NOT NULL UNIQUE,
            origin       TEXT NOT NULL,
            title        TEXT NOT NULL,
            date         TEXT NOT NULL,
            text_hash    TEXT NOT NULL,
            records_hash TEXT NOT NULL,
            text         TEXT
        );
        CREATE TABLE speakers (
            speaker_id   TEXT PRIMARY KEY,
            name         TEXT NOT NULL,
            speaker_type TEXT NOT NULL,
            first_name   TEXT NOT NULL,
            surname      TEXT NOT NULL,
            roles        TEXT NOT NULL,
            affiliations TEXT NOT NULL
        );
        CREATE TABLE aliases (
            alias        TEXT PRIMARY KEY,
            speaker_id   TEXT NOT NULL REFERENCES speakers(speaker_id),
            reason       TEXT NOT NULL
        );
        CREATE TABLE statements (
            id              INTEGER PRIMARY KEY,
            article         TEXT NOT NULL REFERENCES articles(article),
            n               INTEGER NOT NULL,
            origin          TEXT NOT NULL,
            quote_id        TEXT NOT NULL,
            kind            TEXT NOT NULL,
            text            TEXT NOT NULL,
            start           INTEGER NOT NULL,
            "end"           INTEGER NOT NULL,
            speaker         TEXT NOT NULL,
            speaker_id      TEXT NOT NULL,
            speaker_type    TEXT NOT NULL,
            speaker_mention TEXT NOT NULL,
            speaker_start   INTEGER,
            speaker_end     INTEGER,
            role            TEXT NOT NULL,
            affiliation     TEXT NOT NULL,
            cue             TEXT NOT NULL,
            addressee       TEXT NOT NULL,
            date            TEXT NOT NULL,
            rule            TEXT NOT NULL,
            confidence      REAL NOT NULL,
            UNIQUE (article, n)
        );
        CREATE INDEX statements_by_speaker ON statements (speaker_id);
        CREATE INDEX statements_by_date ON statements (date);
        CREATE INDEX speakers_by_surname ON speakers (surname);
        CREATE VIRTUAL TABLE statements_fts USING fts5 (
            text, content = 'statements', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
        );
        """;

    /// <summary>
    /// Checks that <paramref name="connection"/> is a quotes archive this version can read. When
    /// <paramref name="create"/> is true (opened for writing), an empty database gets the tables and an
    /// archive of schema 1 is upgraded; a reader reads schema 1 as it is (the tables are the same).
    /// </summary>
    /// <exception cref="ArchiveException">Not a quotes archive, a newer schema, or empty and not to be created.</exception>
    public static void Ensure(SqliteConnection connection, string path, bool create)
    {
        int applicationId = Scalar(connection, "PRAGMA application_id");
        int version = Scalar(connection, "PRAGMA user_version");
        int objects = Scalar(connection, "SELECT count(*) FROM sqlite_schema");
        if (applicationId == 0 && version == 0 && objects == 0)
        {
            if (!create)
            {
                throw new ArchiveException($"{path}: not a quotes archive (the database is empty; 'quotes index' creates one)");
            }

            Create(connection);
            return;
        }

        if (applicationId != ApplicationId)
        {
            throw new ArchiveException($"{path}: not a quotes archive (an SQLite database of another program)");
        }

        if (version > Version)
        {
            throw new ArchiveException(
                $"{path}: the archive has schema version {version}, newer than this quotes understands ({Version}); use a newer quotes");
        }

        if (version < 1)
        {
            throw new ArchiveException($"{path}: not a quotes archive (no schema version)");
        }

        if (version == TriggersVersion && create)
        {
            UpgradeFromTriggers(connection);
        }
    }

    // The triggers kept the full-text index in step with every row, so it is complete; dropping them and
    // setting the version in one transaction leaves the file either of schema 1 or of schema 2.
    private static void UpgradeFromTriggers(SqliteConnection connection)
    {
        using SqliteTransaction transaction = connection.BeginTransaction();
        Execute(connection, "DROP TRIGGER IF EXISTS statements_fts_insert");
        Execute(connection, "DROP TRIGGER IF EXISTS statements_fts_delete");
        Execute(connection, $"PRAGMA user_version = {Version}");
        transaction.Commit();
    }

    private static void Create(SqliteConnection connection)
    {
        using SqliteTransaction transaction = connection.BeginTransaction();
        Execute(connection, CreateTables);

        // Both numbers go in with the tables, so a file has either all of them or none.
        Execute(connection, $"PRAGMA application_id = {ApplicationId}");
        Execute(connection, $"PRAGMA user_version = {Version}");
        transaction.Commit();
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
