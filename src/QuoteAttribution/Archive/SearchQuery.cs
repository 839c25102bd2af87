using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Archive;

/// <summary>
/// Turns an <see cref="ArchiveSearch"/> into one SELECT whose rows come in archive order (row id order,
/// see <see cref="StatementRows.Id"/>) and whose first N are found without sorting every match:
/// <list type="bullet">
/// <item>words: the full-text index drives; FTS5 yields its matches in row id order, so a limit stops the scan;</item>
/// <item>words with a speaker or dates that hold few statements: that index gives the few, the full-text
/// index is asked once per article among them (a row id range: an article's statements are consecutive
/// row ids), and only the statements in both are read and sorted;</item>
/// <item>no words: the table drives in row id order (or the speaker's or dates' index, then a sort of those).</item>
/// </list>
/// </summary>
internal sealed class SearchQuery
{
    // Up to this many statements of the speaker and dates, a seek per article among them beats scanning the
    // words' matches (1,000,000 statements, two cores: about 0.1 ms a seek, while a common word has 100,000s of matches).
    private const int FewStatements = 5_000;

    private const string FromStatements = " FROM statements AS s";
    private const string FromMatches = " FROM statements_fts AS f JOIN statements AS s ON s.id = f.rowid";

    private readonly List<(string Name, string Value)> _parameters = [];
    private readonly List<string> _narrowing = [];
    private readonly List<string> _filters = [];

    private SearchQuery(ArchiveSearch search)
    {
        if (search.Speaker is { } speaker)
        {
            // The query may be an id, an alias (an older id, or a name's slug), the full name, or a surname.
            _parameters.Add(("$speaker", speaker.Trim()));
            _parameters.Add(("$slug", SpeakerIds.Slug(PersonNames.StripTitles(speaker))));
            _narrowing.Add("""
                s.speaker_id IN (SELECT speaker_id FROM speakers WHERE speaker_id = $slug OR surname = $slug OR name = $speaker COLLATE NOCASE
                    UNION SELECT speaker_id FROM aliases WHERE alias = $slug)
                """);
        }

        if (search.From is { } from)
        {
            _parameters.Add(("$from", RecordFields.Date(from)));
            _narrowing.Add("s.date <> '' AND s.date >= $from");
        }

        if (search.To is { } to)
        {
            _parameters.Add(("$to", RecordFields.Date(to)));
            _narrowing.Add("s.date <> '' AND s.date <= $to");
        }

        if (search.Kind is { } kind)
        {
            _parameters.Add(("$kind", RecordFields.Lower(kind)));
            _filters.Add("s.kind = $kind");
        }
    }

    /// <summary>Sets <paramref name="command"/>'s text and parameters to find <paramref name="search"/>'s records.</summary>
    public static void Prepare(SqliteCommand command, ArchiveSearch search)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(search);
        SearchQuery query = new(search);
        string limit = search.Limit is int n ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {n}") : "";
        List<string> conditions = [.. query._narrowing, .. query._filters];
        string sql;
        if (search.MatchExpression() is not { } match)
        {
            sql = Select(FromStatements, conditions, " ORDER BY s.id" + limit);
        }
        else
        {
            query._parameters.Add(("$match", match));
            sql = query._narrowing.Count > 0 && query.HoldsFewStatements(command.Connection!)
                ? query.FewArticlesFirst() + Select(FromStatements, ["s.id IN (SELECT id FROM matches)", "s.id IN (SELECT id FROM few)", .. query._filters], " ORDER BY s.id" + limit)
                : Select(FromMatches, ["statements_fts MATCH $match", .. conditions], " ORDER BY f.rowid" + limit);
        }

        command.CommandText = sql;
        query.AddParameters(command);
    }

    private static string Select(string from, List<string> conditions, string tail)
    {
        StringBuilder sql = new StringBuilder("SELECT ").Append(StatementRows.Columns).Append(from);
        for (int i = 0; i < conditions.Count; i++)
        {
            sql.Append(i == 0 ? " WHERE " : " AND ").Append(conditions[i]);
        }

        return sql.Append(tail).ToString();
    }

    // The few statements of the speaker and dates (their index holds the row ids, so the table is not read),
    // the first row id of each of their articles, and the words' matches within those articles: one full-text
    // seek per article instead of one per statement (a week of news is some 100 articles of 1,000 statements).
    // CROSS JOIN keeps the articles outside: SQLite 3.53 would otherwise scan every match of a common word.
    private string FewArticlesFirst() => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        WITH few (id) AS (SELECT s.id FROM statements AS s WHERE {string.Join(" AND ", _narrowing)}),
        articles (first) AS (SELECT DISTINCT id - id % {StatementRows.StatementsPerArticle} FROM few),
        matches (id) AS (SELECT f.rowid FROM articles CROSS JOIN statements_fts AS f
            WHERE statements_fts MATCH $match AND f.rowid BETWEEN articles.first AND articles.first + {StatementRows.StatementsPerArticle - 1})

        """);

    // Counts the speaker's and dates' statements only as far as the threshold, so the test itself stays cheap.
    private bool HoldsFewStatements(SqliteConnection connection)
    {
        using SqliteCommand count = connection.CreateCommand();
        count.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT count(*) FROM (SELECT 1 FROM statements AS s WHERE {string.Join(" AND ", _narrowing)} LIMIT {FewStatements + 1})");
        AddParameters(count);
        return (long)count.ExecuteScalar()! <= FewStatements;
    }

    private void AddParameters(SqliteCommand command)
    {
        foreach ((string name, string value) in _parameters)
        {
            // Only the parameters the text names: the count has no $match.
            if (command.CommandText.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(name, value);
            }
        }
    }
}
