using System.Net;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Ingest.Commands;

namespace EsaTls.Ingest.Hosting;

/// <summary>Everything <c>esatls-ingest run</c> needs, read and validated from configuration (docs/worker.md).</summary>
public sealed record WorkerSettings
{
    public required SinkSettings Sink { get; init; }

    /// <summary>Holds the syslog spool and the worker's lock file.</summary>
    public required string StateDirectory { get; init; }

    public IReadOnlyList<FileInputSettings> Files { get; init; } = [];

    public SyslogSettings Syslog { get; init; } = new();

    public LoopSettings Loop { get; init; } = new();

    public CorrelatorOptions Correlator { get; init; } = new();

    public string SpoolDirectory => Path.Combine(StateDirectory, "spool");
}

/// <summary>A directory the appliance pushes its log files into (FTP/SCP push), and how its lines are read.</summary>
public sealed record FileInputSettings
{
    public required string Path { get; init; }

    /// <summary>Configured appliance name; null: the file header serial, else the file's base name.</summary>
    public string? Appliance { get; init; }

    public TimeZoneSpec? Zone { get; init; }

    public int? Year { get; init; }
}

/// <summary>Syslog push listeners and their spool.</summary>
public sealed record SyslogSettings
{
    public const int DefaultPort = 5514;

    /// <summary>Null: no UDP listener.</summary>
    public IPEndPoint? Udp { get; init; } = new(IPAddress.Loopback, DefaultPort);

    /// <summary>Null: no TCP listener.</summary>
    public IPEndPoint? Tcp { get; init; } = new(IPAddress.Loopback, DefaultPort);

    /// <summary>PEM certificate and key: the TCP listener speaks TLS.</summary>
    public string? TlsCertificate { get; init; }

    public string? TlsKey { get; init; }

    public int MaxLineBytes { get; init; } = 256 * 1024;

    public int MaxConnections { get; init; } = 64;

    /// <summary>Zone of syslog timestamps (they carry none) for sources without their own.</summary>
    public TimeZoneSpec? Zone { get; init; }

    public int? Year { get; init; }

    /// <summary>Per source address: appliance name and zone.</summary>
    public IReadOnlyList<SyslogSourceSettings> Sources { get; init; } = [];

    public long SpoolFileBytes { get; init; } = 64L << 20;

    public TimeSpan FsyncInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A TCP connection that sends nothing for this long is closed (frees its slot).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(10);

    public bool Enabled => Udp is not null || Tcp is not null;
}

public sealed record SyslogSourceSettings
{
    public required IPAddress Address { get; init; }

    public string? Appliance { get; init; }

    public TimeZoneSpec? Zone { get; init; }
}

/// <summary>Pace of the ingest loop.</summary>
public sealed record LoopSettings
{
    /// <summary>How often directories and the spool are looked at when there is nothing to read.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest time read input stays uncommitted.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Commit early once this many documents are pending…</summary>
    public int BatchDocuments { get; init; } = 5_000;

    /// <summary>…or this many bytes were read since the last commit.</summary>
    public long BatchBytes { get; init; } = 64L << 20;

    /// <summary>Wall-clock period of the idle flush (long-lived messages written as they change).</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Log-time idleness after which a changed open message is written.</summary>
    public TimeSpan FlushIdle { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan StatsInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A changed file must stay unchanged this long before an unterminated last line is read as a line.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Positions of files gone from their directory are forgotten after this long.</summary>
    public TimeSpan ForgetAfter { get; init; } = TimeSpan.FromDays(7);

    public int MaxLineBytes { get; init; } = LineReader.DefaultMaxLineBytes;

    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
