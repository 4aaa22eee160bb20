using EsaTls.LogGen.Model;

namespace EsaTls.LogGen.Output;

/// <summary>
/// Syslog push framing as received by a collector: <c>&lt;PRI&gt;Mmm dd HH:MM:SS host mail_logs: Level: text</c>
/// (RFC 3164, appliance-local time, no year, no zone, no file header). One writer per appliance or one
/// shared by all syslog appliances (interleaved). Optionally delivers some lines a few positions late.
/// </summary>
internal sealed class SyslogWriter : ILineSink
{
    private readonly ByteOutput _output;
    private readonly bool _pri;
    private readonly Reorderer? _reorderer;
    private byte[] _line = new byte[2048];

    public SyslogWriter(string path, bool pri, double reorder, Rng rng)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _output = new ByteOutput(path);
        _pri = pri;
        _reorderer = reorder > 0 ? new Reorderer(_output, reorder, rng) : null;
        Files = [path];
    }

    public IReadOnlyList<string> Files { get; }

    public int Write(Appliance appliance, long utcMs, LogLevel level, ReadOnlySpan<byte> message, in LineKeys keys)
    {
        var pri = _pri ? Levels.Pri(level) : default;
        var prefix = Levels.Prefix(level);
        var host = appliance.HostUtf8;
        var need = pri.Length + 15 + 1 + host.Length + " mail_logs: "u8.Length + prefix.Length + message.Length + 1;
        if (need > _line.Length)
        {
            _line = new byte[need * 2];
        }
        var span = _line.AsSpan();
        var at = 0;
        pri.CopyTo(span);
        at += pri.Length;
        appliance.Stamps.Bsd(utcMs).CopyTo(span[at..]);
        at += 15;
        span[at++] = (byte)' ';
        host.CopyTo(span[at..]);
        at += host.Length;
        " mail_logs: "u8.CopyTo(span[at..]);
        at += " mail_logs: "u8.Length;
        prefix.CopyTo(span[at..]);
        at += prefix.Length;
        message.CopyTo(span[at..]);
        at += message.Length;
        span[at++] = (byte)'\n';
        if (_reorderer is null)
        {
            _output.Write(span[..at]);
        }
        else
        {
            _reorderer.Push(span[..at], appliance.Index, keys);
        }
        return at;
    }

    public void Dispose()
    {
        _reorderer?.Flush();
        _output.Dispose();
    }
}

/// <summary>
/// Holds a fraction of lines back and releases each after 1–4 later lines, like a UDP syslog feed
/// (esa-mail-logs.md §1.2). A held line is released early, before any line of the same appliance that
/// shares an id with it, so related lines never swap.
/// </summary>
internal sealed class Reorderer
{
    private const int MaxHeld = 8;

    private readonly ByteOutput _output;
    private readonly double _fraction;
    private readonly Rng _rng;
    private readonly List<Held> _held = [];
    private readonly Stack<byte[]> _pool = new();

    private sealed class Held
    {
        public byte[] Bytes = [];
        public int Length;
        public int Appliance;
        public LineKeys Keys;
        public int Remaining;
    }

    public Reorderer(ByteOutput output, double fraction, Rng rng)
    {
        _output = output;
        _fraction = fraction;
        _rng = rng;
    }

    public void Push(ReadOnlySpan<byte> line, int appliance, in LineKeys keys)
    {
        for (var i = 0; i < _held.Count;)
        {
            var h = _held[i];
            if (h.Appliance == appliance && h.Keys.Conflicts(keys))
            {
                Release(i);
            }
            else
            {
                i++;
            }
        }

        if (_held.Count < MaxHeld && _rng.Chance(_fraction))
        {
            var bytes = _pool.Count > 0 ? _pool.Pop() : new byte[Math.Max(512, line.Length)];
            if (bytes.Length < line.Length)
            {
                bytes = new byte[line.Length * 2];
            }
            line.CopyTo(bytes);
            _held.Add(new Held { Bytes = bytes, Length = line.Length, Appliance = appliance, Keys = keys, Remaining = _rng.Range(1, 4) });
            return;
        }

        _output.Write(line);
        for (var i = 0; i < _held.Count;)
        {
            if (--_held[i].Remaining <= 0)
            {
                Release(i);
            }
            else
            {
                i++;
            }
        }
    }

    public void Flush()
    {
        while (_held.Count > 0)
        {
            Release(0);
        }
    }

    private void Release(int index)
    {
        var h = _held[index];
        _held.RemoveAt(index);
        _output.Write(h.Bytes.AsSpan(0, h.Length));
        _pool.Push(h.Bytes);
    }
}
