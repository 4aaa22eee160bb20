namespace EsaTls.Ingest.Sources;

/// <summary>
/// Splits a syslog TCP byte stream into lines (RFC 6587): octet-counted frames (<c>LEN SP MSG</c>, chosen when a
/// frame starts with a non-zero digit followed by digits and a space) or non-transparent frames ended by LF. A frame
/// holding several lines yields each. Lines longer than the cap are cut to it (the rest is skipped, never
/// buffered) and counted. Also splits UDP datagrams (one message per datagram, RFC 5426).
/// </summary>
internal sealed class SyslogFrameDecoder
{
    private const int MaxCountDigits = 9;

    private readonly int _maxLineBytes;
    private readonly SyslogCounters _counters;
    private readonly byte[] _line;
    private int _length;
    private bool _cut;
    private State _state = State.FrameStart;
    private long _remaining;     // octet-counted: bytes of the current frame still to come
    private int _digits;
    private long _count;
    private int _frameLines;

    public SyslogFrameDecoder(int maxLineBytes, SyslogCounters counters)
    {
        _maxLineBytes = maxLineBytes;
        _counters = counters;
        _line = new byte[maxLineBytes];
    }

    private enum State
    {
        FrameStart,
        Count,
        Octets,
        Text,
    }

    /// <summary>Receives each complete line (without its line ending); the span is valid only during the call.</summary>
    public delegate void LineHandler(ReadOnlySpan<byte> line);

    public void Feed(ReadOnlySpan<byte> data, LineHandler onLine)
    {
        var i = 0;
        while (i < data.Length)
        {
            var b = data[i];
            switch (_state)
            {
                case State.FrameStart:
                    if (b is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t' or 0)
                    {
                        i++; // blank between frames
                        continue;
                    }
                    if (b is >= (byte)'1' and <= (byte)'9')
                    {
                        _state = State.Count;
                        _digits = 0;
                        _count = 0;
                        continue;
                    }
                    _state = State.Text;
                    continue;
                case State.Count:
                    if (b is >= (byte)'0' and <= (byte)'9' && _digits < MaxCountDigits)
                    {
                        _count = (_count * 10) + (b - '0');
                        _digits++;
                        Append(b);
                        i++;
                        continue;
                    }
                    if (b == (byte)' ' && _digits > 0)
                    {
                        // "LEN SP": an octet-counted frame. The digits were kept in case it was plain text.
                        _length = 0;
                        _frameLines = 0;
                        _remaining = _count;
                        _state = State.Octets;
                        i++;
                        continue;
                    }
                    _state = State.Text; // digits that were not a count: an ordinary line that starts with them
                    continue;
                case State.Octets:
                    {
                        var take = (int)Math.Min(_remaining, data.Length - i);
                        var chunk = data.Slice(i, take);
                        i += take;
                        _remaining -= take;
                        AppendOctets(chunk, onLine);
                        if (_remaining == 0)
                        {
                            EndLine(onLine, frameEnd: true);
                            _state = State.FrameStart;
                        }
                        continue;
                    }
                default:
                    {
                        var rest = data[i..];
                        var nl = rest.IndexOf((byte)'\n');
                        if (nl < 0)
                        {
                            Append(rest);
                            i = data.Length;
                            continue;
                        }
                        Append(rest[..nl]);
                        i += nl + 1;
                        EndLine(onLine, frameEnd: true);
                        _state = State.FrameStart;
                        continue;
                    }
            }
        }
    }

    /// <summary>The connection closed: a last line without its LF is still a line; a cut-off octet-counted frame is counted.</summary>
    public void Finish(LineHandler onLine)
    {
        if (_state == State.Octets)
        {
            _counters.BadFrame();
        }
        if (_state is State.Text or State.Octets or State.Count)
        {
            EndLine(onLine, frameEnd: true);
        }
        _state = State.FrameStart;
    }

    /// <summary>One UDP datagram: its lines (usually one, an LF at the end is optional).</summary>
    public void FeedDatagram(ReadOnlySpan<byte> datagram, LineHandler onLine)
    {
        _state = State.Text;
        _length = 0;
        _cut = false;
        var any = false;
        while (!datagram.IsEmpty)
        {
            var nl = datagram.IndexOf((byte)'\n');
            var part = nl < 0 ? datagram : datagram[..nl];
            datagram = nl < 0 ? default : datagram[(nl + 1)..];
            Append(part);
            any |= EndLine(onLine, frameEnd: false);
        }
        if (!any)
        {
            _counters.BadFrame();
        }
        _state = State.FrameStart;
    }

    private void AppendOctets(ReadOnlySpan<byte> chunk, LineHandler onLine)
    {
        // An octet-counted message may itself hold line feeds: each ends a line.
        while (!chunk.IsEmpty)
        {
            var nl = chunk.IndexOf((byte)'\n');
            if (nl < 0)
            {
                Append(chunk);
                return;
            }
            Append(chunk[..nl]);
            EndLine(onLine, frameEnd: false);
            chunk = chunk[(nl + 1)..];
        }
    }

    private void Append(byte b)
    {
        if (_length < _maxLineBytes)
        {
            _line[_length++] = b;
        }
        else
        {
            _cut = true;
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        var room = _maxLineBytes - _length;
        if (bytes.Length > room)
        {
            _cut = true;
            bytes = bytes[..room];
        }
        bytes.CopyTo(_line.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Hands out the line collected so far (CR and trailing NULs removed); blank lines are skipped. True when a line was handed out.</summary>
    private bool EndLine(LineHandler onLine, bool frameEnd)
    {
        var line = _line.AsSpan(0, _length);
        while (!line.IsEmpty && line[^1] is (byte)'\r' or 0)
        {
            line = line[..^1];
        }
        var handed = false;
        if (!line.TrimStart(" \t"u8).IsEmpty)
        {
            if (_cut)
            {
                _counters.TooLong();
            }
            if (!LooksLikeSyslog(line))
            {
                // Kept all the same: the pipeline reports it with its reason; this counts it at the door.
                _counters.BadFrame();
            }
            onLine(line);
            handed = true;
            _frameLines++;
        }
        else if (frameEnd && _state == State.Octets && _frameLines == 0)
        {
            _counters.BadFrame(); // an empty octet-counted frame
        }
        _length = 0;
        _cut = false;
        return handed;
    }

    /// <summary>Syslog (<c>&lt;PRI&gt;</c>) or a bare timestamp (<c>Mmm dd</c>, <c>Www Mmm</c>) starts with '&lt;' or a letter.</summary>
    private static bool LooksLikeSyslog(ReadOnlySpan<byte> line) =>
        line[0] == (byte)'<' || (line[0] | 0x20) is >= (byte)'a' and <= (byte)'z';
}
