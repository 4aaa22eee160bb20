namespace EsaTls.Core.Stores.Search;

/// <summary>Tuning and local files of <see cref="SearchMessageSink"/>. The defaults suit a worker on a small host.</summary>
public sealed record SearchSinkOptions
{
    public const string CheckpointFileName = "checkpoint.json";
    public const string DeadLetterFileName = "dead-letter.ndjson";

    /// <summary>Folder for the checkpoint and the dead-letter file (created if missing; one writer at a time).</summary>
    public required string StateDirectory { get; init; }

    /// <summary>Parallel bulk senders (1–8; 2 by default). Records are routed by id, so versions of a message stay in order.</summary>
    public int Senders { get; init; } = 2;

    public int MaxBatchDocuments { get; init; } = 1000;

    public int MaxBatchBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>A partial batch is sent when its oldest record waited this long (commits flush at once anyway).</summary>
    public TimeSpan MaxBatchAge { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Records queued ahead of the senders; a full queue makes <c>CommitAsync</c> wait (back-pressure).</summary>
    public int QueueCapacity { get; init; } = 4000;

    /// <summary>Attempts for an item the cluster answers 429 or 5xx before it goes to the dead-letter file.</summary>
    public int MaxItemAttempts { get; init; } = 8;

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whole-request failures (no answer, 429, 502/503/504) are retried until this much time passed without
    /// success; then the commit fails and the checkpoint stays where it was. Null: retry until cancelled.
    /// </summary>
    public TimeSpan? GiveUpAfter { get; init; }

    /// <summary>How long disposal waits for queued records to be sent before abandoning them (they were never committed).</summary>
    public TimeSpan DisposeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Non-fatal conditions worth a log line (messages hold no secrets).</summary>
    public Action<string>? OnWarning { get; init; }
}

/// <summary>Counters for the stats line. <see cref="Sent"/> counts items the cluster acknowledged.</summary>
public sealed record SearchSinkStats(long Sent, long Retried, long DeadLettered, long Batches, long Bytes);
