using Microsoft.Data.Sqlite;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>When <c>files</c> builds the secondary indexes after the load instead of during it (<see cref="SqliteDeferredIndexes"/>).</summary>
public enum SqliteBulkLoad
{
    /// <summary>Keep every index during the load (the worker, small additions to a large store).</summary>
    Never,
    /// <summary>Defer into an empty store, or when the input to read is at least as large as the store file.</summary>
    Auto,
    Always,
}

/// <summary>
/// The embedded store's sink: one connection, one transaction per <see cref="CommitAsync"/> holding the
/// documents (upserted by id, side-table rows replaced) and the checkpoint, with prepared commands reused
/// across records and commits. Readers (<see cref="SqliteQueryBackend"/>) can query while it writes (WAL).
/// </summary>
public sealed class SqliteMessageStore : IBulkLoadSink
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteWriteCommands _commands;
    private readonly SqliteBulkLoad _bulkLoad;

    private SqliteMessageStore(string path, SqliteConnection connection, SqliteBulkLoad bulkLoad)
    {
        Path = path;
        _connection = connection;
        _bulkLoad = bulkLoad;
        _commands = new SqliteWriteCommands(connection);
    }

    public string Path { get; }

    /// <summary>True once <see cref="BeforeLoad"/> deferred the indexes; they are built when the store is disposed.</summary>
    public bool Deferred { get; private set; }

    /// <summary>Time spent building deferred indexes, or those an interrupted bulk load left missing (when the store was opened or disposed).</summary>
    public TimeSpan IndexBuildTime { get; private set; }

    public string Description => $"SQLite store {Path}";

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and schema when needed.</summary>
    /// <exception cref="SqliteStoreException">The file is not an esatls store or cannot be opened.</exception>
    public static Task<SqliteMessageStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, SqliteBulkLoad.Never, cancellationToken);

    /// <summary>Opens the store at <paramref name="path"/>; <paramref name="bulkLoad"/> says whether <see cref="BeforeLoad"/> may defer indexes.</summary>
    /// <exception cref="SqliteStoreException">The file is not an esatls store or cannot be opened.</exception>
    public static Task<SqliteMessageStore> OpenAsync(string path, SqliteBulkLoad bulkLoad, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new SqliteStoreException(SqliteStoreProblem.CannotOpen, $"cannot create the store '{path}': directory '{directory}' does not exist");
        }
        var connection = SqliteStoreFile.OpenWriter(path);
        try
        {
            // A writer that keeps its indexes finishes a bulk load that was interrupted before it goes on.
            var rebuilt = TimeSpan.Zero;
            if (bulkLoad == SqliteBulkLoad.Never && !SqliteDeferredIndexes.IsComplete(connection))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    SqliteDeferredIndexes.Complete(connection);
                }
                catch (SqliteException e)
                {
                    throw Failed($"could not build the indexes of the store {path} (its last bulk load did not finish)", e);
                }
                rebuilt = clock.Elapsed;
            }
            return Task.FromResult(new SqliteMessageStore(path, connection, bulkLoad) { IndexBuildTime = rebuilt });
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void BeforeLoad(long inputBytes)
    {
        _gate.Wait();
        try
        {
            if (!Deferred && (_bulkLoad == SqliteBulkLoad.Always || (_bulkLoad == SqliteBulkLoad.Auto && LargeComparedWithStore(inputBytes))))
            {
                SqliteDeferredIndexes.Defer(_connection);
                Deferred = true;
            }
        }
        catch (SqliteException e)
        {
            throw Failed($"could not prepare the bulk load of the store {Path}", e);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The checkpoint of the store at <paramref name="path"/>, read over a read-only connection: no write lock, and
    /// no index build when a bulk load was interrupted (<c>status</c> runs beside the worker).
    /// </summary>
    /// <exception cref="SqliteStoreException">No store at the path, or not an esatls store.</exception>
    /// <exception cref="StoreWriteException">The store cannot be read.</exception>
    public static IngestCheckpoint? ReadCheckpoint(string path)
    {
        using var connection = SqliteStoreFile.OpenReader(path);
        return ReadCheckpoint(connection, path);
    }

    private static IngestCheckpoint? ReadCheckpoint(SqliteConnection connection, string path)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT json FROM {SqliteSchema.CheckpointTable} WHERE slot = 1";
            return command.ExecuteScalar() is string json ? IngestCheckpoint.FromJson(json) : null;
        }
        catch (SqliteException e)
        {
            throw Failed($"could not read the checkpoint of the store {path}", e);
        }
    }

    public async Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return ReadCheckpoint(_connection, Path);
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
        catch (SqliteException e)
        {
            throw Failed($"could not write to the store {Path}", e, "nothing of this commit was stored, and the next run resumes after the last one");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The failure as the command lines report it: what could not be done, why, and what follows from it.</summary>
    private static StoreWriteException Failed(string what, SqliteException e, string? consequence = null) =>
        new($"{what}: {e.Message.TrimEnd('.')}{(consequence is null ? "" : "; " + consequence)}", e);

    /// <summary>Caps the file at <paramref name="pages"/> pages (<c>PRAGMA max_page_count</c>): a full disk, on demand.</summary>
    internal void LimitPages(long pages) => SqliteStoreFile.Execute(_connection, $"PRAGMA max_page_count = {pages}");

    /// <summary>
    /// Rebuilding the indexes costs about half of what keeping them costs per document written (one sort against
    /// random inserts into eight b-trees), so deferring pays from an input about as large as the store.
    /// </summary>
    private bool LargeComparedWithStore(long inputBytes)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {SqliteSchema.Messages})";
        var empty = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0;
        return empty || inputBytes >= new FileInfo(System.IO.Path.GetFullPath(Path)).Length;
    }

    /// <summary>Why the indexes could not be built when the store was disposed (the next writer builds them), or null.</summary>
    public string? IndexBuildProblem { get; private set; }

    private bool _leaveIndexes;

    /// <summary>Dispose without building the deferred indexes (an interrupted load): the next writer builds them.</summary>
    public void LeaveIndexesToNextWriter() => _leaveIndexes = true;

    private void CompleteIndexes()
    {
        if (_leaveIndexes)
        {
            return;
        }
        try
        {
            if (Deferred || !SqliteDeferredIndexes.IsComplete(_connection))
            {
                // Also after a failed or cancelled load: readers need the indexes and the counts.
                var clock = System.Diagnostics.Stopwatch.StartNew();
                SqliteDeferredIndexes.Complete(_connection);
                IndexBuildTime += clock.Elapsed;
            }
        }
        catch (SqliteException e)
        {
            // The documents are stored; queries answer without the indexes until the next writer builds them.
            IndexBuildProblem = $"the indexes of {Path} could not be built ({e.Message}); the next esatls-ingest run on it builds them";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _commands.Dispose();
            CompleteIndexes();
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

