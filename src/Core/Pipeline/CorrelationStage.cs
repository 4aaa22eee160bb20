using EsaTls.Core.Correlation;
using EsaTls.Core.Stores;

namespace EsaTls.Core.Pipeline;

/// <summary>
/// The correlating side of a backfill: replays each <see cref="EventBatch"/> on the correlator, collects the
/// documents it emits and, between batches, commits them with the checkpoint of exactly that point (the input
/// positions after the batch and the correlator state saved right then). One commit runs in the background
/// while the next batch of documents is collected; the next commit waits for it, so commits stay in order.
/// </summary>
internal sealed class CorrelationStage
{
    private readonly IMessageSink? _sink;
    private readonly FileIngestOptions _options;
    private readonly bool _background;
    private readonly Dictionary<string, InputPosition> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pendingIndex = new(StringComparer.Ordinal);
    private List<MessageRecord> _pending = [];
    private List<MessageRecord> _spare = [];
    private Task? _inFlight;
    private long _sinceCommit;

    /// <param name="background">Run each commit on the thread pool while correlation goes on; false: commit inline.</param>
    public CorrelationStage(IMessageSink? sink, FileIngestOptions options, bool background)
    {
        _sink = sink;
        _options = options;
        _background = background;
        Correlator = new Correlator(options.Correlator, OnEmit);
    }

    public Correlator Correlator { get; }

    /// <summary>Commits that completed.</summary>
    public long Commits { get; private set; }

    /// <summary>Restores a checkpoint loaded from the sink before any batch is applied.</summary>
    /// <exception cref="InvalidDataException">The correlation state is damaged.</exception>
    public void Restore(IngestCheckpoint checkpoint)
    {
        Correlator.RestoreState(checkpoint.CorrelatorState);
        foreach (var p in checkpoint.Inputs)
        {
            _positions[p.Fingerprint] = p;
        }
    }

    public void Apply(EventBatch batch, CancellationToken cancellationToken)
    {
        foreach (var call in batch.Calls)
        {
            call.ApplyTo(Correlator);
        }
        foreach (var position in batch.Positions)
        {
            _positions[position.Fingerprint] = position;
        }
        _sinceCommit += batch.Bytes;
        if (_pending.Count >= _options.BatchDocuments || _sinceCommit >= _options.BatchBytes)
        {
            Commit(cancellationToken);
        }
    }

    /// <summary>End of input: emits what changed, commits it and waits until every commit is stored.</summary>
    public void Finish(CancellationToken cancellationToken)
    {
        Correlator.FlushAll();
        Commit(cancellationToken);
        WaitForCommit();
    }

    /// <summary>Waits for a commit still running (after a failure elsewhere), ignoring its outcome.</summary>
    public void Abandon()
    {
        try
        {
            WaitForCommit();
        }
        catch (Exception)
        {
            // The run fails already; this commit's failure adds nothing the caller can act on.
        }
    }

    private void OnEmit(MessageRecord record)
    {
        if (_sink is null)
        {
            return;
        }
        if (_pendingIndex.TryGetValue(record.Id, out var index))
        {
            _pending[index] = record;
        }
        else
        {
            _pendingIndex[record.Id] = _pending.Count;
            _pending.Add(record);
        }
    }

    private void Commit(CancellationToken cancellationToken)
    {
        _sinceCommit = 0;
        if (_sink is null)
        {
            return;
        }
        cancellationToken.ThrowIfCancellationRequested();
        var checkpoint = new IngestCheckpoint
        {
            Inputs = [.. _positions.Values],
            CorrelatorState = Correlator.SaveState(),
            SavedUtc = DateTime.UtcNow,
        };
        var records = _pending;
        if (_background)
        {
            // Serialise here, where there is time to spare, not on the thread that writes.
            foreach (var record in records)
            {
                _ = record.Utf8Json;
            }
        }
        // The previous commit's list is free again once that commit is stored.
        WaitForCommit();
        _pending = _spare;
        _pending.Clear();
        _spare = records;
        _pendingIndex.Clear();
        var sink = _sink;
        if (_background)
        {
            _inFlight = Task.Run(() => sink.CommitAsync(records, checkpoint, cancellationToken), cancellationToken);
        }
        else
        {
            sink.CommitAsync(records, checkpoint, cancellationToken).GetAwaiter().GetResult();
            Commits++;
        }
    }

    private void WaitForCommit()
    {
        if (_inFlight is { } running)
        {
            _inFlight = null;
            running.GetAwaiter().GetResult();
            Commits++;
        }
    }
}
