using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace QuoteAttribution.Archive;

/// <summary>
/// One prepared statement run many times with its values bound by position, inside whatever transaction
/// the connection has open. Microsoft.Data.Sqlite looks every parameter up by name on every execution (a
/// UTF-8 copy of the name and a search each), which was a quarter of the managed cost of storing a
/// statement row of 22 values; this binds the same values without the lookups.
/// </summary>
internal sealed class PositionalStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    /// <summary>Prepares <paramref name="sql"/>, whose parameters are <c>?1</c>, <c>?2</c>… in order.</summary>
    public PositionalStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the archive's connection is not open");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Binds text; null binds SQL NULL.</summary>
    public void BindText(int position, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text(_statement, position, value));

    /// <summary>Binds an integer; null binds SQL NULL.</summary>
    public void BindInteger(int position, long? value) =>
        Check(value is long n ? raw.sqlite3_bind_int64(_statement, position, n) : raw.sqlite3_bind_null(_statement, position));

    /// <summary>Binds a real number.</summary>
    public void BindReal(int position, double value) => Check(raw.sqlite3_bind_double(_statement, position, value));

    /// <summary>Runs the statement once with the values bound; throws the database's error (a broken constraint…).</summary>
    public void Execute()
    {
        int result = raw.sqlite3_step(_statement);
        try
        {
            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result, _database);
            }
        }
        finally
        {
            // Ready for the next values; an error is reported above, from the step itself.
            raw.sqlite3_reset(_statement);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _database);
}
