using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;
using EsaTls.Tests.Ingest;
using EsaTls.Tests.Search;
using EsaTls.Tests.Stores;

namespace EsaTls.IntegrationTests;

/// <summary>
/// The shared query backend suite (the same one SQLite and the cluster double pass) against a real cluster:
/// template and policy installed by <see cref="SearchSetup"/>, the corpus written by the real sink.
/// Without Docker every test of the class is skipped with the reason.
/// </summary>
public abstract class ContainerQueryBackendContract(QueryBackendFixture fixture, string image, SearchEngine engine)
    : QueryBackendContract(fixture)
{
    protected override async Task<IQueryBackend> CreateBackendAsync(IReadOnlyList<MessageRecord> corpus)
    {
        var cluster = await ClusterContainer.StartAsync(image, engine);
        OnCleanup(() => cluster.DisposeAsync());
        using (var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.Url], EngineHint = engine }, _ => null))
        {
            await connection.ConnectAsync(CancellationToken.None);
            await SearchSetup.InstallAsync(connection, null, CancellationToken.None);
        }
        return await SearchQueryBackendContract.LoadAsync(cluster.Url, engine, corpus, cluster.RefreshAsync);
    }
}

public sealed class Elasticsearch9ContainerQueryBackendTests(QueryBackendFixture fixture)
    : ContainerQueryBackendContract(fixture, ClusterContainer.Elasticsearch9, SearchEngine.Elasticsearch);

public sealed class Elasticsearch8ContainerQueryBackendTests(QueryBackendFixture fixture)
    : ContainerQueryBackendContract(fixture, ClusterContainer.Elasticsearch8, SearchEngine.Elasticsearch);

public sealed class OpenSearch2ContainerQueryBackendTests(QueryBackendFixture fixture)
    : ContainerQueryBackendContract(fixture, ClusterContainer.OpenSearch2, SearchEngine.OpenSearch);

/// <summary>
/// The CLI parity of <see cref="CliParityTests"/> against a real cluster: <c>esatls-ingest setup</c>, then the
/// samples through <c>esatls-ingest files</c>, then every query command byte for byte equal to SQLite's.
/// </summary>
public sealed class ContainerCliParityTests(CliParityTests.SampleStore store) : IClassFixture<CliParityTests.SampleStore>
{
    [SkippableTheory]
    [MemberData(nameof(ClusterTests.Clusters), MemberType = typeof(ClusterTests))]
    public async Task Samples_ingested_into_the_cluster_answer_every_query_exactly_like_sqlite(string image, SearchEngine engine, int major)
    {
        await using var cluster = await ClusterContainer.StartAsync(image, engine);
        string[] option = [engine == SearchEngine.Elasticsearch ? "--elasticsearch" : "--opensearch", cluster.Url];
        var setup = await IngestCli.RunAsync(["setup", .. option]);
        setup.ExitCode.Should().Be(0, setup.Error);
        var state = Directory.CreateTempSubdirectory("esatls-it-parity-");
        try
        {
            var compared = await CliParityTests.IngestAndCompareAsync(store.Path, option, state.FullName, cluster.RefreshAsync);
            compared.Should().BeGreaterThan(100, $"{engine} {major}");
        }
        finally
        {
            state.Delete(recursive: true);
        }
    }
}
