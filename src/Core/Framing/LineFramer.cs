namespace EsaTls.Core.Framing;

/// <summary>Framing settings of one source (per appliance or per input).</summary>
public sealed record FramingOptions
{
    /// <summary>Zone of native and syslog timestamps when the file has no <c>Time offset from UTC</c> header. Null: UTC.</summary>
    public TimeZoneSpec? Zone { get; init; }

    /// <summary>Year of the first syslog line (syslog framing has none); later Dec→Jan steps add one.</summary>
    public int? Year { get; init; }

    /// <summary>"Now" for inferring a syslog year when <see cref="Year"/> is not given.</summary>
    public DateTime NowUtc { get; init; } = DateTime.UtcNow;
}

/// <summary>
/// Takes one raw line apart (native ctime or RFC 3164 syslog framing) and resolves its time to UTC.
/// Stateful per source: it holds the file's UTC offset and the inferred syslog year.
/// </summary>
public sealed class LineFramer
{
    public LineFramer(FramingOptions options) => throw new NotImplementedException();

    public FrameError TryFrame(ReadOnlySpan<byte> line, out FramedLine framed) => throw new NotImplementedException();

    /// <summary>The file header said <c>Time offset from UTC: N seconds</c>: it overrides the configured zone for this source.</summary>
    public void ApplyUtcOffset(int seconds) => throw new NotImplementedException();

    /// <summary>State needed to resume this source mid-stream (year inference, header offset), as a compact string.</summary>
    public string SaveState() => throw new NotImplementedException();

    public void RestoreState(string state) => throw new NotImplementedException();
}
