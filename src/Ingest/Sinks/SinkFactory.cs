using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Search;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Commands;

namespace EsaTls.Ingest.Sinks;

/// <summary>Opens the sink the options name: the SQLite store by default, or a cluster.</summary>
public class SinkFactory(CliOutput output)
{
    public Task<IMessageSink> CreateAsync(SinkSettings settings, CancellationToken cancellationToken) =>
        CreateAsync(settings, SqliteBulkLoad.Never, cancellationToken);

    /// <param name="bulkLoad">Whether the SQLite store may defer its indexes for a large load (<c>files</c>).</param>
    public virtual async Task<IMessageSink> CreateAsync(SinkSettings settings, SqliteBulkLoad bulkLoad, CancellationToken cancellationToken)
    {
        if (!settings.IsCluster)
        {
            return await OpenStoreAsync(settings.StorePath, bulkLoad, cancellationToken).ConfigureAwait(false);
        }
        var connection = await ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        try
        {
            var stateDirectory = settings.StateDir ?? Path.Combine("esatls-state", StateName(connection));
            return await SearchMessageSink.CreateAsync(connection, new SearchSinkOptions
            {
                StateDirectory = stateDirectory,
                OnWarning = w => output.Error.WriteLine($"esatls-ingest: {w}"),
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    protected virtual async Task<IMessageSink> OpenStoreAsync(string path, SqliteBulkLoad bulkLoad, CancellationToken cancellationToken)
    {
        try
        {
            return await SqliteMessageStore.OpenAsync(path, bulkLoad, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteStoreException e)
        {
            // Not an esatls store, a directory, a newer schema: the path given is wrong.
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Connects to the cluster the options name and checks its engine and version.</summary>
    public static async Task<SearchConnection> ConnectAsync(SinkSettings settings, CancellationToken cancellationToken)
    {
        var connection = SearchConnection.FromOptions(ConnectionOptions(settings));
        try
        {
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static SearchConnectionOptions ConnectionOptions(SinkSettings settings) => new()
    {
        Urls = [(settings.Elasticsearch ?? settings.OpenSearch)!],
        EngineHint = settings.Elasticsearch is not null ? SearchEngine.Elasticsearch : SearchEngine.OpenSearch,
        ApiKey = settings.ApiKey,
        Username = settings.Username,
        Password = settings.Password,
        CaCertificateFile = settings.CaCert,
        CertificateFingerprint = settings.CaFingerprint,
        Insecure = settings.Insecure,
    };

    /// <summary>A folder name for a cluster's local state: its first node's host and port.</summary>
    private static string StateName(SearchConnection connection)
    {
        var node = connection.Nodes[0];
        return node.IsDefaultPort ? node.Host : $"{node.Host}_{node.Port}";
    }
}
