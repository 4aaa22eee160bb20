using System.Buffers;

namespace EsaTls.Core.Framing;

/// <summary>
/// Splits a byte stream into lines without decoding it: one pooled buffer, spans handed out, CR/LF removed.
/// Lines longer than the cap are cut to the cap (the rest of the line is skipped, never buffered) and flagged.
/// The reader does not own the stream: the caller disposes it.
/// </summary>
public sealed class LineReader : IDisposable
{
    public const int DefaultMaxLineBytes = 1 << 20;

    // Room past the cap: while the tail of an oversized line is skipped, its kept prefix stays at the start of
    // the buffer and reads land after it.
    private const int SkipChunkBytes = 16 * 1024;
    private const int InitialBufferBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly bool _consumeUnterminatedLastLine;
    private readonly int _maxBufferBytes;

    private byte[]? _buffer;
    private int _start;         // first byte not yet handed out
    private int _end;           // end of valid data
    private int _scanned;       // bytes after _start known to hold no '\n'
    private long _startOffset;  // stream offset of _buffer[_start]

    // Oversized line whose end has not been found yet (tailing): its prefix sits in _buffer[0.._maxLineBytes).
    private bool _skipping;
    private long _skipLineStart;
    private long _skipOffset;   // stream offset of the next byte to be read while skipping

    private long _lineStart;
    private long _position;

    /// <param name="stream">Positioned at <paramref name="startOffset"/> already, or seekable.</param>
    /// <param name="startOffset">Byte offset of the first line to read (resume point).</param>
    /// <param name="maxLineBytes">Longer lines are cut to this length and counted.</param>
    /// <param name="consumeUnterminatedLastLine">Batch reading: true (a last line without newline is a line).
    /// Tailing: false (it is left unread until its newline arrives).</param>
    public LineReader(Stream stream, long startOffset = 0, int maxLineBytes = DefaultMaxLineBytes, bool consumeUnterminatedLastLine = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(startOffset);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLineBytes, int.MaxValue / 2);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream is not readable.", nameof(stream));
        }

        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _consumeUnterminatedLastLine = consumeUnterminatedLastLine;
        // Decide "oversized" only once maxLineBytes + 2 bytes lack a '\n' (a CRLF may follow exactly maxLineBytes).
        _maxBufferBytes = maxLineBytes + 2 + SkipChunkBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferBytes, _maxBufferBytes));

        if (stream.CanSeek && stream.Position != startOffset)
        {
            stream.Seek(startOffset, SeekOrigin.Begin);
        }
        _startOffset = startOffset;
        _lineStart = startOffset;
        _position = startOffset;
    }

    /// <summary>Byte offset of the start of the line last returned.</summary>
    public long LineStart => _lineStart;

    /// <summary>Byte offset just after the line last returned (its line ending included): the resume point.</summary>
    public long Position => _position;

    /// <summary>The line last returned was longer than the cap and has been cut.</summary>
    public bool LastLineOversized { get; private set; }

    /// <summary>Lines returned so far.</summary>
    public long LinesRead { get; private set; }

    /// <summary>Lines returned so far that were cut to the cap.</summary>
    public long OversizedLines { get; private set; }

    /// <summary>Next line (without its line ending); false at end of data.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(LineReader));
        if (_skipping)
        {
            return ContinueSkipping(out line);
        }

        while (true)
        {
            var nl = buffer.AsSpan(_start + _scanned, _end - _start - _scanned).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                var length = _scanned + nl;
                var lineSpan = buffer.AsSpan(_start, length);
                if (length > 0 && lineSpan[length - 1] == (byte)'\r')
                {
                    lineSpan = lineSpan[..^1];
                }
                var oversized = lineSpan.Length > _maxLineBytes;
                if (oversized)
                {
                    lineSpan = lineSpan[.._maxLineBytes];
                }
                Advance(length + 1);
                line = Return(lineSpan, oversized);
                return true;
            }

            _scanned = _end - _start;
            if (_scanned >= _maxLineBytes + 2)
            {
                return BeginSkipping(out line);
            }

            if (!Fill())
            {
                return TakeUnterminated(out line);
            }
            buffer = _buffer;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = null;
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private ReadOnlySpan<byte> Return(ReadOnlySpan<byte> line, bool oversized)
    {
        LastLineOversized = oversized;
        LinesRead++;
        if (oversized)
        {
            OversizedLines++;
        }
        return line;
    }

    /// <summary>Hands out <paramref name="consumed"/> bytes from <see cref="_start"/> (line and its ending).</summary>
    private void Advance(int consumed)
    {
        _lineStart = _startOffset;
        _start += consumed;
        _startOffset += consumed;
        _position = _startOffset;
        _scanned = 0;
    }

    /// <summary>End of data with bytes left after the last newline.</summary>
    private bool TakeUnterminated(out ReadOnlySpan<byte> line)
    {
        var length = _end - _start;
        if (length == 0 || !_consumeUnterminatedLastLine)
        {
            line = default;
            return false;
        }

        var lineSpan = _buffer.AsSpan(_start, length);
        if (lineSpan[^1] == (byte)'\r')
        {
            lineSpan = lineSpan[..^1];
        }
        var oversized = lineSpan.Length > _maxLineBytes;
        if (oversized)
        {
            lineSpan = lineSpan[.._maxLineBytes];
        }
        Advance(length);
        line = Return(lineSpan, oversized);
        return true;
    }

    /// <summary>
    /// Reads more data after <see cref="_end"/>, moving unread bytes to the front or growing the buffer first
    /// when there is no room. False when the stream has nothing more for now.
    /// </summary>
    private bool Fill()
    {
        var buffer = _buffer!;
        var pending = _end - _start;
        if (pending == 0)
        {
            _start = 0;
            _end = 0;
        }
        else if (_end == buffer.Length)
        {
            // Grow while the line may still fit under the cap; otherwise (or when little is pending) compact.
            if (buffer.Length < _maxBufferBytes && pending > buffer.Length / 2)
            {
                var grown = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _maxBufferBytes));
                buffer.AsSpan(_start, pending).CopyTo(grown);
                ArrayPool<byte>.Shared.Return(buffer);
                _buffer = buffer = grown;
            }
            else
            {
                buffer.AsSpan(_start, pending).CopyTo(buffer);
            }
            _start = 0;
            _end = pending;
        }

        var read = _stream.Read(buffer, _end, buffer.Length - _end);
        if (read <= 0)
        {
            return false;
        }
        _end += read;
        return true;
    }

    /// <summary>
    /// More than the cap without a newline: keep the first <see cref="_maxLineBytes"/> bytes at the front of the
    /// buffer and discard the rest of the line chunk by chunk.
    /// </summary>
    private bool BeginSkipping(out ReadOnlySpan<byte> line)
    {
        var buffer = _buffer!;
        if (_start > 0)
        {
            buffer.AsSpan(_start, _maxLineBytes).CopyTo(buffer);
        }
        _skipping = true;
        _skipLineStart = _startOffset;
        _skipOffset = _startOffset + (_end - _start);
        _start = 0;
        _end = _maxLineBytes;
        _scanned = 0;
        return ContinueSkipping(out line);
    }

    private bool ContinueSkipping(out ReadOnlySpan<byte> line)
    {
        var buffer = _buffer!;
        while (true)
        {
            // The kept prefix is buffer[0.._maxLineBytes); the scratch area after it receives the skipped bytes.
            var read = _stream.Read(buffer, _maxLineBytes, buffer.Length - _maxLineBytes);
            if (read <= 0)
            {
                if (!_consumeUnterminatedLastLine)
                {
                    // Tailing: the line has no end yet; keep skipping when more data arrives.
                    line = default;
                    return false;
                }
                FinishSkipping(_skipOffset, _maxLineBytes, _maxLineBytes);
                line = Return(buffer.AsSpan(0, _maxLineBytes), oversized: true);
                return true;
            }

            var nl = buffer.AsSpan(_maxLineBytes, read).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                FinishSkipping(_skipOffset + nl + 1, _maxLineBytes + nl + 1, _maxLineBytes + read);
                line = Return(buffer.AsSpan(0, _maxLineBytes), oversized: true);
                return true;
            }
            _skipOffset += read;
        }
    }

    private void FinishSkipping(long nextLineOffset, int nextLineIndex, int end)
    {
        _skipping = false;
        _lineStart = _skipLineStart;
        _position = nextLineOffset;
        _start = nextLineIndex;
        _end = end;
        _startOffset = nextLineOffset;
        _scanned = 0;
    }
}
