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

    /// <summary>Consolidated event log (CEF) input.</summary>
    public ConsolidatedOptions Consolidated { get; init; } = new();
}

/// <summary>How consolidated event lines are read and merged with text mail logs.</summary>
public sealed record ConsolidatedOptions
{
    /// <summary>
    /// The consolidated event subscriptions of every appliance select the TLS fields (<c>ESATLSIn*</c>,
    /// <c>ESATLSOut*</c>): a line without them means no TLS from the first line on. Otherwise absent keys mean
    /// <c>unknown</c> until the appliance's stream has carried that leg's keys.
    /// </summary>
    public bool TlsFieldsSelected { get; init; }

    /// <summary>Appliances (correlation names) whose subscriptions select the TLS fields, when not all do.</summary>
    public IReadOnlyCollection<string> TlsFieldsSelectedFor { get; init; } = [];

    /// <summary>How long (log time) a finished message waits for its other half — the consolidated line of a text-logged
    /// message, the text lines of a consolidated-only one — once the appliance is known to have both streams.</summary>
    public TimeSpan MergeWindow { get; init; } = TimeSpan.FromMinutes(15);

    public bool SelectsTlsFields(string appliance)
    {
        if (TlsFieldsSelected)
        {
            return true;
        }
        foreach (var name in TlsFieldsSelectedFor)
        {
            if (string.Equals(name, appliance, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
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
    /// <summary>Open messages flushed (with what is known) and forgotten over <see cref="CorrelatorOptions.MaxOpenMessages"/>.</summary>
    public long EvictedByCap { get; internal set; }
    /// <summary>Open connections forgotten over <see cref="CorrelatorOptions.MaxOpenConnections"/>; their messages keep what was known.</summary>
    public long EvictedConnections { get; internal set; }
    public long OpenMessages { get; internal set; }
    public long OpenConnections { get; internal set; }
    /// <summary>Consolidated event lines applied.</summary>
    public long ConsolidatedLines { get; internal set; }
    /// <summary>Messages whose latest document shows a disagreement between the text log and the consolidated line.</summary>
    public long Conflicts { get; internal set; }
}
