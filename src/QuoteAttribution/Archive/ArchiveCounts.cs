using Microsoft.Data.Sqlite;

namespace QuoteAttribution.Archive;

/// <summary>How much an archive holds, for the summary line of <c>quotes index</c>.</summary>
/// <param name="Articles">Rows of <c>articles</c>.</param>
/// <param name="Statements">Rows of <c>statements</c>.</param>
/// <param name="Speakers">Rows of <c>speakers</c>.</param>
public sealed record ArchiveCounts(long Articles, long Statements, long Speakers)
{
    /// <summary>Counts the rows of <paramref name="archive"/>.</summary>
    public static ArchiveCounts Of(QuoteArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        using SqliteCommand command = archive.Connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements), (SELECT count(*) FROM speakers)";
        using SqliteDataReader reader = command.ExecuteReader();
        reader.Read();
        return new ArchiveCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
