using EsaTls.Core.Parsing;

namespace EsaTls.Core.Correlation;

/// <summary>
/// What a source feeds the correlator, in log order: events of an appliance, and serials learnt from file
/// headers. The <see cref="Correlator"/> itself, or a recorder that replays the calls on another thread.
/// </summary>
public interface ICorrelatorInput
{
    /// <summary>Applies one event of <paramref name="appliance"/> logged at <paramref name="time"/> (UTC).</summary>
    void Apply(string appliance, DateTime time, MailEvent e);

    /// <summary>Records the serial number of an appliance learnt outside the event stream (file header seen earlier).</summary>
    void SetSerial(string appliance, string serial);
}
