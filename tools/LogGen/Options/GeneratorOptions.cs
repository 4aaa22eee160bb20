namespace EsaTls.LogGen.Options;

internal enum Framing
{
    Native,
    Syslog,
    /// <summary>Appliances 1, 2, 4, 5, 7… write native files; every third appliance (3, 6…) pushes syslog.</summary>
    Mixed,
}

internal enum SyslogLayout
{
    /// <summary><c>DIR/&lt;host&gt;/syslog.log</c>, one stream per appliance.</summary>
    PerAppliance,
    /// <summary><c>DIR/syslog.log</c>, every syslog appliance in one stream (a collector's file).</summary>
    Interleaved,
}

/// <summary>What the ground truth names an appliance of native framing by (design.md §1 identity order).</summary>
internal enum HostIdentity
{
    /// <summary>The file header serial — what the ingest uses when no name is configured.</summary>
    Serial,
    /// <summary>The host name — what the ingest uses when it is run with <c>--host</c>.</summary>
    Hostname,
}

/// <summary>Shares of TLS outcomes per connection (inbound ICIDs and delivery DCIDs).</summary>
internal sealed record TlsMix(double Success, double Failed, double None)
{
    public static readonly TlsMix Default = new(80, 5, 15);
}

/// <summary>
/// A bulk send from the internal bulk mailer through relay connections: <paramref name="Messages"/> messages
/// spread over <paramref name="Duration"/>, starting at <paramref name="StartUtc"/> (may be before the window:
/// the log then starts in the middle of it). Recipients at <paramref name="Domain"/> only (a mailing to a
/// partner's staff), or null for the usual mix of large providers and other domains.
/// </summary>
internal sealed record CampaignSpec(int Appliance, DateTime StartUtc, int Messages, TimeSpan Duration, string? Domain = null);

internal sealed record GeneratorOptions
{
    public int Appliances { get; init; } = 1;

    /// <summary>Regular (non-campaign) messages started in the window, over all appliances. Null when <see cref="SizeBytes"/> rules.</summary>
    public long? Messages { get; init; }

    /// <summary>Stop once this many bytes of log were written (all outputs together).</summary>
    public long? SizeBytes { get; init; }

    public DateTime StartUtc { get; init; } = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    public TimeSpan Duration { get; init; } = TimeSpan.FromDays(1);

    public ulong Seed { get; init; } = 1;

    public Framing Framing { get; init; } = Framing.Native;

    public SyslogLayout SyslogLayout { get; init; } = SyslogLayout.PerAppliance;

    /// <summary>Syslog lines start with <c>&lt;PRI&gt;</c> as sent on the wire; false: as a receiving syslogd writes them.</summary>
    public bool SyslogPri { get; init; } = true;

    public string OutDir { get; init; } = "loggen-out";

    /// <summary>Native framing: roll over to a new file once the current one reached this size.</summary>
    public long FileSize { get; init; } = 10L << 20;

    /// <summary>Appliance time zones (seconds east of UTC), cycled over the appliances.</summary>
    public IReadOnlyList<int> UtcOffsets { get; init; } = [0];

    /// <summary>How long each appliance runs before the window opens (cycled); zero: nothing is open when the log starts.</summary>
    public IReadOnlyList<TimeSpan> Warmups { get; init; } = [TimeSpan.FromMinutes(15)];

    public TlsMix TlsMix { get; init; } = TlsMix.Default;

    public IReadOnlyList<(string Version, double Weight)> TlsVersions { get; init; } = [("TLSv1.2", 70), ("TLSv1.3", 25), ("TLSv1", 5)];

    /// <summary>Syslog only: share of lines delivered a few positions late.</summary>
    public double Reorder { get; init; }

    /// <summary>Share of lines (of kinds that have one) written in an older documented form.</summary>
    public double Variants { get; init; }

    /// <summary>Share of TLS-received messages that also get the Debug <c>MID m ICID i TLS read</c> line.</summary>
    public double DebugTlsRead { get; init; }

    public IReadOnlyList<CampaignSpec> Campaigns { get; init; } = [];

    public string? TruthFile { get; init; }

    public HostIdentity HostIdentity { get; init; } = HostIdentity.Serial;

    public bool Quiet { get; init; }

    public DateTime EndUtc => StartUtc + Duration;
}
