using BenchmarkDotNet.Attributes;
using EsaTls.Core.Framing;
using EsaTls.Core.Parsing;

namespace EsaTls.Benchmarks.Micro;

/// <summary>Classifying and parsing the message text of a line into an event (framing already done). Per line.</summary>
public class ParsingBenchmarks
{
    private byte[] _bytes = [];
    private (int Start, int Length)[] _messages = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = InputCorpus.Instance;
        _bytes = corpus.Bytes;
        var framer = new LineFramer(new FramingOptions());
        var messages = new List<(int, int)>(Corpus.Lines);
        for (var i = 0; i < Corpus.Lines; i++)
        {
            var line = corpus.Line(i);
            if (framer.TryFrame(line, out var framed) != FrameError.None)
            {
                continue;
            }
            // The message is a slice of the line: find where it starts.
            var offset = line.Length - framed.Message.Length;
            while (offset >= 0 && !line.Slice(offset, framed.Message.Length).SequenceEqual(framed.Message))
            {
                offset--;
            }
            messages.Add((corpus.Starts[i] + offset, framed.Message.Length));
        }
        _messages = [.. messages];
    }

    [Benchmark(OperationsPerInvoke = Corpus.Lines)]
    public int Parse()
    {
        var events = 0;
        foreach (var (start, length) in _messages)
        {
            if (MailLineParser.Parse(_bytes.AsSpan(start, length)).Disposition == LineDisposition.Event)
            {
                events++;
            }
        }
        return events;
    }
}
