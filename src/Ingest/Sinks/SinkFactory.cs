using EsaTls.Core.Stores;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Commands;

namespace EsaTls.Ingest.Sinks;

/// <summary>Opens the sink the options name: the SQLite store by default, or a cluster.</summary>
public class SinkFactory
{
    public virtual Task<IMessageSink> CreateAsync(SinkSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Elasticsearch is not null || settings.OpenSearch is not null)
        {
            throw new UsageException("--elasticsearch/--opensearch: cluster sinks are not available in this build");
        }
        throw new UsageException("--store: the SQLite store is not available in this build");
    }
}
