using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;

namespace EsaTls.Tests.Search;

/// <summary>
/// The search backend, translated to query DSL and evaluated by the double, must answer exactly like the
/// local reference (the doc-comment semantics) for the same documents, on both engines' paging paths.
/// These cases move to the shared QueryBackendContract suite once it exists.
/// </summary>
public class QueryBackendTests
{
    private static readonly DateTime Feb = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);

    public static TheoryData<SearchEngine> Engines => new() { SearchEngine.Elasticsearch, SearchEngine.OpenSearch };

    private static readonly MessageFilter[] Filters =
    [
        new(),
        new() { Since = Feb },
        new() { Since = Feb, Until = Feb.AddDays(30) },
        new() { Until = Feb.AddSeconds(1) },
        new() { Host = "esa2" },
        new() { Host = "ESA2" },
        new() { SenderDomain = "example.com" },
        new() { SenderDomain = "EXAMPLE.Com" },
        new() { SenderDomain = "sub.example.com" },
        new() { SenderDomain = "a@example.com" },
        new() { SenderDomain = "" },
        new() { SenderDomain = "exa*" },
        new() { SenderDomain = "*" },
        new() { RecipientDomain = "partner.net" },
        new() { RecipientDomain = "Example.ORG" },
        new() { RecipientDomain = "example.com", SenderDomain = "example.com" },
        new() { Direction = MailDirection.Outbound },
        new() { ReceiveStatuses = ["failed", "none"] },
        new() { ReceiveStatuses = [] },
        new() { DeliverStatuses = ["partial", "not_delivered"] },
        new() { Lacking = Leg.Receive },
        new() { Lacking = Leg.Receive, IncludeUnknown = true },
        new() { Lacking = Leg.Deliver },
        new() { Lacking = Leg.Deliver, IncludeUnknown = true },
        new() { Lacking = Leg.Any },
        new() { Lacking = Leg.Any, IncludeUnknown = true, Host = "esa1" },
        new() { Mid = 105 },
        new() { Mid = 105, Host = "nope" },
        new() { Host = "esa1\" OR \"*" },
    ];

    private static async Task<(FakeCluster Cluster, SearchConnection Connection, SearchQueryBackend Backend, LocalReference Reference)> Setup(
        SearchEngine engine, IReadOnlyList<MessageRecord> corpus)
    {
        var cluster = await FakeCluster.StartAsync(engine);
        var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText] }, _ => null);
        var dir = Path.Combine(Path.GetTempPath(), "esatls-query-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var sink = await SearchMessageSink.CreateAsync(connection, new SearchSinkOptions { StateDirectory = dir }, CancellationToken.None);
            await sink.CommitAsync(corpus, null, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        var backend = await SearchQueryBackend.CreateAsync(connection, CancellationToken.None);
        backend.PageSize = 5;
        return (cluster, connection, backend, new LocalReference(corpus));
    }

    private static async Task<List<string>> Ids(IQueryBackend backend, MessageFilter filter, int? limit)
    {
        var ids = new List<string>();
        await foreach (var r in backend.SearchAsync(filter, limit, CancellationToken.None))
        {
            ids.Add(r.Id);
        }
        return ids;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Search_returns_what_the_reference_returns_in_the_same_order(SearchEngine engine)
    {
        var corpus = SearchTestData.Corpus(200, seed: 7);
        var (cluster, connection, backend, reference) = await Setup(engine, corpus);
        await using (cluster)
        using (connection)
        {
            corpus.GroupBy(r => r.Document.Timestamp).Should().Contain(g => g.Count() > 5, "ties must span pages to test their order");
            foreach (var filter in Filters)
            {
                foreach (var limit in new int?[] { null, 1, 8 })
                {
                    var expected = await Ids(reference, filter, limit);
                    var actual = await Ids(backend, filter, limit);
                    actual.Should().Equal(expected, $"filter {filter} limit {limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "all"}");
                }
            }
            cluster.OpenContexts().Should().Be(0, "every point in time or scroll is closed, also after a limit");
            cluster.Requests.Should().NotContain(r => r.Body.Contains("query_string", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Search_returns_the_stored_documents(SearchEngine engine)
    {
        var corpus = SearchTestData.Corpus(30, seed: 3);
        var (cluster, connection, backend, _) = await Setup(engine, corpus);
        await using (cluster)
        using (connection)
        {
            var byId = corpus.ToDictionary(r => r.Id);
            await foreach (var r in backend.SearchAsync(new MessageFilter(), null, CancellationToken.None))
            {
                DocumentJson.Serialize(r.Document).Should().Be(DocumentJson.Serialize(byId[r.Id].Document));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Coverage_matches_the_reference_for_every_grouping_and_leg(SearchEngine engine)
    {
        var corpus = SearchTestData.Corpus(220, seed: 11);
        var (cluster, connection, backend, reference) = await Setup(engine, corpus);
        await using (cluster)
        using (connection)
        {
            foreach (var filter in new MessageFilter[] { new(), new() { Host = "esa1", Lacking = Leg.Any, IncludeUnknown = true }, new() { Mid = -1 } })
            {
                foreach (var by in Enum.GetValues<CoverageBy>())
                {
                    foreach (var leg in Enum.GetValues<Leg>())
                    {
                        var query = new CoverageQuery(by, leg);
                        var expected = await reference.CoverageAsync(filter, query, CancellationToken.None);
                        var actual = await backend.CoverageAsync(filter, query, CancellationToken.None);
                        actual.Should().Equal(expected, $"{query} with {filter}");
                    }
                }
            }
            // After_key paging actually happened (page size 5).
            cluster.Requests.Should().Contain(r => r.Body.Contains("\"after\"", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Failures_match_the_reference(SearchEngine engine)
    {
        var corpus = SearchTestData.Corpus(220, seed: 5);
        var (cluster, connection, backend, reference) = await Setup(engine, corpus);
        await using (cluster)
        using (connection)
        {
            foreach (var filter in new MessageFilter[] { new(), new() { Since = Feb }, new() { RecipientDomain = "partner.net" } })
            {
                foreach (var by in Enum.GetValues<FailureBy>())
                {
                    var expected = await reference.FailuresAsync(filter, by, CancellationToken.None);
                    expected.Should().NotBeEmpty();
                    var actual = await backend.FailuresAsync(filter, by, CancellationToken.None);
                    actual.Should().Equal(expected, $"{by} with {filter}");
                }
            }
        }
    }

    [Fact]
    public async Task An_empty_cluster_answers_with_nothing()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText] }, _ => null);
        await using var backend = await SearchQueryBackend.CreateAsync(connection, CancellationToken.None);
        (await Ids(backend, new MessageFilter(), null)).Should().BeEmpty();
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
    public void Time_bounds_between_milliseconds_round_up()
    {
        QueryTranslator.Iso(new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc).AddTicks(5)).Should().Be("2026-03-01T10:00:00.001Z");
        QueryTranslator.Iso(new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc)).Should().Be("2026-03-01T10:00:00.000Z");
    }
}
