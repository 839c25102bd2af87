using Microsoft.Data.Sqlite;
using NUnit.Framework;
using QuoteAttribution.Archive;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;
using QuoteAttribution.Tests.Support;
using static QuoteAttribution.Tests.Archive.ArchiveSamples;

namespace QuoteAttribution.Tests.Archive;

public sealed class ArchiveReaderTests : TempFolderTest
{
    private string Db => Folder.File("quotes.db");

    [Test]
    public void ArticleUpdatedLater_KeepsItsPlaceInExportAndInLimitedSearch()
    {
        // Arrange: "a" is stored first, then "b", then "a" again with new statements.
        Store(Article("a", "v1", Said("a", 1, "the harbour stays closed")));
        Store(Article("b", "v1", Said("b", 1, "the harbour reopens"), Said("b", 2, "the harbour is busy")));
        Store(Article("a", "v2", Said("a", 1, "the harbour stays shut"), Said("a", 2, "no ship leaves the harbour")));

        // Act
        IReadOnlyList<string> all = Ids(new ArchiveSearch());
        IReadOnlyList<string> firstThree = Ids(new ArchiveSearch(Text: "harbour", Limit: 3));

        // Assert
        Assert.That(all, Is.EqualTo(new[] { "a#1", "a#2", "b#1", "b#2" }));
        Assert.That(firstThree, Is.EqualTo(new[] { "a#1", "a#2", "b#1" }));
    }

    [Test]
    public void WordsAndAFewStatementsOfOneSpeaker_OnlyStatementsInBothInArchiveOrder()
    {
        // Arrange: the word is said in the speaker's articles by others too, and the speaker says other things.
        Store(
            Article("a", "x", Said("a", 1, "rain again", "Mara Velden"), Said("a", 2, "rain again", "Tomas Brandt"), Said("a", 3, "sun at last", "Tomas Brandt")),
            Article("b", "y", Said("b", 1, "rain all week", "Mara Velden"), Said("b", 2, "a dry spell", "Tomas Brandt")),
            Article("c", "z", Said("c", 1, "no sun", "Mara Velden"), Said("c", 2, "rain, rain", "Tomas Brandt"), Said("c", 3, "more rain", "Tomas Brandt")));

        // Act
        IReadOnlyList<string> ids = Ids(new ArchiveSearch(Text: "rain", Speaker: "Brandt"));
        IReadOnlyList<string> twoWords = Ids(new ArchiveSearch(Text: "rain again", Speaker: "Brandt"));
        IReadOnlyList<string> kind = Ids(new ArchiveSearch(Text: "rain", Speaker: "Brandt", Kind: StatementKind.Indirect));

        // Assert
        Assert.That(ids, Is.EqualTo(new[] { "a#2", "c#2", "c#3" }));
        Assert.That(twoWords, Is.EqualTo(new[] { "a#2" }));
        Assert.That(kind, Is.Empty);
    }

    [Test]
    public void OpenForReading_ReadsButCannotWrite()
    {
        // Arrange
        Store(Article("a", "x", Said("a", 1, "the harbour stays closed")));
        using QuoteArchive archive = QuoteArchive.OpenForReading(Db);
        using SqliteCommand write = archive.Connection.CreateCommand();
        write.CommandText = "DELETE FROM statements";

        // Act
        SqliteException? e = Assert.Throws<SqliteException>(() => write.ExecuteNonQuery());

        // Assert: SQLITE_READONLY, and the reader still reads.
        Assert.That(e!.SqliteErrorCode, Is.EqualTo(8));
        Assert.That(new ArchiveReader(archive).All().Select(r => r.QuoteId), Is.EqualTo(new[] { "a#1" }));
    }

    [Test]
    public void LimitWithFilters_FirstMatchesInArchiveOrder()
    {
        // Arrange: matches of the word by two speakers, interleaved over three articles.
        Store(Article("a", "x", Said("a", 1, "rain again", "Mara Velden"), Said("a", 2, "rain again", "Tomas Brandt")));
        Store(Article("b", "y", Said("b", 1, "rain again", "Tomas Brandt"), Said("b", 2, "sun at last", "Tomas Brandt")));
        Store(Article("c", "z", Said("c", 1, "rain again", "Tomas Brandt")));

        // Act
        IReadOnlyList<string> ids = Ids(new ArchiveSearch(Text: "rain", Speaker: "Brandt", Limit: 2));

        // Assert
        Assert.That(ids, Is.EqualTo(new[] { "a#2", "b#1" }));
    }

    [Test]
    public void WriterInTheMiddleOfABatch_ReaderSeesTheLastCommittedArchiveWithoutWaiting()
    {
        // Arrange: a writer holds an open transaction with a new article, as 'index' does during a batch.
        Store(Article("a", "x", Said("a", 1, "the harbour stays closed")));
        using SqliteConnection writer = new($"Data Source={Db};Pooling=False");
        writer.Open();
        using SqliteTransaction batch = writer.BeginTransaction();
        using (SqliteCommand insert = writer.CreateCommand())
        {
            insert.CommandText = "INSERT INTO articles (article, seq, origin, title, date, text_hash, records_hash) VALUES ('b', 2, '', '', '', '', '')";
            insert.ExecuteNonQuery();
        }

        // Act
        using QuoteArchive archive = QuoteArchive.OpenForReading(Db);
        ArchiveCounts counts = ArchiveCounts.Of(archive);
        int found = new ArchiveReader(archive).Records(new ArchiveSearch(Text: "harbour")).Count();

        // Assert
        Assert.That(counts.Articles, Is.EqualTo(1));
        Assert.That(found, Is.EqualTo(1));
    }

    private static QuoteRecord Said(string article, int n, string text, string speaker = "Mara Velden") =>
        Record(article, n, speaker) with { Text = text };

    private void Store(params ArchivedArticle[] batch)
    {
        using QuoteArchive archive = QuoteArchive.OpenForWriting(Db);
        new ArchiveIndexer(archive).Store(batch);
    }

    private List<string> Ids(ArchiveSearch search)
    {
        using QuoteArchive archive = QuoteArchive.OpenForReading(Db);
        return [.. new ArchiveReader(archive).Records(search).Select(r => r.QuoteId)];
    }
}
