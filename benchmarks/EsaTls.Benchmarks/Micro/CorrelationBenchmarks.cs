using BenchmarkDotNet.Attributes;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Parsing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;

namespace EsaTls.Benchmarks.Micro;

/// <summary>
/// Framing + parsing + correlation of whole lines through <see cref="SourceProcessor"/> (what the reading thread
/// does), correlation alone of the recorded events, including building every emitted document (what the
/// correlating thread does), and saving/restoring the correlator state of a checkpoint. Per line.
/// </summary>
public class CorrelationBenchmarks
{
    private readonly List<(string Appliance, DateTime Time, MailEvent? Event, string? Serial)> _calls = new(Corpus.Lines);
    private string _state = "";
    private long _documents;

    [GlobalSetup]
    public void Setup()
    {
        var recorder = new Recorder(_calls);
        var source = new SourceProcessor(new SourceSettings { FallbackIdentity = "bench" }, new IngestStats(), recorder);
        for (var i = 0; i < Corpus.Lines; i++)
        {
            source.ProcessLine(InputCorpus.Instance.Line(i));
        }
        var correlator = Correlate();
        _state = correlator.SaveState();
    }

    [Benchmark(OperationsPerInvoke = Corpus.Lines)]
    public long FrameAndParse()
    {
        var recorder = new Recorder(null);
        var source = new SourceProcessor(new SourceSettings { FallbackIdentity = "bench" }, new IngestStats(), recorder);
        for (var i = 0; i < Corpus.Lines; i++)
        {
            source.ProcessLine(InputCorpus.Instance.Line(i));
        }
        return recorder.Count;
    }

    [Benchmark(OperationsPerInvoke = Corpus.Lines)]
    public long Correlation()
    {
        _documents = 0;
        Correlate().FlushAll();
        return _documents;
    }

    /// <summary>The correlator state after the corpus' lines (what every checkpoint carries): once per commit.</summary>
    [Benchmark]
    public int SaveState() => Correlate(apply: false, restore: true).SaveState().Length;

    [Benchmark]
    public Correlator RestoreState() => Correlate(apply: false, restore: true);

    private Correlator Correlate(bool apply = true, bool restore = false)
    {
        var correlator = new Correlator(new CorrelatorOptions(), _ => _documents++, () => DateTime.UnixEpoch);
        if (restore)
        {
            correlator.RestoreState(_state);
        }
        if (apply)
        {
            foreach (var (appliance, time, e, serial) in _calls)
            {
                if (e is not null)
                {
                    correlator.Apply(appliance, time, e);
                }
                else
                {
                    correlator.SetSerial(appliance, serial!);
                }
            }
        }
        return correlator;
    }

    private sealed class Recorder(List<(string, DateTime, MailEvent?, string?)>? calls) : ICorrelatorInput
    {
        public long Count { get; private set; }

        public void Apply(string appliance, DateTime time, MailEvent e)
        {
            Count++;
            calls?.Add((appliance, time, e, null));
        }

        public void SetSerial(string appliance, string serial)
        {
            Count++;
            calls?.Add((appliance, default, null, serial));
        }
    }
}
