using System.Text;
using CsCheck;
using EsaTls.Core.Framing;

namespace EsaTls.Tests.Framing;

public class LineReaderTests
{
    private sealed record Line(string Text, long Start, long Position, bool Oversized);

    private static List<Line> ReadAll(LineReader reader)
    {
        var lines = new List<Line>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(new Line(Encoding.Latin1.GetString(line), reader.LineStart, reader.Position, reader.LastLineOversized));
        }
        return lines;
    }

    /// <summary>The reference: split on '\n', drop one trailing '\r', cut to the cap.</summary>
    private static List<Line> NaiveSplit(byte[] data, long startOffset, int max, bool consumeUnterminated)
    {
        var lines = new List<Line>();
        var start = (int)startOffset;
        while (start < data.Length)
        {
            var nl = Array.IndexOf(data, (byte)'\n', start);
            if (nl < 0 && !consumeUnterminated)
            {
                break;
            }
            var end = nl < 0 ? data.Length : nl;
            var length = end - start;
            if (length > 0 && data[end - 1] == (byte)'\r')
            {
                length--;
            }
            var oversized = length > max;
            var text = Encoding.Latin1.GetString(data, start, Math.Min(length, max));
            var next = nl < 0 ? data.Length : nl + 1;
            lines.Add(new Line(text, start, next, oversized));
            start = next;
        }
        return lines;
    }

    private static byte[] Bytes(string s) => Encoding.Latin1.GetBytes(s);

    [Fact]
    public void Splits_lf_and_crlf_and_strips_lone_cr_at_end()
    {
        using var reader = new LineReader(new MemoryStream(Bytes("one\ntwo\r\n\r\nthree\r")));
        ReadAll(reader).Should().Equal(
            new Line("one", 0, 4, false),
            new Line("two", 4, 9, false),
            new Line("", 9, 11, false),
            new Line("three", 11, 17, false));
        reader.LinesRead.Should().Be(4);
        reader.OversizedLines.Should().Be(0);
    }

    [Fact]
    public void Empty_stream_has_no_lines()
    {
        using var reader = new LineReader(new MemoryStream());
        reader.TryReadLine(out _).Should().BeFalse();
        reader.Position.Should().Be(0);
    }

    [Fact]
    public void Cr_inside_a_line_is_kept()
    {
        using var reader = new LineReader(new MemoryStream(Bytes("a\rb\r\r\n")));
        ReadAll(reader).Should().Equal(new Line("a\rb\r", 0, 6, false));
    }

    [Fact]
    public void Resumes_at_start_offset_on_a_seekable_stream()
    {
        var data = Bytes("first line\nsecond\nthird\n");
        using var reader = new LineReader(new MemoryStream(data), startOffset: 11);
        ReadAll(reader).Should().Equal(new Line("second", 11, 18, false), new Line("third", 18, 24, false));
    }

    [Fact]
    public void Trusts_the_position_of_a_non_seekable_stream()
    {
        var data = Bytes("first line\nsecond\n");
        var stream = new ChunkedStream(data, [3], seekable: false);
        stream.Skip(11);
        using var reader = new LineReader(stream, startOffset: 11);
        ReadAll(reader).Should().Equal(new Line("second", 11, 18, false));
    }

    [Fact]
    public void Cuts_long_lines_to_the_cap_and_flags_them()
    {
        using var reader = new LineReader(new ChunkedStream(Bytes("short\n0123456789abcdef\r\nnext\n"), [4]), maxLineBytes: 8);
        ReadAll(reader).Should().Equal(
            new Line("short", 0, 6, false),
            new Line("01234567", 6, 24, true),
            new Line("next", 24, 29, false));
        reader.OversizedLines.Should().Be(1);
        reader.LinesRead.Should().Be(3);
    }

    [Fact]
    public void A_line_of_exactly_the_cap_followed_by_crlf_is_not_oversized()
    {
        using var reader = new LineReader(new ChunkedStream(Bytes("12345678\r\nx\n"), [1]), maxLineBytes: 8);
        ReadAll(reader).Should().Equal(new Line("12345678", 0, 10, false), new Line("x", 10, 12, false));
    }

    [Fact]
    public void A_ten_megabyte_line_is_skipped_without_buffering_it()
    {
        const long longLine = 10L * 1024 * 1024;
        var stream = new LongLineStream(longLine, Bytes("Fri Sep 12 11:00:00 2022 Info: after\n"));
        using var reader = new LineReader(stream, maxLineBytes: 4096);

        var before = GC.GetAllocatedBytesForCurrentThread();
        reader.TryReadLine(out var first).Should().BeTrue();
        var firstLength = first.Length;
        var firstStart = first[0];
        reader.LastLineOversized.Should().BeTrue();
        reader.Position.Should().Be(longLine + 1);
        reader.TryReadLine(out var second).Should().BeTrue();
        var secondText = Encoding.ASCII.GetString(second);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        firstLength.Should().Be(4096);
        firstStart.Should().Be((byte)'a');
        secondText.Should().Be("Fri Sep 12 11:00:00 2022 Info: after");
        reader.LineStart.Should().Be(longLine + 1);
        reader.OversizedLines.Should().Be(1);
        allocated.Should().BeLessThan(1024 * 1024, "the skipped tail of a long line must not be buffered");
    }

    [Fact]
    public void Tailing_leaves_an_unterminated_last_line_until_its_newline_arrives()
    {
        var stream = new GrowingStream();
        stream.Append(Bytes("done\npart"));
        using var reader = new LineReader(stream, consumeUnterminatedLastLine: false);

        ReadAll(reader).Should().Equal(new Line("done", 0, 5, false));
        reader.Position.Should().Be(5);

        stream.Append(Bytes("ial line"));
        reader.TryReadLine(out _).Should().BeFalse();
        reader.Position.Should().Be(5, "the resume point stays before the incomplete line");

        stream.Append(Bytes("\r\nnext\n"));
        ReadAll(reader).Should().Equal(new Line("partial line", 5, 19, false), new Line("next", 19, 24, false));
    }

    [Fact]
    public void Tailing_an_oversized_line_keeps_skipping_when_more_data_arrives()
    {
        var stream = new GrowingStream();
        stream.Append(Bytes("ok\n" + new string('x', 100)));
        using var reader = new LineReader(stream, maxLineBytes: 10, consumeUnterminatedLastLine: false);
        ReadAll(reader).Should().Equal(new Line("ok", 0, 3, false));

        stream.Append(Bytes(new string('y', 50)));
        reader.TryReadLine(out _).Should().BeFalse();
        reader.Position.Should().Be(3);

        stream.Append(Bytes("zz\nafter\n"));
        ReadAll(reader).Should().Equal(new Line("xxxxxxxxxx", 3, 156, true), new Line("after", 156, 162, false));
    }

    [Fact]
    public void Tailing_a_file_sees_lines_appended_after_the_end_was_reached()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "first\nsec");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new LineReader(stream, consumeUnterminatedLastLine: false);
            ReadAll(reader).Should().Equal(new Line("first", 0, 6, false));

            File.AppendAllText(path, "ond\nthird\n");
            ReadAll(reader).Should().Equal(new Line("second", 6, 13, false), new Line("third", 13, 19, false));

            // Resuming from the saved position in a new reader (worker restart).
            using var again = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var resumed = new LineReader(again, startOffset: 6);
            ReadAll(resumed).Select(l => l.Text).Should().Equal("second", "third");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Batch_reading_returns_an_unterminated_oversized_last_line()
    {
        using var reader = new LineReader(new ChunkedStream(Bytes("ab\n" + new string('q', 40)), [7]), maxLineBytes: 5);
        ReadAll(reader).Should().Equal(new Line("ab", 0, 3, false), new Line("qqqqq", 3, 43, true));
    }

    [Fact]
    public void Dispose_returns_the_buffer_and_later_reads_fail()
    {
        var reader = new LineReader(new MemoryStream(Bytes("a\n")));
        reader.Dispose();
        reader.Dispose();
        var act = () => reader.TryReadLine(out _);
        act.Should().Throw<ObjectDisposedException>();
    }

    private static readonly Gen<byte[]> Content =
        Gen.Frequency(
                (6, Gen.Const((byte)'a')),
                (2, Gen.Const((byte)'\n')),
                (2, Gen.Const((byte)'\r')),
                (1, Gen.Byte))
            .Array[0, 600];

    private static readonly Gen<int> Cap = Gen.Frequency((3, Gen.Int[1, 40]), (1, Gen.Const(LineReader.DefaultMaxLineBytes)));

    [Fact]
    public void Property_lines_and_offsets_equal_a_naive_split()
    {
        Gen.Select(Content, Cap, Gen.Int[1, 64].Array[1, 8], Gen.Bool, Gen.Int[0, 100])
            .Sample((data, max, chunks, seekable, startPercent) =>
            {
                var start = data.Length * startPercent / 100;
                var stream = new ChunkedStream(data, chunks, seekable);
                if (!seekable)
                {
                    stream.Skip(start);
                }
                using var reader = new LineReader(stream, start, max);
                var expected = NaiveSplit(data, start, max, consumeUnterminated: true);
                ReadAll(reader).Should().Equal(expected);
                reader.LinesRead.Should().Be(expected.Count);
                reader.OversizedLines.Should().Be(expected.Count(l => l.Oversized));
                if (expected.Count > 0)
                {
                    reader.Position.Should().Be(data.Length);
                }
            }, iter: 3000);
    }

    [Fact]
    public void Property_tailing_growing_data_yields_the_terminated_lines()
    {
        Gen.Select(Content, Cap, Gen.Int[1, 80].Array[1, 10])
            .Sample((data, max, appendSizes) =>
            {
                var stream = new GrowingStream();
                using var reader = new LineReader(stream, maxLineBytes: max, consumeUnterminatedLastLine: false);
                var lines = new List<Line>();
                var appended = 0;
                var i = 0;
                while (appended < data.Length)
                {
                    var n = Math.Min(appendSizes[i++ % appendSizes.Length], data.Length - appended);
                    stream.Append(data.AsSpan(appended, n));
                    appended += n;
                    lines.AddRange(ReadAll(reader));
                }

                var expected = NaiveSplit(data, 0, max, consumeUnterminated: false);
                lines.Should().Equal(expected);
                var lastNewline = Array.LastIndexOf(data, (byte)'\n');
                reader.Position.Should().Be(lastNewline + 1);
            }, iter: 2000);
    }
}
