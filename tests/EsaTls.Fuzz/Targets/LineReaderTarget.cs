using EsaTls.Core.Framing;

namespace EsaTls.Fuzz.Targets;

/// <summary>
/// <see cref="LineReader"/> over random streams (mutated lines, every kind of line end, lines past a small cap,
/// short reads, seekable or not, resumed mid-stream, batch or tailing with data arriving in pieces) against
/// a plain reference split.
/// </summary>
public sealed class LineReaderTarget : FuzzTarget
{
    public override string Name => "line-reader";

    public override string Description => "LineReader vs a reference split: line ends, caps, short reads, resume, tailing";

    private sealed record Line(byte[] Text, long Start, long Position, bool Oversized);

    public override void Run(Random random, FuzzInput input)
    {
        var cap = random.Next(3) == 0 ? random.Next(1, 64) : random.Next(64, 4096);
        var data = Stream(random, cap);
        var start = random.Next(4) == 0 ? random.Next(data.Length + 1) : 0;
        var batch = random.Next(3) != 0;
        var chunks = new int[1 + random.Next(4)];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = 1 + random.Next(random.Next(2) == 0 ? 16 : cap * 3 + 16);
        }
        var seekable = random.Next(2) == 0;
        input.Bytes = data;
        input.Text = $"cap={cap} start={start} batch={batch} seekable={seekable} chunks=[{string.Join(',', chunks)}]";

        var expected = Reference(data, start, cap, batch);
        List<Line> actual;
        if (batch || random.Next(2) == 0)
        {
            var stream = new PieceStream(data, chunks, seekable, visible: data.Length);
            if (!seekable)
            {
                stream.Skip(start);
            }
            using var reader = new LineReader(stream, start, cap, consumeUnterminatedLastLine: batch);
            actual = ReadAll(reader);
            Check(reader, actual, expected);
        }
        else
        {
            // Tailing: the data arrives in pieces and the reader is asked for lines after each one.
            var stream = new PieceStream(data, chunks, seekable: false, visible: start);
            stream.Skip(start);
            using var reader = new LineReader(stream, start, cap, consumeUnterminatedLastLine: false);
            actual = [];
            while (stream.Visible < data.Length)
            {
                stream.Visible = Math.Min(data.Length, stream.Visible + 1 + random.Next(cap * 2 + 8));
                actual.AddRange(ReadAll(reader));
            }
            Check(reader, actual, expected);
        }
    }

    private static void Check(LineReader reader, List<Line> actual, List<Line> expected)
    {
        FuzzCheckException.That(actual.Count == expected.Count, $"{actual.Count} lines read, {expected.Count} expected");
        long oversized = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            var (a, e) = (actual[i], expected[i]);
            FuzzCheckException.That(a.Text.AsSpan().SequenceEqual(e.Text) && a.Start == e.Start && a.Position == e.Position && a.Oversized == e.Oversized,
                $"line {i}: got ({a.Text.Length} bytes, {a.Start}, {a.Position}, {a.Oversized}), expected ({e.Text.Length} bytes, {e.Start}, {e.Position}, {e.Oversized})");
            oversized += a.Oversized ? 1 : 0;
        }
        FuzzCheckException.That(reader.LinesRead == actual.Count && reader.OversizedLines == oversized, "counters disagree with the lines returned");
    }

    private static List<Line> ReadAll(LineReader reader)
    {
        var lines = new List<Line>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(new Line(line.ToArray(), reader.LineStart, reader.Position, reader.LastLineOversized));
        }
        return lines;
    }

    /// <summary>Split on LF, drop one CR before it, cut to the cap; an unterminated tail only in batch mode.</summary>
    private static List<Line> Reference(byte[] data, int start, int cap, bool batch)
    {
        var lines = new List<Line>();
        while (start < data.Length)
        {
            var nl = Array.IndexOf(data, (byte)'\n', start);
            if (nl < 0 && !batch)
            {
                break;
            }
            var end = nl < 0 ? data.Length : nl;
            var length = end - start;
            if (length > 0 && data[end - 1] == (byte)'\r')
            {
                length--;
            }
            var next = nl < 0 ? data.Length : nl + 1;
            lines.Add(new Line(data.AsSpan(start, Math.Min(length, cap)).ToArray(), start, next, length > cap));
            start = next;
        }
        return lines;
    }

    private static byte[] Stream(Random random, int cap)
    {
        var corpus = Corpus.Default.Lines;
        var bytes = new List<byte>();
        var lines = random.Next(0, 40);
        for (var i = 0; i < lines; i++)
        {
            if (random.Next(12) == 0)
            {
                // Around and past the cap, exactly at it, or far beyond.
                var length = random.Next(4) switch { 0 => cap, 1 => cap + 1, 2 => cap + 2, _ => random.Next(cap * 4 + 1) };
                var fill = Mutator.RandomBytes(random, length);
                for (var j = 0; j < fill.Length; j++)
                {
                    fill[j] = fill[j] == (byte)'\n' ? (byte)'x' : fill[j];
                }
                bytes.AddRange(fill);
            }
            else
            {
                bytes.AddRange(Mutator.Line(random, corpus));
            }
            bytes.AddRange(random.Next(8) switch
            {
                0 => "\r\n"u8.ToArray(),
                1 => "\r"u8.ToArray(),
                2 => [],
                3 => "\r\r\n"u8.ToArray(),
                _ => "\n"u8.ToArray(),
            });
        }
        return [.. bytes];
    }

    /// <summary>A stream that returns reads of the given sizes and shows only the first <see cref="Visible"/> bytes.</summary>
    private sealed class PieceStream(byte[] data, int[] chunks, bool seekable, int visible) : Stream
    {
        private long _position;
        private int _chunk;

        public int Visible { get; set; } = visible;

        public void Skip(long offset) => _position = offset;

        public override bool CanRead => true;
        public override bool CanSeek => seekable;
        public override bool CanWrite => false;
        public override long Length => seekable ? Visible : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => _position = seekable ? value : throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var size = (int)Math.Min(count, Math.Min(chunks[_chunk++ % chunks.Length], Visible - _position));
            if (size <= 0)
            {
                return 0;
            }
            Array.Copy(data, _position, buffer, offset, size);
            _position += size;
            return size;
        }

        public override long Seek(long offset, SeekOrigin origin) =>
            _position = seekable ? offset : throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
