namespace EsaTls.Core.Stores;

/// <summary>
/// Where documents go. <see cref="CommitAsync"/> makes the documents and the checkpoint durable together:
/// when it returns, both are stored; when it throws, neither may be considered stored.
/// Upsert by <see cref="MessageRecord.Id"/>: a later version of a message replaces the earlier one.
/// The caller reuses the <c>records</c> list after the call returns: a sink that keeps records must copy them.
/// </summary>
public interface IMessageSink : IAsyncDisposable
{
    /// <summary>Short description for logs and summaries (never contains secrets).</summary>
    string Description { get; }

    Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken);

    Task CommitAsync(IReadOnlyList<MessageRecord> records, IngestCheckpoint? checkpoint, CancellationToken cancellationToken);
}
