using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Sqlite;

namespace EsaTls.Tests.Stores;

/// <summary>The shared backend suite against a SQLite store (small pages, so that keyset paging crosses ties).</summary>
public sealed class SqliteQueryBackendTests(QueryBackendFixture fixture) : QueryBackendContract(fixture)
{
    protected override async Task<IQueryBackend> CreateBackendAsync(IReadOnlyList<MessageRecord> corpus)
    {
        var temp = new TempStore();
        OnCleanup(() =>
        {
            temp.Dispose();
            return ValueTask.CompletedTask;
        });
        // Commits of 37 split the corpus unevenly; the replacements at its end land in a later commit.
        await temp.FillAsync(corpus, commitSize: 37);
        return SqliteQueryBackend.Open(temp.Path, pageSize: 5);
    }
}
