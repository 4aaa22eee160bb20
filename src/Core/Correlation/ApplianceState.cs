namespace EsaTls.Core.Correlation;

/// <summary>
/// The correlation state of one appliance: its open connections and messages, keyed by id. Ids are only
/// unique per appliance (design.md §1), so every appliance gets its own maps.
/// </summary>
internal sealed class ApplianceState
{
    public string Name { get; set; } = "";
    public string? Serial { get; set; }

    /// <summary>Latest log time seen for this appliance: eviction horizons are measured in log time, not wall time.</summary>
    public DateTime Clock { get; set; }
    public DateTime NextSweep { get; set; }
    public long NextInstance { get; set; } = 1;

    public Dictionary<long, ConnectionState> Icids { get; set; } = [];
    public Dictionary<long, ConnectionState> Dcids { get; set; } = [];

    /// <summary>Delivery connections replaced by a reused DCID but still referenced by attempts, by instance.</summary>
    public Dictionary<long, ConnectionState> RetiredDcids { get; set; } = [];

    public Dictionary<long, MessageState> Messages { get; set; } = [];

    /// <summary>Finished messages kept for a short grace period so that late lines (syslog reordering, a
    /// split child naming its finished parent) find them instead of starting a new document.</summary>
    public Dictionary<long, MessageState> Finished { get; set; } = [];

    /// <summary>Text mail-log lines about messages were seen for this appliance.</summary>
    public bool TextSeen { get; set; }

    /// <summary>Consolidated event lines were seen for this appliance.</summary>
    public bool ConsolidatedSeen { get; set; }

    /// <summary>The consolidated stream has carried <c>ESATLSIn*</c> keys: from then on a line without them means no TLS.</summary>
    public bool ConsolidatedTlsIn { get; set; }

    /// <summary>The same for <c>ESATLSOut*</c>.</summary>
    public bool ConsolidatedTlsOut { get; set; }

    public long NewInstance() => NextInstance++;
}
