using System.Globalization;
using System.Text;
using EsaTls.Ingest.Sources;

namespace EsaTls.Fuzz.Targets;

/// <summary>
/// <see cref="SyslogFrameDecoder"/> over hostile TCP streams (octet-counted and LF frames, lying counts, garbage) and
/// UDP datagrams: no line over the cap, and the lines do not depend on how the stream was cut into reads.
/// </summary>
public sealed class SyslogFramingTarget : FuzzTarget
{
    public override string Name => "syslog-framing";

    public override string Description => "syslog TCP/UDP frame decoder: lines within the cap, independent of read boundaries";

    public override int Cost => 4;

    public override void Run(Random random, FuzzInput input)
    {
        var max = random.Next(4) == 0 ? random.Next(1, 64) : random.Next(64, 4096);
        var stream = Stream(random);
        input.Bytes = stream;
        input.Text = string.Create(CultureInfo.InvariantCulture, $"max {max}");
        if (random.Next(4) == 0)
        {
            var counters = new SyslogCounters();
            var datagram = new SyslogFrameDecoder(max, counters);
            datagram.FeedDatagram(stream, line => FuzzCheckException.That(line.Length <= max, $"datagram line of {line.Length} bytes over the cap {max}"));
            return;
        }
        var whole = Decode(stream, max, [stream.Length]);
        var cuts = new List<int>();
        for (var left = stream.Length; left > 0;)
        {
            var n = Math.Min(left, random.Next(1, 40));
            cuts.Add(n);
            left -= n;
        }
        var pieces = Decode(stream, max, cuts);
        FuzzCheckException.That(whole.Lines.SequenceEqual(pieces.Lines), "the lines depend on the read boundaries");
        FuzzCheckException.That(whole.Oversized == pieces.Oversized && whole.Unparsable == pieces.Unparsable, "the counters depend on the read boundaries");
    }

    private static (List<string> Lines, long Oversized, long Unparsable) Decode(byte[] stream, int max, IReadOnlyList<int> cuts)
    {
        var counters = new SyslogCounters();
        var decoder = new SyslogFrameDecoder(max, counters);
        var lines = new List<string>();
        void OnLine(ReadOnlySpan<byte> line)
        {
            FuzzCheckException.That(line.Length <= max, $"line of {line.Length} bytes over the cap {max}");
            lines.Add(Convert.ToHexString(line));
        }
        var at = 0;
        foreach (var n in cuts)
        {
            decoder.Feed(stream.AsSpan(at, n), OnLine);
            at += n;
        }
        decoder.Finish(OnLine);
        return (lines, counters.Oversized, counters.Unparsable);
    }

    private static byte[] Stream(Random random)
    {
        var output = new List<byte>();
        var frames = random.Next(1, 8);
        for (var f = 0; f < frames; f++)
        {
            var line = Mutator.Line(random, Corpus.Default.Lines);
            var body = Encoding.ASCII.GetBytes("<22>Mar  1 10:00:00 esa1 mail_logs: ").Concat(line).ToArray();
            switch (random.Next(5))
            {
                case 0:
                case 1:
                    output.AddRange(body);
                    output.Add((byte)'\n');
                    break;
                case 2:
                    output.AddRange(Encoding.ASCII.GetBytes(body.Length.ToString(CultureInfo.InvariantCulture) + " "));
                    output.AddRange(body);
                    break;
                case 3:
                    // A count that lies (too short, too long, absurd).
                    var count = random.Next(3) switch { 0 => random.Next(body.Length + 1), 1 => body.Length + random.Next(1, 100), _ => random.Next() };
                    output.AddRange(Encoding.ASCII.GetBytes(count.ToString(CultureInfo.InvariantCulture) + " "));
                    output.AddRange(body);
                    break;
                default:
                    output.AddRange(Mutator.RandomBytes(random, random.Next(0, 200)));
                    break;
            }
        }
        return [.. output];
    }
}
