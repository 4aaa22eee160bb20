using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;
using EsaTls.Tests.Stores;

namespace EsaTls.Tests.Search;

/// <summary>
/// What the shared suite (<see cref="SearchQueryBackendContract"/>) does not see: page sizes down to one hit
/// or bucket on both paging paths (point in time on Elasticsearch, scroll on OpenSearch), that every
/// search context is closed, and the DSL the translator writes.
/// </summary>
public class SearchQueryBackendTests
{
    private static readonly IReadOnlyList<MessageRecord> Corpus = QueryBackendContract.Corpus;
    private static readonly ReferenceQueryBackend Reference = new(Corpus);

    public static TheoryData<SearchEngine, string> Engines => new()
    {
        { SearchEngine.Elasticsearch, "9.1.0" },
        { SearchEngine.Elasticsearch, "8.15.3" },
        { SearchEngine.OpenSearch, "2.11.1" },
    };

    private static async Task<(FakeCluster Cluster, SearchQueryBackend Backend)> LoadAsync(SearchEngine engine, string version)
    {
        var cluster = await FakeCluster.StartAsync(engine, version);
        var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText] }, _ => null);
        var state = Path.Combine(Path.GetTempPath(), "esatls-query-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var sink = await SearchMessageSink.CreateAsync(connection, new SearchSinkOptions { StateDirectory = state }, CancellationToken.None);
            await sink.CommitAsync(Corpus, null, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
        return (cluster, await SearchQueryBackend.CreateAsync(connection, CancellationToken.None, ownsConnection: true));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Tiny_pages_cross_ties_and_every_context_is_closed(SearchEngine engine, string version)
    {
        var (cluster, backend) = await LoadAsync(engine, version);
        await using var _ = cluster;
        await using var __ = backend;
        string[] filters = ["all", "lacking-any", "host-0", "since-sub-millisecond", "recipient-domain-mixed-case"];
        foreach (var pageSize in new[] { 1, 2, 3, 7 })
        {
            backend.PageSize = pageSize;
            foreach (var name in filters)
            {
                foreach (var limit in new int?[] { null, 1, 12, 203 })
                {
                    var filter = QueryBackendContract.Filters[name];
                    var expected = await Reference.SearchAsync(filter, limit, CancellationToken.None).Select(r => r.Id).ToListAsync();
                    var actual = await backend.SearchAsync(filter, limit, CancellationToken.None).Select(r => r.Id).ToListAsync();
                    actual.Should().Equal(expected, $"{name}, page size {pageSize}, limit {limit}");
                }
            }
            foreach (var by in new[] { CoverageBy.RecipientDomain, CoverageBy.Hour, CoverageBy.TlsVersion })
            {
                var query = new CoverageQuery(by, Leg.Any);
                (await backend.CoverageAsync(new MessageFilter(), query, CancellationToken.None))
                    .Should().Equal(await Reference.CoverageAsync(new MessageFilter(), query, CancellationToken.None), $"{query}, page size {pageSize}");
            }
            (await backend.FailuresAsync(new MessageFilter(), FailureBy.Domain, CancellationToken.None))
                .Should().Equal(await Reference.FailuresAsync(new MessageFilter(), FailureBy.Domain, CancellationToken.None), $"page size {pageSize}");
        }

        cluster.OpenContexts().Should().Be(0, "every point in time or scroll is closed, also after a limit");
        var bodies = cluster.Requests.Select(r => r.Body).ToList();
        bodies.Should().NotContain(b => b.Contains("query_string", StringComparison.Ordinal));
        bodies.Should().Contain(b => b.Contains("\"after\":", StringComparison.Ordinal), "composite aggregations were paged");
        if (engine == SearchEngine.Elasticsearch)
        {
            cluster.Requests.Should().Contain(r => r.Path.EndsWith("/_pit", StringComparison.Ordinal));
            bodies.Should().Contain(b => b.Contains("\"_shard_doc\"", StringComparison.Ordinal) && b.Contains("\"search_after\"", StringComparison.Ordinal));
        }
        else
        {
            cluster.Requests.Should().Contain(r => r.Path == "/_search/scroll").And.NotContain(r => r.Path.Contains("_pit", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task An_empty_cluster_answers_with_nothing()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText] }, _ => null);
        await using var backend = await SearchQueryBackend.CreateAsync(connection, CancellationToken.None);
        (await backend.SearchAsync(new MessageFilter(), null, CancellationToken.None).CountAsync()).Should().Be(0);
        (await backend.CoverageAsync(new MessageFilter(), new CoverageQuery(CoverageBy.Host, Leg.Any), CancellationToken.None)).Should().BeEmpty();
        (await backend.FailuresAsync(new MessageFilter(), FailureBy.Reason, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public void Filter_values_travel_as_json_values_only()
    {
        var query = QueryTranslator.Query(new MessageFilter
        {
            Host = "h\" } }, {\"match_all\":{}",
            SenderDomain = "ex*ample?.com\\",
        }).ToJsonString();
        query.Should().Contain("\"term\":{\"observer.hostname\":\"h\\u0022 } }, {\\u0022match_all\\u0022:{}\"}");
        query.Should().Contain("\"value\":\"*@ex\\\\*ample\\\\?.com\\\\\\\\\"");
        query.Should().Contain("\"case_insensitive\":true");
    }

    [Fact]
    public void An_empty_status_list_does_not_constrain()
    {
        // `terms` with no values matches no document on both engines; MessageFilter says an empty list is no filter.
        QueryTranslator.Query(new MessageFilter { ReceiveStatuses = [], DeliverStatuses = [] }).ToJsonString()
            .Should().Be("{\"match_all\":{}}");
    }

    [Fact]
    public void Time_bounds_between_milliseconds_are_floored_like_the_time_key()
    {
        var t = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        QueryTranslator.Iso(t.AddTicks(9_999)).Should().Be("2026-03-01T10:00:00.000Z");
        QueryTranslator.Iso(t).Should().Be("2026-03-01T10:00:00.000Z");
        QueryTranslator.Iso(DateTime.SpecifyKind(t.AddMilliseconds(1), DateTimeKind.Unspecified)).Should().Be("2026-03-01T10:00:00.001Z");
        QueryTranslator.Iso(new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999)).Should().Be("1969-12-31T23:59:59.999Z");
    }
}
