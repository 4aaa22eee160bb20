using EsaTls.LogGen.Model;

namespace EsaTls.LogGen.Output;

/// <summary>
/// One appliance's rollover file set as the appliance writes it: <c>DIR/&lt;host&gt;/mail_logs.@YYYYMMDDTHHMMSS.s</c>
/// files of about <c>--file-size</c> each, every one opening with the <c>Begin Logfile</c> / <c>Version: … SN: …</c> /
/// <c>Time offset from UTC</c> header; the file being written at the end is renamed <c>.c</c> (current). An older
/// file set of the host in the directory is replaced.
/// </summary>
internal sealed class NativeLogWriter : ILineSink
{
    private readonly Appliance _appliance;
    private readonly string _directory;
    private readonly long _fileSize;
    private readonly Rng _rng;
    private readonly List<string> _files = [];
    private ByteOutput? _current;
    private string _lastStamp = "";
    private byte[] _line = new byte[2048];

    public NativeLogWriter(Appliance appliance, string directory, long fileSize, Rng rng)
    {
        _appliance = appliance;
        _directory = directory;
        _fileSize = fileSize;
        _rng = rng;
        Directory.CreateDirectory(directory);
        // A previous run's file set of this host would mix with this one (its names sort in between).
        foreach (var old in Directory.EnumerateFiles(directory, "mail_logs.@*"))
        {
            File.Delete(old);
        }
    }

    public IReadOnlyList<string> Files => _files;

    public int Write(Appliance appliance, long utcMs, LogLevel level, ReadOnlySpan<byte> message, in LineKeys keys)
    {
        var header = 0;
        if (_current is null || _current.Written >= _fileSize)
        {
            header = Roll(utcMs);
        }
        var length = Frame(utcMs, level, message);
        _current!.Write(_line.AsSpan(0, length));
        return header + length;
    }

    private int Frame(long utcMs, LogLevel level, ReadOnlySpan<byte> message)
    {
        var prefix = Levels.Prefix(level);
        var need = 25 + prefix.Length + message.Length + 1;
        if (need > _line.Length)
        {
            _line = new byte[need * 2];
        }
        var span = _line.AsSpan();
        _appliance.Stamps.Ctime(utcMs).CopyTo(span);
        span[24] = (byte)' ';
        prefix.CopyTo(span[25..]);
        message.CopyTo(span[(25 + prefix.Length)..]);
        span[need - 1] = (byte)'\n';
        return need;
    }

    private int Roll(long utcMs)
    {
        _current?.Dispose();
        var local = _appliance.Stamps.Local(utcMs);
        var stamp = local.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        // Two roll-overs within one second would collide; the appliance never does that, we bump the stamp.
        while (string.CompareOrdinal(stamp, _lastStamp) <= 0)
        {
            local = local.AddSeconds(1);
            stamp = local.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        }
        _lastStamp = stamp;
        var path = Path.Combine(_directory, $"mail_logs.@{stamp}.s");
        _files.Add(path);
        _current = new ByteOutput(path);

        // Observed quirk (esa-mail-logs.md §1.3): the header can be stamped a few seconds after the
        // buffered lines that follow it.
        var headerMs = _rng.Chance(0.25) ? utcMs + _rng.Range(1, 8) * 1000L : utcMs;
        var b = new LineBuilder();
        var total = 0;
        b.A("Begin Logfile"u8);
        total += WriteHeader(headerMs, b);
        b.Clear();
        b.A("Version: "u8).A(_appliance.Version).A(" SN: "u8).A(_appliance.Serial);
        total += WriteHeader(headerMs, b);
        b.Clear();
        b.A("Time offset from UTC: "u8).N(_appliance.UtcOffsetSeconds).A(" seconds"u8);
        total += WriteHeader(headerMs, b);
        return total;
    }

    private int WriteHeader(long utcMs, LineBuilder b)
    {
        var length = Frame(utcMs, LogLevel.Info, b.Span);
        _current!.Write(_line.AsSpan(0, length));
        return length;
    }

    public void Dispose()
    {
        if (_current is null)
        {
            return;
        }
        _current.Dispose();
        _current = null;
        var last = _files[^1];
        var current = last[..^2] + ".c";
        File.Move(last, current, overwrite: true);
        _files[^1] = current;
    }
}
