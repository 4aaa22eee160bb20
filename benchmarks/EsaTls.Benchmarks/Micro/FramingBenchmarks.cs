using BenchmarkDotNet.Attributes;
using EsaTls.Core.Framing;

namespace EsaTls.Benchmarks.Micro;

/// <summary>Splitting a byte stream into lines, and taking each line's framing apart (native ctime lines). Per line.</summary>
public class FramingBenchmarks
{
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = InputCorpus.Instance.Bytes.AsSpan(0, InputCorpus.Instance.Starts[Corpus.Lines]).ToArray();

    [Benchmark(OperationsPerInvoke = Corpus.Lines)]
    public long ReadLines()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        using var reader = new LineReader(stream);
        long total = 0;
        while (reader.TryReadLine(out var line))
        {
            total += line.Length;
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Corpus.Lines)]
    public long ReadAndFrame()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        using var reader = new LineReader(stream);
        var framer = new LineFramer(new FramingOptions());
        long total = 0;
        while (reader.TryReadLine(out var line))
        {
            if (framer.TryFrame(line, out var framed) == FrameError.None)
            {
                total += framed.Message.Length;
            }
        }
        return total;
    }
}
