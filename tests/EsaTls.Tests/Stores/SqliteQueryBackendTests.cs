using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Sqlite;

namespace EsaTls.Tests.Stores;

/// <summary>
/// The shared backend suite against a SQLite store filled in commits of 37 (they split the corpus unevenly; the
/// replacements at its end land in a later commit) and read in pages of 5 (so that keyset paging crosses ties).
/// </summary>
public abstract class SqliteStoreQueryBackendContract(QueryBackendFixture fixture) : QueryBackendContract(fixture)
{
    /// <summary>How the store is loaded.</summary>
    protected virtual SqliteBulkLoad BulkLoad => SqliteBulkLoad.Never;

    /// <summary>What happens to the filled store before it is queried.</summary>
    protected virtual void AfterFill(string path)
    {
    }

    protected sealed override async Task<IQueryBackend> CreateBackendAsync(IReadOnlyList<MessageRecord> corpus)
    {
        var temp = new TempStore();
        OnCleanup(() =>
        {
            temp.Dispose();
            return ValueTask.CompletedTask;
        });
        await temp.FillAsync(corpus, commitSize: 37, bulkLoad: BulkLoad);
        AfterFill(temp.Path);
        return SqliteQueryBackend.Open(temp.Path, pageSize: 5);
    }
}

/// <summary>The shared backend suite against a SQLite store that kept its indexes while it was filled.</summary>
public sealed class SqliteQueryBackendTests(QueryBackendFixture fixture) : SqliteStoreQueryBackendContract(fixture);
