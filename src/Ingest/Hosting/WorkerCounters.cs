using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EsaTls.Core.Correlation;
using EsaTls.Core.Pipeline;
using EsaTls.Ingest.Sources;

namespace EsaTls.Ingest.Hosting;

/// <summary>
/// The running worker's counters as of its last stats line, in <c>counters.json</c> of the state directory, so that
/// <c>esatls-ingest status</c> (another process) can show what the listeners refused, dropped or slowed down.
/// </summary>
public sealed record WorkerCounters
{
    public const string FileName = "counters.json";

    [JsonPropertyName("saved_utc")] public DateTime SavedUtc { get; init; }
    [JsonPropertyName("lines")] public long Lines { get; init; }
    [JsonPropertyName("unrecognised")] public long Unrecognised { get; init; }
    [JsonPropertyName("flushed_over_cap")] public long FlushedOverCap { get; init; }
    [JsonPropertyName("connections_over_cap")] public long ConnectionsOverCap { get; init; }
    [JsonPropertyName("syslog")] public SyslogFigures? Syslog { get; init; }

    public sealed record SyslogFigures
    {
        [JsonPropertyName("lines")] public long Lines { get; init; }
        [JsonPropertyName("dropped")] public long Dropped { get; init; }
        [JsonPropertyName("oversized")] public long Oversized { get; init; }
        [JsonPropertyName("unparsable")] public long Unparsable { get; init; }
        [JsonPropertyName("over_rate")] public long OverRate { get; init; }
        [JsonPropertyName("throttled")] public long Throttled { get; init; }
        [JsonPropertyName("connections")] public long Connections { get; init; }
        [JsonPropertyName("refused")] public long Refused { get; init; }
    }

    public static WorkerCounters From(IngestStats stats, CorrelatorCounters c, SyslogCounters? s, DateTime now) => new()
    {
        SavedUtc = now,
        Lines = stats.Lines,
        Unrecognised = stats.Unrecognised,
        FlushedOverCap = c.EvictedByCap,
        ConnectionsOverCap = c.EvictedConnections,
        Syslog = s is null ? null : new SyslogFigures
        {
            Lines = s.Lines,
            Dropped = s.Dropped,
            Oversized = s.Oversized,
            Unparsable = s.Unparsable,
            OverRate = s.RateLimited,
            Throttled = s.Throttled,
            Connections = s.OpenConnections,
            Refused = s.RejectedConnections,
        },
    };

    /// <summary>Replaces the file (write and rename); a failure is returned, not thrown: the counters are only a report.</summary>
    public string? Save(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, FileName);
        try
        {
            File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this));
            File.Move(path + ".tmp", path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    /// <summary>The counters the worker saved last, or null when there are none (or they cannot be read).</summary>
    public static WorkerCounters? Load(string stateDirectory)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkerCounters>(File.ReadAllText(Path.Combine(stateDirectory, FileName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public void Write(TextWriter w)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(inv,
            $"counters       as of {SavedUtc:yyyy-MM-ddTHH:mm:ssZ}: {Lines:N0} lines ({Unrecognised:N0} unrecognised), over the caps {FlushedOverCap:N0} open messages flushed, {ConnectionsOverCap:N0} connections forgotten"));
        if (Syslog is { } s)
        {
            w.WriteLine(string.Create(inv,
                $"syslog         {s.Lines:N0} lines, {s.Dropped:N0} dropped, {s.Oversized:N0} oversized, {s.Unparsable:N0} unparsable, {s.OverRate:N0} over rate (dropped), {s.Throttled:N0} throttled, {s.Connections:N0} connections ({s.Refused:N0} refused)"));
        }
    }
}
