using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Stores;

namespace EsaTls.Core.Pipeline;

public sealed record FileIngestOptions
{
    /// <summary>Configured appliance name for every input (<c>--host</c>).</summary>
    public string? Appliance { get; init; }

    public FramingOptions Framing { get; init; } = new();

    public CorrelatorOptions Correlator { get; init; } = new();

    /// <summary>Commit after this many pending documents…</summary>
    public int BatchDocuments { get; init; } = 5_000;

    /// <summary>…or after this many bytes of input since the last commit.</summary>
    public long BatchBytes { get; init; } = 64L << 20;

    /// <summary>Read from the start even if the checkpoint says the files were read already.</summary>
    public bool Reingest { get; init; }

    public int MaxLineBytes { get; init; } = LineReader.DefaultMaxLineBytes;

    /// <summary>
    /// Read and parse on one thread while another correlates and a third commits. The correlator sees the same
    /// calls in the same order either way, so documents and checkpoints are those of a single-threaded run.
    /// </summary>
    public bool Pipelined { get; init; } = true;
}

/// <summary>One input file and the logical group it belongs to (directory + base name: one log subscription of one appliance).</summary>
public sealed record InputFile(string Path, string Group)
{
    /// <summary>Appliance identity of last resort (design.md §1: the source file name): the group's base name.</summary>
    public string FallbackIdentity => System.IO.Path.GetFileNameWithoutExtension(Group);
}

public sealed record FileProgress(string Path, long Position, long Length, long LinesTotal);

public sealed record IngestOutcome(IngestStats Stats, CorrelatorCounters Correlation, IReadOnlyList<string> Problems, long Commits);

/// <summary>
/// The one-shot backfill: reads files in log order through one correlator and commits documents together
/// with the checkpoint (input offsets + correlator state). Run again on the same files and it resumes where
/// the last commit stopped: nothing is lost, nothing duplicated.
/// </summary>
/// <remarks>
/// Pipelined (the default), reading/framing/parsing (<see cref="InputReader"/>) and correlation
/// (<see cref="CorrelationStage"/>) run on two threads joined by a short bounded queue of
/// <see cref="EventBatch"/>es, and each commit runs in the background while the next batch of documents is
/// collected. Appliances share nothing in the correlator, but one stream orders them all (an interleaved
/// syslog file, a serial learnt from one file used by the next), so correlation stays on one thread.
/// </remarks>
public sealed class FileIngestRunner
{
    /// <summary>Batches waiting between the reading and correlating threads: enough to absorb jitter, few enough to bound memory.</summary>
    private const int QueuedBatches = 8;

    private readonly IMessageSink? _sink;
    private readonly FileIngestOptions _options;
    private readonly IProgress<FileProgress>? _progress;
    private readonly List<string> _problems = [];

    /// <param name="sink">Null: parse and correlate, write nothing (<c>--dry-run</c>).</param>
    public FileIngestRunner(IMessageSink? sink, FileIngestOptions options, IProgress<FileProgress>? progress = null)
    {
        _sink = sink;
        _options = options;
        _progress = progress;
    }

    public IngestStats Stats { get; } = new();

    public async Task<IngestOutcome> RunAsync(IReadOnlyList<InputFile> files, CancellationToken cancellationToken)
    {
        var stage = new CorrelationStage(_sink, _options, background: _options.Pipelined);
        IReadOnlyList<InputPosition> known = [];
        if (_sink is not null && !_options.Reingest)
        {
            known = await RestoreAsync(_sink, stage, cancellationToken).ConfigureAwait(false);
        }
        if (_sink is IBulkLoadSink bulk)
        {
            bulk.BeforeLoad(BytesToRead(files, known));
        }
        if (_options.Pipelined)
        {
            await RunPipelinedAsync(files, known, stage, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Task.Run(() => RunInline(files, known, stage, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        return new IngestOutcome(Stats, stage.Correlator.Counters, _problems, stage.Commits);
    }

    /// <summary>
    /// Estimate of the input still to read: the files' sizes less what the checkpoint says was read. Positions of
    /// files no longer given make it low, which only errs towards keeping the store's indexes during the load.
    /// </summary>
    private static long BytesToRead(IReadOnlyList<InputFile> files, IReadOnlyList<InputPosition> known)
    {
        long total = 0;
        foreach (var file in files)
        {
            try
            {
                total += new FileInfo(file.Path).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Unreadable here means unreadable to the reader too; it reports the file.
            }
        }
        foreach (var position in known)
        {
            total -= position.Offset;
        }
        return Math.Max(0, total);
    }

    /// <summary>Continues from the sink's checkpoint; a damaged one stops the run before anything is read.</summary>
    /// <returns>The saved input positions.</returns>
    /// <exception cref="InvalidDataException">The checkpoint cannot be used.</exception>
    private static async Task<IReadOnlyList<InputPosition>> RestoreAsync(IMessageSink sink, CorrelationStage stage, CancellationToken cancellationToken)
    {
        IngestCheckpoint? checkpoint;
        try
        {
            checkpoint = await sink.LoadCheckpointAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw Damaged(sink, e.Message, e);
        }
        if (checkpoint is null)
        {
            return [];
        }
        // JSON can hold nulls where the record promises values.
        if (checkpoint.Inputs is null || checkpoint.CorrelatorState is null
            || checkpoint.Inputs.Any(p => p?.Key is null || p.Fingerprint is null || p.Offset < 0))
        {
            throw Damaged(sink, "an input position or the correlation state is missing", null);
        }
        try
        {
            stage.Restore(checkpoint);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(sink, e.Message, e);
        }
        return checkpoint.Inputs;
    }

    private static InvalidDataException Damaged(IMessageSink sink, string detail, Exception? inner) =>
        new($"the checkpoint in {sink.Description} is damaged ({detail}); to start over, read the inputs again from the start (--reingest)", inner);

    /// <summary>Makes the error for a damaged saved source state found while reading (null for dry runs: nothing restored).</summary>
    private Func<string, Exception, Exception>? DamagedSource()
    {
        var sink = _sink;
        return sink is null ? null : (detail, inner) => Damaged(sink, detail, inner);
    }

    private void RunInline(IReadOnlyList<InputFile> files, IReadOnlyList<InputPosition> known, CorrelationStage stage, CancellationToken cancellationToken)
    {
        var batch = new EventBatch(_options.BatchDocuments);
        EventBatch Rent()
        {
            batch.Clear();
            return batch;
        }
        var reader = new InputReader(_options, Stats, _problems, _progress, known, Rent, b => stage.Apply(b, cancellationToken), DamagedSource());
        reader.ReadAll(files, cancellationToken);
        stage.Finish(cancellationToken);
    }

    private async Task RunPipelinedAsync(IReadOnlyList<InputFile> files, IReadOnlyList<InputPosition> known, CorrelationStage stage, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        using var full = new BlockingCollection<EventBatch>(QueuedBatches);
        // Batches go back and forth: the reader rents empty ones the correlating thread has finished with.
        var empty = new ConcurrentBag<EventBatch>();
        EventBatch Rent()
        {
            if (!empty.TryTake(out var b))
            {
                return new EventBatch(_options.BatchDocuments);
            }
            b.Clear();
            return b;
        }

        var reading = Task.Factory.StartNew(() =>
        {
            try
            {
                new InputReader(_options, Stats, _problems, _progress, known, Rent, b => full.Add(b, token), DamagedSource()).ReadAll(files, token);
                full.CompleteAdding();
            }
            catch
            {
                // Whatever stopped the reader must stop the correlating thread before it commits a partial end.
                stop.Cancel();
                throw;
            }
        }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var correlating = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var batch in full.GetConsumingEnumerable(token))
                {
                    stage.Apply(batch, token);
                    empty.Add(batch);
                }
                stage.Finish(token);
            }
            catch
            {
                stop.Cancel();
                stage.Abandon();
                throw;
            }
        }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            await Task.WhenAll(reading, correlating).ConfigureAwait(false);
        }
        catch (Exception) when (FirstCause(reading, correlating) is { } cause)
        {
            // Report what went wrong, not the cancellation it caused on the other thread.
            ExceptionDispatchInfo.Throw(cause);
        }
    }

    private static Exception? FirstCause(params Task[] tasks)
    {
        foreach (var task in tasks)
        {
            if (task.Exception is { } aggregate)
            {
                foreach (var e in aggregate.InnerExceptions)
                {
                    if (e is not OperationCanceledException)
                    {
                        return e;
                    }
                }
            }
        }
        return null;
    }
}
