namespace EsaTls.Ingest.Sources;

/// <summary>What the syslog listeners received and could not keep; updated from the receiving threads.</summary>
public sealed class SyslogCounters
{
    private long _lines;
    private long _datagrams;
    private long _dropped;
    private long _oversized;
    private long _unparsable;
    private long _rejectedConnections;
    private long _openConnections;

    /// <summary>Lines written to the spool file.</summary>
    public long Lines => Interlocked.Read(ref _lines);
    public long Datagrams => Interlocked.Read(ref _datagrams);
    /// <summary>Lines lost: the spool queue was full (UDP) or the spool could not be written.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);
    /// <summary>Lines longer than <c>Syslog:MaxLineBytes</c>, cut to it (kept).</summary>
    public long Oversized => Interlocked.Read(ref _oversized);
    /// <summary>Empty datagrams or frames, bad octet counts, truncated frames, text that does not begin like syslog.</summary>
    public long Unparsable => Interlocked.Read(ref _unparsable);
    /// <summary>TCP connections refused over <c>Syslog:MaxConnections</c>.</summary>
    public long RejectedConnections => Interlocked.Read(ref _rejectedConnections);
    public long OpenConnections => Interlocked.Read(ref _openConnections);

    internal void Spooled(int lines) => Interlocked.Add(ref _lines, lines);
    internal void Datagram() => Interlocked.Increment(ref _datagrams);
    internal void Drop(long count = 1) => Interlocked.Add(ref _dropped, count);
    internal void TooLong() => Interlocked.Increment(ref _oversized);
    internal void BadFrame() => Interlocked.Increment(ref _unparsable);
    internal void Rejected() => Interlocked.Increment(ref _rejectedConnections);
    internal void Opened() => Interlocked.Increment(ref _openConnections);
    internal void Closed() => Interlocked.Decrement(ref _openConnections);
}
