using EsaTls.Core.Contract;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Sources;
using EsaTls.Tests.LogGen;

namespace EsaTls.Tests.Pipeline;

/// <summary>
/// The backfill reads on one thread and correlates on another, committing in the background. It must give the
/// documents and checkpoints of a single-threaded run, and every checkpoint it commits must resume to the same
/// final store: the correlator state saved with a commit belongs to exactly the input positions saved with it.
/// </summary>
public sealed class PipelinedRunnerTests : IDisposable
{
    // Three appliances, native files rolled over every 64 KB, reordered-free: a few thousand lines, many files.
    private readonly GeneratedRun _logs = GeneratedRun.Create(
        "--appliances", "3", "--messages", "300", "--seed", "11", "--file-size", "64KB", "--variants", "0.2");

    public void Dispose() => _logs.Dispose();

    private static readonly DateTime Ingested = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private List<InputFile> Inputs() => InputFiles.ToInputs(InputFiles.Expand([_logs.OutDir]));

    private static FileIngestOptions Options(bool pipelined, int batchDocuments) => new()
    {
        Pipelined = pipelined,
        BatchDocuments = batchDocuments,
        Framing = new FramingOptions { NowUtc = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) },
    };

    /// <summary>Documents as stored, with the wall-clock ingest time (the only part that differs between runs) fixed.</summary>
    private static SortedDictionary<string, string> Stored(MemorySink sink)
    {
        var stored = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, record) in sink.Documents)
        {
            stored[id] = DocumentJson.Serialize(record.Document with { Event = record.Document.Event with { Ingested = Ingested } });
        }
        return stored;
    }

    private async Task<(MemorySink Sink, IngestOutcome Outcome)> RunAsync(bool pipelined, int batchDocuments, MemorySink? sink = null)
    {
        sink ??= new MemorySink();
        var outcome = await new FileIngestRunner(sink, Options(pipelined, batchDocuments)).RunAsync(Inputs(), CancellationToken.None);
        return (sink, outcome);
    }

    [Fact]
    public async Task Pipelined_and_single_threaded_runs_store_the_same_documents_and_checkpoint()
    {
        var (inline, inlineOutcome) = await RunAsync(pipelined: false, batchDocuments: 40);
        var (pipelined, pipelinedOutcome) = await RunAsync(pipelined: true, batchDocuments: 40);

        inline.Documents.Should().HaveCountGreaterThan(250);
        Stored(pipelined).Should().Equal(Stored(inline));
        pipelined.Checkpoint!.CorrelatorState.Should().Be(inline.Checkpoint!.CorrelatorState);
        pipelined.Checkpoint.Inputs.Should().BeEquivalentTo(inline.Checkpoint.Inputs);
        pipelinedOutcome.Stats.Lines.Should().Be(inlineOutcome.Stats.Lines);
        pipelinedOutcome.Correlation.Messages.Should().Be(inlineOutcome.Correlation.Messages);
        pipelinedOutcome.Correlation.Lacked.Should().Be(inlineOutcome.Correlation.Lacked);
        pipelinedOutcome.Commits.Should().BeGreaterThan(5, "small batches commit often");
    }

    [Fact]
    public async Task A_dry_run_counts_what_a_stored_run_counts()
    {
        var (_, stored) = await RunAsync(pipelined: true, batchDocuments: 40);
        var dry = await new FileIngestRunner(null, Options(pipelined: true, batchDocuments: 40)).RunAsync(Inputs(), CancellationToken.None);
        dry.Commits.Should().Be(0);
        dry.Stats.Lines.Should().Be(stored.Stats.Lines);
        dry.Correlation.Messages.Should().Be(stored.Correlation.Messages);
        dry.Correlation.Lacked.Should().Be(stored.Correlation.Lacked);
        dry.Correlation.Unknown.Should().Be(stored.Correlation.Unknown);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(9)]
    public async Task A_run_that_fails_at_a_commit_resumes_from_the_last_checkpoint_to_the_same_store(int failingCommit)
    {
        var (straight, straightOutcome) = await RunAsync(pipelined: true, batchDocuments: 25);

        var sink = new MemorySink { FailOnCommit = failingCommit };
        var act = () => RunAsync(pipelined: true, batchDocuments: 25, sink);
        // The sink's failure is what the run reports, not the cancellation it causes on the reading thread.
        await act.Should().ThrowAsync<IOException>();
        sink.Commits.Should().Be(failingCommit - 1);

        var (resumed, outcome) = await RunAsync(pipelined: true, batchDocuments: 25, sink);
        if (failingCommit > 1)
        {
            outcome.Stats.Lines.Should().BeLessThan(straightOutcome.Stats.Lines, "what the stored checkpoint covers is not read again");
        }
        Stored(resumed).Should().Equal(Stored(straight));
        resumed.Checkpoint!.CorrelatorState.Should().Be(straight.Checkpoint!.CorrelatorState);
    }

    [Fact]
    public async Task A_second_run_over_the_same_files_reads_nothing_and_changes_nothing()
    {
        var (sink, _) = await RunAsync(pipelined: true, batchDocuments: 100);
        var before = Stored(sink);
        var (_, again) = await RunAsync(pipelined: true, batchDocuments: 100, sink);
        again.Stats.Lines.Should().Be(0);
        again.Stats.FilesRead.Should().Be(0);
        Stored(sink).Should().Equal(before);
    }

    [Fact]
    public async Task Cancellation_stops_the_run_with_no_commit_left_running()
    {
        using var cancel = new CancellationTokenSource();
        var sink = new SlowSink(cancel);
        var runner = new FileIngestRunner(sink, Options(pipelined: true, batchDocuments: 10));
        var act = () => runner.RunAsync(Inputs(), cancel.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        sink.Running.Should().Be(0, "the runner returns only once no commit is in flight");
        sink.Commits.Should().BeGreaterThan(0);
    }

    /// <summary>Cancels the run during its second commit, which then takes a while.</summary>
    private sealed class SlowSink(CancellationTokenSource cancel) : IMessageSink
    {
        private int _running;

        public int Running => _running;

        public int Commits { get; private set; }

        public string Description => "slow";

        public Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken) => Task.FromResult<IngestCheckpoint?>(null);

        public async Task CommitAsync(IReadOnlyList<MessageRecord> records, IngestCheckpoint? checkpoint, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _running);
            try
            {
                Commits++;
                if (Commits == 2)
                {
                    await cancel.CancelAsync();
                    await Task.Delay(200, CancellationToken.None);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
