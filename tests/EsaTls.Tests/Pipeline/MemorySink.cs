using EsaTls.Core.Stores;

namespace EsaTls.Tests.Pipeline;

/// <summary>A sink that keeps the latest version of every document and the last checkpoint, like a store would.</summary>
internal sealed class MemorySink : IMessageSink
{
    public Dictionary<string, MessageRecord> Documents { get; } = [];
    public IngestCheckpoint? Checkpoint { get; private set; }
    public int Commits { get; private set; }

    /// <summary>Throw on the commit with this number (1-based), to simulate a crash mid-run.</summary>
    public int? FailOnCommit { get; set; }

    public string Description => "memory";

    public Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken) => Task.FromResult(Checkpoint);

    public Task CommitAsync(IReadOnlyList<MessageRecord> records, IngestCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        if (FailOnCommit == Commits + 1)
        {
            FailOnCommit = null;
            throw new IOException("simulated crash before the commit");
        }
        foreach (var r in records)
        {
            Documents[r.Id] = r;
        }
        Checkpoint = checkpoint ?? Checkpoint;
        Commits++;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
