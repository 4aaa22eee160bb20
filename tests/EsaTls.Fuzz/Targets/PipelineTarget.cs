using System.Text;
using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;

namespace EsaTls.Fuzz.Targets;

/// <summary>
/// Reader → framing → parsing → correlation over windows of real logs with mutated lines and garbage mixed in,
/// random framing options and small correlation caps. Every line is accounted for in the statistics, every
/// document serialises and reads back, and a run interrupted at a random line and resumed from the saved
/// state gives the same final documents as the uninterrupted run (the checkpoint guarantee).
/// </summary>
public sealed class PipelineTarget : FuzzTarget
{
    public override string Name => "pipeline";

    public override string Description => "reader+framer+parsers+correlator on damaged log windows; stats, documents, resume equivalence";

    public override int Cost => 10;

    public override void Run(Random random, FuzzInput input)
    {
        var data = Log(random);
        var settings = new SourceSettings
        {
            FallbackIdentity = "fuzz",
            Appliance = random.Next(4) == 0 ? "esa-fuzz" : null,
            Framing = FuzzZones.Framing(random),
        };
        var options = new CorrelatorOptions
        {
            MaxOpenMessages = random.Next(3) == 0 ? 1 + random.Next(20) : 2_000_000,
            MaxOpenConnections = random.Next(3) == 0 ? 1 + random.Next(20) : 2_000_000,
            Horizon = random.Next(4) == 0 ? TimeSpan.FromMinutes(1 + random.Next(600)) : TimeSpan.FromDays(7),
            Consolidated = new ConsolidatedOptions { TlsFieldsSelected = random.Next(2) == 0 },
        };
        var cap = random.Next(4) == 0 ? 16 + random.Next(512) : LineReader.DefaultMaxLineBytes;
        var split = random.Next(0, 80);
        input.Bytes = data;
        input.Text = $"appliance={settings.Appliance ?? "-"} zone={settings.Framing.Zone?.ToString() ?? "-"} year={settings.Framing.Year} "
            + $"now={settings.Framing.NowUtc:O} maxMessages={options.MaxOpenMessages} maxConnections={options.MaxOpenConnections} "
            + $"horizon={options.Horizon} cap={cap} split={split}";

        var whole = new PipelineRun(settings, options);
        whole.Feed(data, 0, int.MaxValue, cap, null);
        whole.Finish();

        var first = new PipelineRun(settings, options);
        var stop = first.Feed(data, 0, split, cap, null);
        var resumed = new PipelineRun(settings, options, first);
        resumed.Feed(data, stop.Offset, int.MaxValue, cap, stop.SourceState);
        resumed.Finish();

        var expected = whole.Final();
        var actual = first.Final();
        foreach (var (id, json) in resumed.Final())
        {
            actual[id] = json;
        }
        FuzzCheckException.That(expected.Count == actual.Count, $"{actual.Count} documents after a resume, {expected.Count} without");
        foreach (var (id, json) in expected)
        {
            FuzzCheckException.That(actual.TryGetValue(id, out var other) && other == json, $"document {id} differs after a resume");
        }
    }

    private sealed record Stop(long Offset, string SourceState);

    /// <summary>One run of the pipeline, optionally continuing from another run's saved state.</summary>
    private sealed class PipelineRun
    {
        private readonly SourceSettings _settings;
        private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);
        private readonly Correlator _correlator;

        public PipelineRun(SourceSettings settings, CorrelatorOptions options, PipelineRun? resumeFrom = null)
        {
            _settings = settings;
            _correlator = new Correlator(options, Emit);
            if (resumeFrom is not null)
            {
                var state = resumeFrom._correlator.SaveState();
                _correlator.RestoreState(state);
                FuzzCheckException.That(_correlator.SaveState() == state, "correlator state does not survive a save/restore");
            }
        }

        public IngestStats Stats { get; } = new();

        private void Emit(MessageRecord record)
        {
            FuzzCheckException.That(record.Id.Length > 0, "empty document id");
            var json = DocumentJson.Serialize(record.Document with { Event = record.Document.Event with { Ingested = default } });
            var back = DocumentJson.Deserialize(json);
            FuzzCheckException.That(DocumentJson.Serialize(back) == json, $"document {record.Id} does not read back as written");
            _ = record.Index;
            _documents[record.Id] = json;
        }

        public Stop Feed(byte[] data, long from, int maxLines, int cap, string? sourceState)
        {
            var source = new SourceProcessor(_settings, Stats, _correlator);
            if (sourceState is not null)
            {
                source.RestoreState(sourceState);
            }
            using var reader = new LineReader(new MemoryStream(data), from, cap);
            var lines = 0;
            while (lines < maxLines && reader.TryReadLine(out var line))
            {
                source.ProcessLine(line, reader.LastLineOversized);
                lines++;
            }
            var s = Stats;
            FuzzCheckException.That(s.Lines == s.Events + s.Informational + s.Blank + s.OtherSubscription + s.Unrecognised,
                $"lines not accounted for: {s.Lines} read, {s.Events} events, {s.Informational} informational, {s.Blank} blank, "
                + $"{s.OtherSubscription} other, {s.Unrecognised} unrecognised");
            return new Stop(reader.Position, source.SaveState());
        }

        public void Finish()
        {
            _correlator.FlushAll();
            var c = _correlator.Counters;
            FuzzCheckException.That(c.OpenMessages >= 0 && c.OpenConnections >= 0 && c.Messages <= c.Emitted, "counters out of range");
        }

        public Dictionary<string, string> Final() => new(_documents, StringComparer.Ordinal);
    }

    /// <summary>A window of one corpus file with damaged lines, garbage lines and odd line ends.</summary>
    private static byte[] Log(Random random)
    {
        var corpus = Corpus.Default;
        var file = corpus.Files[random.Next(corpus.Files.Count)];
        var length = 1 + random.Next(Math.Min(file.Length, 120));
        var start = random.Next(file.Length - length + 1);
        var damage = random.Next(4) switch { 0 => 0, 1 => 2, 2 => 10, _ => 30 };
        var bytes = new List<byte>();
        for (var i = start; i < start + length; i++)
        {
            var line = Encoding.UTF8.GetBytes(file[i]);
            if (random.Next(100) < damage)
            {
                line = Mutator.Mutate(random, line, corpus.Lines);
            }
            bytes.AddRange(line);
            bytes.AddRange(random.Next(20) == 0 ? "\r\n"u8 : "\n"u8);
            if (random.Next(100) < damage / 3)
            {
                bytes.AddRange(Mutator.Line(random, corpus.Lines));
                bytes.Add((byte)'\n');
            }
        }
        if (random.Next(5) == 0 && bytes.Count > 0)
        {
            // A truncated file: the last line ends mid-way.
            var cut = random.Next(Math.Min(bytes.Count, 60));
            bytes.RemoveRange(bytes.Count - cut, cut);
        }
        return [.. bytes];
    }
}
