using Microsoft.Data.Sqlite;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// The embedded store's sink: one connection, one transaction per <see cref="CommitAsync"/> holding the
/// documents (upserted by id, side-table rows replaced) and the checkpoint, with prepared commands reused
/// across records and commits. Readers (<see cref="SqliteQueryBackend"/>) can query while it writes (WAL).
/// </summary>
public sealed class SqliteMessageStore : IMessageSink
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteWriteCommands _commands;

    private SqliteMessageStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
        _commands = new SqliteWriteCommands(connection);
    }

    public string Path { get; }

    public string Description => $"SQLite store {Path}";

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and schema when needed.</summary>
    /// <exception cref="SqliteStoreException">The file is not an esatls store or cannot be opened.</exception>
    public static Task<SqliteMessageStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new SqliteStoreException(SqliteStoreProblem.CannotOpen, $"cannot create the store '{path}': directory '{directory}' does not exist");
        }
        return Task.FromResult(new SqliteMessageStore(path, SqliteStoreFile.OpenWriter(path)));
    }

    public async Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT json FROM {SqliteSchema.CheckpointTable} WHERE slot = 1";
            return command.ExecuteScalar() is string json ? IngestCheckpoint.FromJson(json) : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stores all <paramref name="records"/> and the checkpoint in one transaction. A null checkpoint leaves
    /// the stored one as it is. On any failure or cancellation nothing of this call is stored.
    /// </summary>
    public async Task CommitAsync(IReadOnlyList<MessageRecord> records, IngestCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            foreach (var record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _commands.Upsert(record);
            }
            if (checkpoint is not null)
            {
                _commands.SaveCheckpoint(checkpoint);
            }
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _commands.Dispose();
            try
            {
                // Keeps planner statistics current (bounded work); a failure here must not hide the data.
                SqliteStoreFile.Execute(_connection, "PRAGMA analysis_limit = 1000");
                SqliteStoreFile.Execute(_connection, "PRAGMA optimize");
            }
            catch (SqliteException)
            {
            }
            await _connection.DisposeAsync();
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }
}

