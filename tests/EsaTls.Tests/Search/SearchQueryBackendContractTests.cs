using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;
using EsaTls.Tests.Stores;

namespace EsaTls.Tests.Search;

/// <summary>
/// The shared backend suite against <see cref="SearchQueryBackend"/> over the local cluster double. The corpus
/// goes in through the real <see cref="SearchMessageSink"/> (bulk, monthly indices, later versions replacing
/// earlier ones); queries use pages of 5 hits or buckets, so point-in-time / scroll paging and composite
/// <c>after_key</c> paging cross ties and page edges.
/// </summary>
public abstract class SearchQueryBackendContract(QueryBackendFixture fixture, SearchEngine engine, string version)
    : QueryBackendContract(fixture)
{
    public const int PageSize = 5;

    protected override async Task<IQueryBackend> CreateBackendAsync(IReadOnlyList<MessageRecord> corpus)
    {
        var cluster = await FakeCluster.StartAsync(engine, version);
        OnCleanup(() => cluster.DisposeAsync());
        var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText], EngineHint = engine }, _ => null);
        var state = Path.Combine(Path.GetTempPath(), "esatls-contract-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var sink = await SearchMessageSink.CreateAsync(connection, new SearchSinkOptions { StateDirectory = state, MaxBatchDocuments = 20 }, CancellationToken.None);
            // Commits of 37 split the corpus unevenly; the replacements at its end land in a later commit.
            for (var i = 0; i < corpus.Count; i += 37)
            {
                await sink.CommitAsync([.. corpus.Skip(i).Take(37)], null, CancellationToken.None);
            }
            sink.Stats.DeadLettered.Should().Be(0);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
        var backend = await SearchQueryBackend.CreateAsync(connection, CancellationToken.None, ownsConnection: true);
        backend.PageSize = PageSize;
        return backend;
    }
}

public sealed class Elasticsearch9QueryBackendTests(QueryBackendFixture fixture)
    : SearchQueryBackendContract(fixture, SearchEngine.Elasticsearch, "9.1.0");

public sealed class Elasticsearch8QueryBackendTests(QueryBackendFixture fixture)
    : SearchQueryBackendContract(fixture, SearchEngine.Elasticsearch, "8.15.3");

public sealed class OpenSearch2QueryBackendTests(QueryBackendFixture fixture)
    : SearchQueryBackendContract(fixture, SearchEngine.OpenSearch, "2.11.1");
