using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Query.Cli;

namespace EsaTls.Query.Backends;

/// <summary>The one place that turns <see cref="BackendOptions"/> into an <see cref="IQueryBackend"/>.</summary>
public static class BackendFactory
{
    /// <exception cref="UsageException">The store is missing or not an esatls store, or the backend is not in this build.</exception>
    public static async Task<IQueryBackend> OpenAsync(BackendOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (options.Kind)
        {
            case BackendKind.Sqlite:
                try
                {
                    return SqliteQueryBackend.Open(options.StorePath);
                }
                catch (SqliteStoreException ex)
                {
                    // A wrong or missing path is a configuration problem, not a failed query.
                    throw new UsageException(ex.Message);
                }
            default:
                return await OpenClusterAsync(options, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<IQueryBackend> OpenClusterAsync(BackendOptions options, CancellationToken cancellationToken)
    {
        SearchConnection connection;
        try
        {
            // BackendOptions has already taken the credentials from the options or the environment.
            connection = SearchConnection.FromOptions(new SearchConnectionOptions
            {
                Urls = [.. options.Nodes.Select(n => n.ToString())],
                EngineHint = options.Kind == BackendKind.Elasticsearch ? SearchEngine.Elasticsearch : SearchEngine.OpenSearch,
                ApiKey = options.ApiKey,
                Username = options.Username,
                Password = options.Password,
                CaCertificateFile = options.CaCertificatePath,
                CertificateFingerprint = options.CertificateFingerprint,
                Insecure = options.Insecure,
            }, static _ => null);
        }
        catch (SearchConfigurationException ex)
        {
            throw new UsageException(ex.Message);
        }
        try
        {
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return await SearchQueryBackend.CreateAsync(connection, cancellationToken, ownsConnection: true).ConfigureAwait(false);
        }
        catch (SearchConfigurationException ex)
        {
            connection.Dispose();
            throw new UsageException(ex.Message);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
