namespace EsaTls.Core.Correlation;

public sealed record CorrelatorOptions
{
    /// <summary>Open state untouched for this long (log time) is flushed with what is known and forgotten.</summary>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long closed connections and finished messages stay findable for late or reordered lines.</summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Cap on open messages per appliance; beyond it the least recently active are flushed and forgotten.</summary>
    public int MaxOpenMessages { get; init; } = 2_000_000;

    /// <summary>Cap on open connections (ICIDs + DCIDs) per appliance; beyond it the least recently active are forgotten.</summary>
    public int MaxOpenConnections { get; init; } = 2_000_000;
}

/// <summary>Running figures of the correlator, for summaries and the stats line.</summary>
public sealed class CorrelatorCounters
{
    /// <summary>Distinct messages emitted at least once.</summary>
    public long Messages { get; internal set; }
    /// <summary>Documents emitted (a message may be emitted again when it changes).</summary>
    public long Emitted { get; internal set; }
    public long Lacked { get; internal set; }
    public long Unknown { get; internal set; }
    public long EvictedByHorizon { get; internal set; }
    public long EvictedByCap { get; internal set; }
    public long OpenMessages { get; internal set; }
    public long OpenConnections { get; internal set; }
}
