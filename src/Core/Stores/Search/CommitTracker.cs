namespace EsaTls.Core.Stores.Search;

/// <summary>Counts down the records of one commit; completes when each is acknowledged or dead-lettered.</summary>
internal sealed class CommitTracker(int count)
{
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int remaining = count;
    private int deadLettered;

    public Task Task => completion.Task;

    public bool AnyDeadLettered => Volatile.Read(ref deadLettered) > 0;

    public void Done(bool wasDeadLettered)
    {
        if (wasDeadLettered)
        {
            Interlocked.Increment(ref deadLettered);
        }
        if (Interlocked.Decrement(ref remaining) == 0)
        {
            completion.TrySetResult();
        }
    }

    public void Fail(Exception error) => completion.TrySetException(error);
}

/// <summary>One record on its way to the cluster.</summary>
internal sealed class BulkItem(string index, string id, byte[] document, CommitTracker? tracker)
{
    /// <summary>Marker that asks a sender to send what it holds now (end of a commit).</summary>
    public static readonly BulkItem Flush = new("", "", [], null);

    public string Index { get; } = index;
    public string Id { get; } = id;
    public byte[] Document { get; } = document;

    /// <summary>Commits waiting on this entry: one, or more when a newer version replaced an older one in a batch.</summary>
    public List<CommitTracker> Trackers { get; } = tracker is null ? [] : [tracker];

    public int Attempts { get; set; }

    public int Size => Document.Length + Index.Length + Id.Length + 40;
}
