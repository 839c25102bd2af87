using Microsoft.Data.Sqlite;
using NUnit.Framework;
using QuoteAttribution.Archive;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Tests.Support;
using static QuoteAttribution.Tests.Archive.ArchiveSamples;

namespace QuoteAttribution.Tests.Archive;

public sealed class ArchiveIndexerTests : TempFolderTest
{
    private string Db => Folder.File("quotes.db");

    [Test]
    public void SameArticleTwice_SecondTimeUnchangedAndArchiveIdentical()
    {
        // Arrange
        ArchivedArticle article = Article("a", "text one", Record("a", 1, "Mara Velden"), Record("a", 2, "Velden"));
        IReadOnlyList<IndexOutcome> first = Store(article);
        string before = Dump(Db);

        // Act
        IReadOnlyList<IndexOutcome> second = Store(article);

        // Assert
        Assert.That(first, Is.EqualTo(new[] { IndexOutcome.Added }));
        Assert.That(second, Is.EqualTo(new[] { IndexOutcome.Unchanged }));
        Assert.That(Dump(Db), Is.EqualTo(before));
    }

    [Test]
    public void ChangedText_ReplacesThatArticlesStatementsOnly()
    {
        // Arrange
        Store(Article("a", "old text", Record("a", 1, "Mara Velden"), Record("a", 2, "Velden")), Article("b", "other", Record("b", 1, "Tomas Brandt")));

        // Act
        IReadOnlyList<IndexOutcome> outcomes = Store(Article("a", "new text", Record("a", 1, "Tomas Brandt")));

        // Assert
        Assert.That(outcomes, Is.EqualTo(new[] { IndexOutcome.Updated }));
        Assert.That(Count(Db, "statements"), Is.EqualTo(2));
        Assert.That(SpeakerIds(Db, "a"), Is.EqualTo(new[] { "tomas-brandt" }));
        Assert.That(SpeakerIds(Db, "b"), Is.EqualTo(new[] { "tomas-brandt" }));
    }

    [Test]
    public void ChangedText_FullTextIndexFollowsTheNewStatements()
    {
        // Arrange
        QuoteRecord old = Record("a", 1, "Mara Velden") with { Text = "the harbour stays closed" };
        QuoteRecord replacement = Record("a", 1, "Mara Velden") with { Text = "the bridge reopens" };
        Store(Article("a", "v1", old));

        // Act
        Store(Article("a", "v2", replacement));

        // Assert
        Assert.That(Matches("harbour"), Is.Zero);
        Assert.That(Matches("bridge"), Is.EqualTo(1));
    }

    [Test]
    public void ArticleChangedWithinOneBatch_FullTextIndexHoldsOnlyTheLastText()
    {
        // Arrange: the first version's statements still wait for the batch's full-text INSERT when the second replaces them.
        ArchivedArticle first = Article("a", "v1", Record("a", 1, "Mara Velden") with { Text = "the harbour stays closed" });
        ArchivedArticle second = Article("a", "v2", Record("a", 1, "Mara Velden") with { Text = "the bridge reopens" });

        // Act
        IReadOnlyList<IndexOutcome> outcomes = Store(Article("b", "x", Record("b", 1, "Tomas Brandt")), first, second);

        // Assert
        Assert.That(outcomes, Is.EqualTo(new[] { IndexOutcome.Added, IndexOutcome.Added, IndexOutcome.Updated }));
        Assert.That(Matches("harbour"), Is.Zero);
        Assert.That(Matches("bridge"), Is.EqualTo(1));
        Assert.That(Matches("words"), Is.EqualTo(1));
        Assert.That(() => CheckFullTextIndex(Db), Throws.Nothing);
    }

    [Test]
    public void SeveralBatches_FullTextIndexHoldsEveryStatementOnce()
    {
        // Arrange
        Store(Article("a", "x", Record("a", 1, "Mara Velden"), Record("a", 2, "Velden")), Article("b", "y", Record("b", 1, "Tomas Brandt")));

        // Act
        Store(Article("c", "z", Record("c", 1, "Tomas Brandt")), Article("a", "x2", Record("a", 1, "Mara Velden")));

        // Assert: every record's text says "words number N of ARTICLE".
        Assert.That(Matches("words"), Is.EqualTo(3));
        Assert.That(Matches("number 1"), Is.EqualTo(3));
        Assert.That(Matches("2"), Is.Zero);
        Assert.That(() => CheckFullTextIndex(Db), Throws.Nothing);
    }

    [Test]
    public void SchemaOneArchive_UpgradedWhenWrittenAndItsIndexKept()
    {
        // Arrange: schema 1 kept the full-text index by a trigger per row.
        Store(Article("a", "x", Record("a", 1, "Mara Velden") with { Text = "the harbour stays closed" }));
        MakeSchemaOne(Db);

        // Act
        Store(Article("b", "y", Record("b", 1, "Tomas Brandt") with { Text = "the harbour reopens" }));

        // Assert
        Assert.That(Scalar(Db, "PRAGMA user_version"), Is.EqualTo(2));
        Assert.That(Count(Db, "sqlite_schema WHERE type = 'trigger'"), Is.Zero);
        Assert.That(Matches("harbour"), Is.EqualTo(2));
        Assert.That(() => CheckFullTextIndex(Db), Throws.Nothing);
    }

    [Test]
    public void SchemaOneArchive_ReadAsItIs()
    {
        // Arrange
        Store(Article("a", "x", Record("a", 1, "Mara Velden")));
        MakeSchemaOne(Db);

        // Act
        int records;
        using (QuoteArchive archive = QuoteArchive.OpenForReading(Db))
        {
            records = new ArchiveReader(archive).Records(new ArchiveSearch(Text: "words")).Count();
        }

        // Assert
        Assert.That(records, Is.EqualTo(1));
        Assert.That(Scalar(Db, "PRAGMA user_version"), Is.EqualTo(1));
    }

    [Test]
    public void FailureInsideABatch_NothingOfTheBatchIsStored()
    {
        // Arrange: the second article breaks a NOT NULL column, as a crash between two inserts would stop the batch.
        Store(Article("kept", "x", Record("kept", 1, "Mara Velden")));
        string before = Dump(Db);
        ArchivedArticle good = Article("a", "y", Record("a", 1, "Tomas Brandt"));
        ArchivedArticle broken = Article("b", "z", Record("b", 1, "Tomas Brandt") with { Text = null! });

        // Act
        TestDelegate act = () => Store(good, broken);

        // Assert
        Assert.That(act, Throws.InstanceOf<SqliteException>().With.Message.Contains("NOT NULL"));
        Assert.That(Dump(Db), Is.EqualTo(before));
        Assert.That(Store(good), Is.EqualTo(new[] { IndexOutcome.Added }));
    }

    [Test]
    public void FileThatIsNotSqlite_ClearErrorNamingTheFile()
    {
        string path = Folder.Write("notes.db", "these are my notes, not a database at all, and long enough to have a header");

        ArchiveException? e = Assert.Throws<ArchiveException>(() => QuoteArchive.OpenForWriting(path).Dispose());

        Assert.That(e!.Message, Is.EqualTo($"{path}: not a quotes archive (not an SQLite database)"));
    }

    [Test]
    public void SqliteDatabaseOfAnotherProgram_ClearErrorAndUntouched()
    {
        // Arrange
        Sql(Db, "CREATE TABLE photos (name TEXT)");

        // Act
        ArchiveException? e = Assert.Throws<ArchiveException>(() => QuoteArchive.OpenForWriting(Db).Dispose());

        // Assert
        Assert.That(e!.Message, Does.Contain("not a quotes archive"));
        Assert.That(Count(Db, "sqlite_schema"), Is.EqualTo(1));
    }

    [Test]
    public void NewerSchemaVersion_ClearErrorNamingBothVersions()
    {
        // Arrange
        Store(Article("a", "x", Record("a", 1, "Mara Velden")));
        Sql(Db, "PRAGMA user_version = 7");

        // Act
        ArchiveException? e = Assert.Throws<ArchiveException>(() => QuoteArchive.OpenForReading(Db).Dispose());

        // Assert
        Assert.That(e!.Message, Does.Contain("schema version 7").And.Contain("(2)"));
    }

    [Test]
    public void MissingArchive_ReadingIsAClearError()
    {
        ArchiveException? e = Assert.Throws<ArchiveException>(() => QuoteArchive.OpenForReading(Db).Dispose());

        Assert.That(e!.Message, Does.StartWith($"{Db}: no such archive"));
    }

    private IReadOnlyList<IndexOutcome> Store(params ArchivedArticle[] batch)
    {
        using QuoteArchive archive = QuoteArchive.OpenForWriting(Db);
        return new ArchiveIndexer(archive).Store(batch);
    }

    private long Matches(string word)
    {
        using SqliteConnection connection = new($"Data Source={Db};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH $w";
        command.Parameters.AddWithValue("$w", word);
        return (long)command.ExecuteScalar()!;
    }

    // What schema 1 had and schema 2 has not: the triggers, and the version number.
    private static void MakeSchemaOne(string path) => Sql(path, """
        CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
            INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
            INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        PRAGMA user_version = 1;
        """);

    // FTS5 compares its index with the external content table and fails when they differ.
    private static void CheckFullTextIndex(string path) =>
        Sql(path, "INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)");

    private static long Scalar(string path, string sql)
    {
        using SqliteConnection connection = new($"Data Source={path};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Sql(string path, string sql)
    {
        using SqliteConnection connection = new($"Data Source={path};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
