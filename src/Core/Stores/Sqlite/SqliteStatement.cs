using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// A prepared statement driven through the native API on the writer's connection. The write path runs a
/// dozen statements per document: binding typed values (UTF-8 JSON without a UTF-16 detour) and stepping
/// directly avoids the per-execution data reader, boxing and parameter bookkeeping of ADO.NET commands.
/// Errors surface as <see cref="SqliteException"/>, as with the commands. Parameters are 1-based.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, string? value)
    {
        var rc = value is null ? raw.sqlite3_bind_null(_statement, index)
            // An empty span has no address, which SQLite would read as NULL.
            : value.Length == 0 ? raw.sqlite3_bind_text(_statement, index, "")
            : raw.sqlite3_bind_text16(_statement, index, value.AsSpan());
        Check(rc);
    }

    /// <summary>Binds UTF-8 bytes as TEXT (not a BLOB).</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> value) =>
        Check(value.IsEmpty ? raw.sqlite3_bind_text(_statement, index, "") : raw.sqlite3_bind_text(_statement, index, value));

    /// <summary>Runs the statement to completion (rows, if any, are ignored).</summary>
    public void Execute()
    {
        int rc;
        do
        {
            rc = raw.sqlite3_step(_statement);
        }
        while (rc == raw.SQLITE_ROW);
        Finish(rc);
    }

    /// <summary>Runs the statement and returns the first column of its first row as an integer; null when there is no row.</summary>
    public long? ScalarInt64()
    {
        var rc = raw.sqlite3_step(_statement);
        long? value = rc == raw.SQLITE_ROW ? raw.sqlite3_column_int64(_statement, 0) : null;
        while (rc == raw.SQLITE_ROW)
        {
            rc = raw.sqlite3_step(_statement);
        }
        Finish(rc);
        return value;
    }

    public void Dispose() => _statement.Dispose();

    private void Finish(int rc)
    {
        // Reset keeps the bindings; every use binds all parameters again.
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
