using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Query.Cli;

namespace EsaTls.Query.Backends;

/// <summary>The one place that turns <see cref="BackendOptions"/> into an <see cref="IQueryBackend"/>.</summary>
public static class BackendFactory
{
    /// <exception cref="UsageException">The store is missing or not an esatls store, or the backend is not in this build.</exception>
    public static Task<IQueryBackend> OpenAsync(BackendOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (options.Kind)
        {
            case BackendKind.Sqlite:
                try
                {
                    return Task.FromResult<IQueryBackend>(SqliteQueryBackend.Open(options.StorePath));
                }
                catch (SqliteStoreException ex)
                {
                    // A wrong or missing path is a configuration problem, not a failed query.
                    throw new UsageException(ex.Message);
                }
            default:
                // The cluster backends are wired in here when they are part of the build.
                var option = options.Kind == BackendKind.Elasticsearch ? "--elasticsearch" : "--opensearch";
                throw new UsageException($"{option} is not available in this build; query a SQLite store with --store PATH");
        }
    }
}
