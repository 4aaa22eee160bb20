using EsaTls.Core.Contract;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// <see cref="IMessageSink"/> for Elasticsearch 8/9 and OpenSearch 2: records go through bounded queues to
/// parallel <c>_bulk</c> senders (monthly index, deterministic <c>_id</c>, so a later version replaces the
/// earlier one). <see cref="CommitAsync"/> returns only when every record of the commit is acknowledged by
/// the cluster or written to the dead-letter file, and only then saves the checkpoint (atomically, in the
/// state folder next to the dead-letter file). A full queue makes the caller wait; nothing is held without
/// bound, nothing is skipped: requests that fail as a whole are repeated, item failures are retried or
/// dead-lettered and counted.
/// </summary>
public sealed class SearchMessageSink : IMessageSink
{
    private readonly SearchConnection connection;
    private readonly SearchSinkOptions options;
    private readonly StateFiles files;
    private readonly SinkShared shared;
    private readonly BulkSender[] senders;
    private readonly SemaphoreSlim checkpointGate = new(1, 1);
    private long commitSequence;
    private long savedSequence;
    private int disposed;

    private SearchMessageSink(SearchConnection connection, SearchSinkOptions options, StateFiles files)
    {
        this.connection = connection;
        this.options = options;
        this.files = files;
        shared = new SinkShared(connection, options, files);
        var count = Math.Clamp(options.Senders, 1, 8);
        senders = new BulkSender[count];
        for (var i = 0; i < count; i++)
        {
            senders[i] = new BulkSender(connection, options, shared, Math.Max(1, options.QueueCapacity / count));
        }
    }

    /// <summary>Connects (engine and version check), opens the state folder and starts the senders.</summary>
    public static async Task<SearchMessageSink> CreateAsync(SearchConnection connection, SearchSinkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxBatchDocuments < 1 || options.MaxBatchBytes < 1 || options.QueueCapacity < 1 || options.MaxItemAttempts < 1)
        {
            throw new SearchConfigurationException("batch size, batch bytes, queue capacity and item attempts must be positive");
        }
        await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var files = new StateFiles(options.StateDirectory);
        return new SearchMessageSink(connection, options, files);
    }

    public string Description => $"{connection.Description} (state in {files.Directory})";

    public string CheckpointPath => files.CheckpointPath;

    public string DeadLetterPath => files.DeadLetterPath;

    public SearchSinkStats Stats => shared.Stats;

    public Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken) =>
        files.LoadCheckpointAsync(connection.Cluster?.ClusterUuid, cancellationToken);

    public async Task CommitAsync(IReadOnlyList<MessageRecord> records, IngestCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        ThrowIfFaulted();
        var sequence = Interlocked.Increment(ref commitSequence);
        if (records.Count > 0)
        {
            var tracker = new CommitTracker(records.Count);
            var touched = new bool[senders.Length];
            foreach (var record in records)
            {
                var bytes = record.Utf8Json;
                var at = Route(record.Id);
                touched[at] = true;
                // Waits here when the sender's queue is full: back-pressure on the reader of the logs.
                await senders[at].EnqueueAsync(new BulkItem(record.Index, record.Id, bytes, tracker), cancellationToken).ConfigureAwait(false);
            }
            for (var i = 0; i < senders.Length; i++)
            {
                if (touched[i])
                {
                    await senders[i].EnqueueAsync(BulkItem.Flush, cancellationToken).ConfigureAwait(false);
                }
            }
            await tracker.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (tracker.AnyDeadLettered)
            {
                files.SyncDeadLetters();
            }
        }
        if (checkpoint is null)
        {
            return;
        }
        await checkpointGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Commits that overlap must not move the checkpoint backwards.
            if (sequence > savedSequence)
            {
                await files.SaveCheckpointAsync(checkpoint, connection.Cluster?.ClusterUuid, cancellationToken).ConfigureAwait(false);
                savedSequence = sequence;
            }
        }
        finally
        {
            checkpointGate.Release();
        }
    }

    private void ThrowIfFaulted()
    {
        if (shared.Fault is { } fault)
        {
            throw new SearchRequestException("the search sink stopped after an earlier error: " + fault.Message, (fault as SearchRequestException)?.Status, fault);
        }
    }

    /// <summary>Same id, same sender: FNV-1a over the id, stable across runs.</summary>
    private int Route(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % (uint)senders.Length);
    }

    /// <summary>Sends what is queued (waiting up to <see cref="SearchSinkOptions.DisposeTimeout"/>), then closes the state files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }
        foreach (var s in senders)
        {
            s.Complete();
        }
        var all = Task.WhenAll(senders.Select(s => s.Completion));
        if (await Task.WhenAny(all, Task.Delay(options.DisposeTimeout)).ConfigureAwait(false) != all)
        {
            await shared.Abort.CancelAsync().ConfigureAwait(false);
            shared.Warn($"gave up sending queued documents after {options.DisposeTimeout}; they were not committed and will be read again");
        }
        try
        {
            await all.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Abandoned on purpose above.
        }
        shared.Abort.Dispose();
        files.Dispose();
        checkpointGate.Dispose();
    }
}
