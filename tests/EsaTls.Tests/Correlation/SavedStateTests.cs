using System.Text;
using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Parsing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;

namespace EsaTls.Tests.Correlation;

/// <summary>Saved state under stress: damaged checkpoints are refused cleanly, resuming under the caps changes nothing.</summary>
public class SavedStateTests
{
    private static readonly string SampleFile = Path.Combine(AppContext.BaseDirectory, "samples", "esa1.example.net", "mail_logs.@20250302T190000.s");

    private static Correlator Correlator(List<MessageRecord>? into = null, CorrelatorOptions? options = null) =>
        new(options ?? new CorrelatorOptions(), r => into?.Add(r));

    private static string StateOfHalfTheSample()
    {
        var correlator = Correlator();
        var source = new SourceProcessor(new SourceSettings { FallbackIdentity = "esa1" }, new IngestStats(), correlator);
        var lines = File.ReadAllLines(SampleFile);
        foreach (var line in lines.Take(lines.Length / 2))
        {
            source.ProcessLine(Encoding.UTF8.GetBytes(line));
        }
        return correlator.SaveState();
    }

    public static TheoryData<string, string> DamagedStates() => new()
    {
        { "not json", "TLS was required but remote host did not initiate it" },
        { "json null", "null" },
        { "no appliance list", """{"Version":1,"Appliances":null}""" },
        { "null appliance", """{"Appliances":[null]}""" },
        { "null map", """{"Appliances":[{"Name":"esa1","Messages":null}]}""" },
        { "null message", """{"Appliances":[{"Name":"esa1","Messages":{"5":null}}]}""" },
        { "key and mid disagree", """{"Appliances":[{"Name":"esa1","Messages":{"5":{"Mid":6}}}]}""" },
        { "null recipients", """{"Appliances":[{"Name":"esa1","Messages":{"5":{"Mid":5,"Recipients":null}}}]}""" },
        { "null attempt", """{"Appliances":[{"Name":"esa1","Messages":{"5":{"Mid":5,"Attempts":[null]}}}]}""" },
        { "enum out of range", """{"Appliances":[{"Name":"esa1","Icids":{"7":{"Id":7,"Instance":1,"Tls":99}}}]}""" },
        { "clock that overflows", """{"Appliances":[{"Name":"esa1","Clock":"9999-12-31T23:59:59Z"}]}""" },
        { "bad time", """{"Appliances":[{"Name":"esa1","Clock":"n025-06-02T09:01:01Z"}]}""" },
        { "repeated appliance", """{"Appliances":[{"Name":"esa1"},{"Name":"esa1"}]}""" },
    };

    [Theory]
    [MemberData(nameof(DamagedStates))]
    public void A_damaged_correlator_state_is_refused_and_the_current_state_kept(string why, string state)
    {
        var correlator = Correlator();
        correlator.Apply("esa0", CorrelatorHarness.T0, new MidStarted(1, 2, null));
        var before = correlator.SaveState();

        var restore = () => correlator.RestoreState(state);

        restore.Should().Throw<InvalidDataException>(why).WithMessage("the saved correlation state is damaged*");
        correlator.SaveState().Should().Be(before);
    }

    [Fact]
    public void A_real_state_passes_the_checks_and_round_trips()
    {
        var state = StateOfHalfTheSample();
        var correlator = Correlator();
        correlator.RestoreState(state);
        correlator.SaveState().Should().Be(state);
        correlator.Counters.OpenMessages.Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"Framer":null}""")]
    [InlineData("""{"Framer":"v2;x"}""")]
    [InlineData("""{"Framer":"v1;offset=99999999"}""")]
    public void A_damaged_source_state_is_refused(string state)
    {
        var source = new SourceProcessor(new SourceSettings { FallbackIdentity = "x" }, new IngestStats(), null);
        var restore = () => source.RestoreState(state);
        restore.Should().Throw<InvalidDataException>().WithMessage("the saved state of a source is damaged*");
    }

    [Fact]
    public void Flushing_idle_messages_when_an_appliance_is_known_only_from_its_header_does_not_fail()
    {
        // A source whose first line is the version header: the appliance exists before any log time is known.
        var correlator = Correlator();
        correlator.SetSerial("esa1", "4235AF15AF7E");
        var flush = () => correlator.FlushIdle(TimeSpan.FromMinutes(5));
        flush.Should().NotThrow();
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("""{"Appliances":[{"Name":"esa1","Messages":null}]}""")]
    public async Task A_run_on_a_damaged_checkpoint_stops_with_a_message_and_reingest_starts_over(string correlatorState)
    {
        var sink = new CheckpointSink(new IngestCheckpoint { Inputs = [], CorrelatorState = correlatorState });
        var input = new InputFile(SampleFile, "esa1/mail_logs");
        var run = () => new FileIngestRunner(sink, new FileIngestOptions()).RunAsync([input], CancellationToken.None);

        (await run.Should().ThrowAsync<InvalidDataException>())
            .WithMessage("the checkpoint in checkpoint sink is damaged (*); to start over, read the inputs again from the start (--reingest)");
        sink.Documents.Should().BeEmpty();

        var outcome = await new FileIngestRunner(sink, new FileIngestOptions { Reingest = true }).RunAsync([input], CancellationToken.None);
        outcome.Stats.FilesRead.Should().Be(1);
        sink.Documents.Should().NotBeEmpty();
    }

    private sealed class CheckpointSink(IngestCheckpoint checkpoint) : IMessageSink
    {
        public Dictionary<string, MessageRecord> Documents { get; } = [];
        public string Description => "checkpoint sink";
        public Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken) => Task.FromResult<IngestCheckpoint?>(checkpoint);

        public Task CommitAsync(IReadOnlyList<MessageRecord> records, IngestCheckpoint? next, CancellationToken cancellationToken)
        {
            foreach (var r in records)
            {
                Documents[r.Id] = r;
            }
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>
    /// With tiny caps most messages are evicted, often several with the same last-seen time. A run stopped at
    /// any line and resumed from its saved state must evict the same ones and so write the same documents.
    /// </summary>
    [Fact]
    public void Resuming_from_a_checkpoint_under_the_caps_gives_the_same_documents()
    {
        var data = File.ReadAllBytes(SampleFile);
        var options = new CorrelatorOptions { MaxOpenMessages = 2, MaxOpenConnections = 3 };
        var whole = Run(data, options, split: null);
        whole.Count.Should().BeGreaterThan(50);
        foreach (var split in new[] { 1, 37, 120, 251, 400, 555, 700 })
        {
            var resumed = Run(data, options, split);
            var differing = whole.Keys.Union(resumed.Keys).Count(id => whole.GetValueOrDefault(id) != resumed.GetValueOrDefault(id));
            differing.Should().Be(0, $"stopped after line {split}, resumed from the saved state");
        }
    }

    private static SortedDictionary<string, string> Run(byte[] data, CorrelatorOptions options, int? split)
    {
        var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Keep(MessageRecord r) =>
            documents[r.Id] = DocumentJson.Serialize(r.Document with { Event = r.Document.Event with { Ingested = default } });

        var settings = new SourceSettings { FallbackIdentity = "esa1", Framing = new FramingOptions { Year = 2025 } };
        var correlator = new Correlator(options, Keep);
        var source = new SourceProcessor(settings, new IngestStats(), correlator);
        using var reader = new LineReader(new MemoryStream(data));
        var lines = 0;
        while ((split is null || lines < split) && reader.TryReadLine(out var line))
        {
            source.ProcessLine(line);
            lines++;
        }
        if (split is not null)
        {
            var correlatorState = correlator.SaveState();
            var sourceState = source.SaveState();
            correlator = new Correlator(options, Keep);
            correlator.RestoreState(correlatorState);
            source = new SourceProcessor(settings, new IngestStats(), correlator);
            source.RestoreState(sourceState);
            using var rest = new LineReader(new MemoryStream(data), reader.Position);
            while (rest.TryReadLine(out var line))
            {
                source.ProcessLine(line);
            }
        }
        correlator.FlushAll();
        return documents;
    }
}
