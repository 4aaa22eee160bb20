using System.Globalization;
using Microsoft.Data.Sqlite;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// Opens store files: checks that a file is an esatls store (clear errors otherwise), creates the schema in
/// a new one, and sets the connection options of writers and readers.
/// </summary>
internal static class SqliteStoreFile
{
    private const int SqliteNotADatabase = 26;

    /// <summary>The writer's page cache (<c>PRAGMA cache_size</c>; negative: KiB).</summary>
    public const int WriterCacheSize = -32768;

    /// <summary>
    /// The writer's connection; creates the file and the schema on first use.
    /// Durability: WAL with <c>synchronous=FULL</c>. NORMAL would already survive kill -9 (committed WAL frames
    /// are in the OS before COMMIT returns), but may drop the last commits on power loss or an OS crash;
    /// syslog input cannot be replayed, and CommitAsync promises "when it returns, it is stored". FULL costs
    /// one fsync of the WAL per commit, and commits are batches.
    /// </summary>
    public static SqliteConnection OpenWriter(string path)
    {
        CheckHeader(path);
        var connection = Open(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            // Inspect first: a database that is not ours is refused before anything in it changes.
            var state = Inspect(connection, path);
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "PRAGMA synchronous = FULL");
            // 32 MB of page cache: upserts touch the id index at random places; the default 2 MB thrashes.
            Execute(connection, $"PRAGMA cache_size = {WriterCacheSize}");
            // Statement journals (upserts with triggers keep one per statement) in memory: on disk they cost a
            // temporary file write for every statement that touches more than a few pages.
            Execute(connection, "PRAGMA temp_store = MEMORY");
            if (state == StoreState.Empty)
            {
                CreateSchema(connection, path);
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A reader's connection: the file must exist and be an esatls store; writes are refused.</summary>
    public static SqliteConnection OpenReader(string path)
    {
        if (Directory.Exists(path))
        {
            throw new SqliteStoreException(SqliteStoreProblem.NotAStore, $"'{path}' is a directory, not an esatls store");
        }
        if (!File.Exists(path))
        {
            throw new SqliteStoreException(SqliteStoreProblem.NotFound,
                $"no esatls store at '{path}' (ingest into it first with esatls-ingest, or pass --store PATH)");
        }
        CheckHeader(path);
        // ReadWrite (not ReadOnly): a WAL reader needs the shared-memory file; SQLite falls back to read-only
        // by itself when the file is write-protected. query_only makes sure this connection never writes.
        var connection = Open(path, SqliteOpenMode.ReadWrite);
        try
        {
            Execute(connection, "PRAGMA query_only = 1");
            Execute(connection, "PRAGMA mmap_size = 268435456");
            if (Inspect(connection, path) == StoreState.Empty)
            {
                throw new SqliteStoreException(SqliteStoreProblem.NotAStore,
                    $"'{path}' is an empty database, not an esatls store (nothing has been ingested into it)");
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private enum StoreState { Empty, Current }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // Pooled connections keep the file open after Dispose; a store is opened once per process anyway.
            Pooling = false,
            DefaultTimeout = 60,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new SqliteStoreException(SqliteStoreProblem.CannotOpen, $"cannot open the store '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>Refuses a non-empty file that does not start with the SQLite header before SQLite touches it.</summary>
    private static void CheckHeader(string path)
    {
        if (Directory.Exists(path))
        {
            throw new SqliteStoreException(SqliteStoreProblem.NotAStore, $"'{path}' is a directory, not an esatls store");
        }
        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
        {
            return;
        }
        Span<byte> header = stackalloc byte[16];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SqliteStoreException(SqliteStoreProblem.CannotOpen, $"cannot read the store '{path}': {ex.Message}", ex);
        }
        if (read < header.Length || !header.SequenceEqual("SQLite format 3\0"u8))
        {
            throw new SqliteStoreException(SqliteStoreProblem.NotAStore, $"'{path}' is not an esatls store (not a SQLite database)");
        }
    }

    private static StoreState Inspect(SqliteConnection connection, string path)
    {
        try
        {
            var applicationId = Convert.ToInt64(Scalar(connection, "PRAGMA application_id"), CultureInfo.InvariantCulture);
            var objects = Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_schema"), CultureInfo.InvariantCulture);
            if (applicationId == 0 && objects == 0)
            {
                return StoreState.Empty;
            }
            if (applicationId != SqliteSchema.ApplicationId)
            {
                throw new SqliteStoreException(SqliteStoreProblem.NotAStore,
                    $"'{path}' is not an esatls store (a SQLite database of another application)");
            }
            var version = Scalar(connection, $"SELECT max(version) FROM {SqliteSchema.SchemaTable}");
            if (version is not long v)
            {
                throw new SqliteStoreException(SqliteStoreProblem.NotAStore, $"'{path}' is a damaged esatls store (no schema version)");
            }
            if (v > SqliteSchema.Version)
            {
                throw new SqliteStoreException(SqliteStoreProblem.NewerSchema,
                    $"the store '{path}' has schema version {v}, newer than this build supports ({SqliteSchema.Version}); upgrade esatls");
            }
            // Older versions would be migrated here; version 1 is the first.
            return StoreState.Current;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteNotADatabase)
        {
            throw new SqliteStoreException(SqliteStoreProblem.NotAStore, $"'{path}' is not an esatls store ({ex.Message})", ex);
        }
        catch (SqliteException ex)
        {
            throw new SqliteStoreException(SqliteStoreProblem.NotAStore, $"'{path}' is not a usable esatls store: {ex.Message}", ex);
        }
    }

    private static void CreateSchema(SqliteConnection connection, string path)
    {
        // IMMEDIATE: two writers starting on a new file at once must not both create the schema.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (Inspect(connection, path) != StoreState.Empty)
        {
            return;
        }
        foreach (var statement in SqliteSchema.CreateStatements())
        {
            Execute(connection, statement);
        }
        Execute(connection, $"PRAGMA application_id = {SqliteSchema.ApplicationId}");
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"INSERT INTO {SqliteSchema.SchemaTable} (version, applied_utc, contract_version) VALUES ($v, $at, 1)";
            insert.Parameters.AddWithValue("$v", SqliteSchema.Version);
            insert.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
