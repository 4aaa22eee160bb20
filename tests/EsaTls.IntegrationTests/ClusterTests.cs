using System.Text.Json.Nodes;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;
using EsaTls.Tests.Search;

namespace EsaTls.IntegrationTests;

/// <summary>
/// Setup, ingest and every query against real Elasticsearch 8 and 9 and OpenSearch 2 (this is where the
/// Painless domain scripts, point in time / scroll paging and the ILM/ISM bodies meet the real servers).
/// Answers must equal the reference semantics for the same corpus.
/// </summary>
public class ClusterTests
{
    public static TheoryData<string, SearchEngine, int> Clusters => new()
    {
        { "docker.elastic.co/elasticsearch/elasticsearch:9.1.0", SearchEngine.Elasticsearch, 9 },
        { "docker.elastic.co/elasticsearch/elasticsearch:8.18.0", SearchEngine.Elasticsearch, 8 },
        { "opensearchproject/opensearch:2.19.1", SearchEngine.OpenSearch, 2 },
    };

    [SkippableTheory]
    [MemberData(nameof(Clusters))]
    public async Task Setup_ingest_and_query(string image, SearchEngine engine, int major)
    {
        await using var cluster = await ClusterContainer.StartAsync(image, engine);
        using var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.Url], EngineHint = engine }, _ => null);
        var info = await connection.ConnectAsync(CancellationToken.None);
        info.Engine.Should().Be(engine);
        info.Major.Should().Be(major);

        (await SearchSetup.InstallAsync(connection, null, CancellationToken.None)).Should().Contain(c => c.Action == "created");
        (await SearchSetup.InstallAsync(connection, null, CancellationToken.None)).Should().OnlyContain(c => c.Action == "unchanged");

        var corpus = SearchTestData.Corpus(300, seed: 21);
        var state = Path.Combine(Path.GetTempPath(), "esatls-it-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var sink = await SearchMessageSink.CreateAsync(connection, new SearchSinkOptions { StateDirectory = state }, CancellationToken.None);
            await sink.CommitAsync(corpus.Take(150).ToList(), null, CancellationToken.None);
            await sink.CommitAsync(corpus.Skip(150).ToList(), new IngestCheckpoint { Inputs = [], CorrelatorState = "done" }, CancellationToken.None);
            sink.Stats.Sent.Should().Be(300);
            sink.Stats.DeadLettered.Should().Be(0);
            (await sink.LoadCheckpointAsync(CancellationToken.None))!.CorrelatorState.Should().Be("done");
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
        await cluster.RefreshAsync();

        if (engine == SearchEngine.Elasticsearch)
        {
            var settings = JsonNode.Parse(await cluster.GetAsync("/esatls-messages-2026.02/_settings?flat_settings=true"))!;
            var index = settings["esatls-messages-2026.02"]!["settings"]!;
            index["index.lifecycle.name"]!.GetValue<string>().Should().Be("esatls-messages");
            index["index.lifecycle.origination_date"]!.GetValue<string>()
                .Should().Be(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            var explain = await cluster.GetAsync("/_plugins/_ism/explain/esatls-messages-2026.02");
            explain.Should().Contain("esatls-messages\"");
        }

        await using var backend = await SearchQueryBackend.CreateAsync(connection, CancellationToken.None);
        backend.PageSize = 13;
        var reference = new ReferenceQueryBackend(corpus);
        MessageFilter[] filters =
        [
            new(),
            new() { Host = "esa2", Since = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc) },
            new() { SenderDomain = "EXAMPLE.com" },
            new() { RecipientDomain = "partner.net", Lacking = Leg.Any, IncludeUnknown = true },
            new() { Lacking = Leg.Deliver },
        ];
        foreach (var filter in filters)
        {
            foreach (var limit in new int?[] { null, 9 })
            {
                var expected = await Ids(reference, filter, limit);
                (await Ids(backend, filter, limit)).Should().Equal(expected, $"{filter} limit {limit}");
            }
            foreach (var by in Enum.GetValues<CoverageBy>())
            {
                foreach (var leg in Enum.GetValues<Leg>())
                {
                    var query = new CoverageQuery(by, leg);
                    (await backend.CoverageAsync(filter, query, CancellationToken.None))
                        .Should().Equal(await reference.CoverageAsync(filter, query, CancellationToken.None), $"{query} {filter}");
                }
            }
            foreach (var by in Enum.GetValues<FailureBy>())
            {
                (await backend.FailuresAsync(filter, by, CancellationToken.None))
                    .Should().Equal(await reference.FailuresAsync(filter, by, CancellationToken.None), $"{by} {filter}");
            }
        }
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
}
