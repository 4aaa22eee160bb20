using EsaTls.Core.Correlation;
using EsaTls.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Sources;

/// <summary>What every input of the worker feeds: the one correlator (not thread-safe: used from the ingest loop only), the line counters, the log.</summary>
internal sealed record TailContext(Correlator Correlator, IngestStats Stats, ILogger Log, TimeProvider Time)
{
    public DateTime Now => Time.GetUtcNow().UtcDateTime;
}
