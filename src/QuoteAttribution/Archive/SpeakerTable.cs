using Microsoft.Data.Sqlite;

namespace QuoteAttribution.Archive;

/// <summary>Reads the <c>speakers</c> and <c>aliases</c> tables into an identity, and writes its changes back.</summary>
internal static class SpeakerTable
{
    /// <summary>How the <c>roles</c> and <c>affiliations</c> columns join their values.</summary>
    public const string ListSeparator = "; ";

    /// <summary>Every speaker and alias of the archive, ready to decide new records' ids.</summary>
    public static ArchiveSpeakerIdentity Load(SqliteConnection connection)
    {
        ArchiveSpeakerIdentity identity = new();
        using (SqliteCommand command = connection.CreateCommand())
        {
            command.CommandText = "SELECT speaker_id, name, speaker_type, first_name, roles, affiliations FROM speakers ORDER BY speaker_id";
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                ArchivedSpeaker speaker = new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
                speaker.Roles.UnionWith(Split(reader.GetString(4)));
                speaker.Affiliations.UnionWith(Split(reader.GetString(5)));
                identity.Load(speaker);
            }
        }

        using (SqliteCommand command = connection.CreateCommand())
        {
            command.CommandText = "SELECT alias, speaker_id, reason FROM aliases";
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                identity.Load(new SpeakerAlias(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        return identity;
    }

    /// <summary>Writes the speakers and aliases <paramref name="identity"/> added or changed (inside the caller's transaction).</summary>
    public static void Save(SqliteConnection connection, ArchiveSpeakerIdentity identity)
    {
        if (!identity.HasChanges)
        {
            return;
        }

        (IReadOnlyList<ArchivedSpeaker> speakers, IReadOnlyList<SpeakerAlias> aliases) = identity.TakeChanges();
        using SqliteCommand upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO speakers (speaker_id, name, speaker_type, first_name, surname, roles, affiliations)
            VALUES ($id, $name, $type, $first, $surname, $roles, $affiliations)
            ON CONFLICT (speaker_id) DO UPDATE SET name = excluded.name, first_name = excluded.first_name,
                surname = excluded.surname, roles = excluded.roles, affiliations = excluded.affiliations
            """;
        foreach (ArchivedSpeaker s in speakers)
        {
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$id", s.Id);
            upsert.Parameters.AddWithValue("$name", s.Name);
            upsert.Parameters.AddWithValue("$type", s.Type);
            upsert.Parameters.AddWithValue("$first", s.FirstName);
            upsert.Parameters.AddWithValue("$surname", s.SurnameKeys.FirstOrDefault() ?? "");
            upsert.Parameters.AddWithValue("$roles", string.Join(ListSeparator, s.Roles));
            upsert.Parameters.AddWithValue("$affiliations", string.Join(ListSeparator, s.Affiliations));
            upsert.ExecuteNonQuery();
        }

        using SqliteCommand alias = connection.CreateCommand();
        alias.CommandText = "INSERT OR REPLACE INTO aliases (alias, speaker_id, reason) VALUES ($alias, $id, $reason)";
        foreach (SpeakerAlias a in aliases)
        {
            alias.Parameters.Clear();
            alias.Parameters.AddWithValue("$alias", a.Alias);
            alias.Parameters.AddWithValue("$id", a.SpeakerId);
            alias.Parameters.AddWithValue("$reason", a.Reason);
            alias.ExecuteNonQuery();
        }
    }

    private static string[] Split(string joined) =>
        joined.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
