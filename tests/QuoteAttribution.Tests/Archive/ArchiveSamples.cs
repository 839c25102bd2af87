using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using QuoteAttribution.Archive;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Tests.Archive;

/// <summary>Invented articles and records for the archive tests, and a dump of an archive's rows to compare two archives.</summary>
internal static class ArchiveSamples
{
    public static IReadOnlyDictionary<string, string> Articles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["velden.txt"] = "ROME, March 3 - Foreign Minister Mara Velden said on Tuesday that the harbour talks had stalled.\n\n" +
            "\"We will not sign a bad deal,\" Velden told reporters.\n\nThe port authority said the cranes would stay idle.\n",
        ["river.txt"] = "\"The river is rising faster than we planned for,\" Velden said.\n\nThe minister said the levee would hold.\n",
        ["farm.txt"] = "Rupert Jones, a farmer in Dorrow, said the rain came too late.\n\n\"We lost half the barley,\" Jones said.\n",
        ["embassy.txt"] = "Stuart Jones, the ambassador of Freland, said the talks would resume.\n\n\"Nothing is agreed,\" Jones told reporters.\n",
    };

    /// <summary>A record of <paramref name="article"/> spoken by <paramref name="speaker"/>.</summary>
    public static QuoteRecord Record(
        string article, int n, string speaker, SpeakerType type = SpeakerType.Person, string role = "", string affiliation = "") => new()
        {
            Article = article,
            QuoteId = $"{article}#{n}",
            Kind = StatementKind.Direct,
            Text = $"words number {n} of {article}",
            Start = n * 10,
            End = n * 10 + 5,
            Speaker = speaker,
            SpeakerType = type,
            Role = role,
            Affiliation = affiliation,
            Confidence = 0.9,
        };

    public static ArchivedArticle Article(string id, string text, params QuoteRecord[] records) =>
        new(id, id + ".txt", "", "", text, [.. records]);

    /// <summary>Every row that says something about the archive's content, in a stable order (no row ids, texts or origins).</summary>
    public static string Dump(string path)
    {
        using SqliteConnection connection = new($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return string.Join(
            "\n",
            Rows(connection, "SELECT article, seq, title, date, records_hash FROM articles ORDER BY seq"),
            Rows(connection, "SELECT article, n, quote_id, kind, text, start, \"end\", speaker, speaker_id, speaker_type, speaker_mention, speaker_start, speaker_end, role, affiliation, cue, addressee, date, rule, confidence FROM statements ORDER BY article, n"),
            Rows(connection, "SELECT * FROM speakers ORDER BY speaker_id"),
            Rows(connection, "SELECT * FROM aliases ORDER BY alias"));
    }

    public static long Count(string path, string table)
    {
        using SqliteConnection connection = new($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    public static ImmutableArray<string> SpeakerIds(string path, string article)
    {
        using SqliteConnection connection = new($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT speaker_id FROM statements WHERE article = $a ORDER BY n";
        command.Parameters.AddWithValue("$a", article);
        using SqliteDataReader reader = command.ExecuteReader();
        ImmutableArray<string>.Builder ids = ImmutableArray.CreateBuilder<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids.ToImmutable();
    }

    private static string Rows(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        List<string> rows = [];
        while (reader.Read())
        {
            object[] values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join("|", values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        return string.Join("\n", rows);
    }
}
