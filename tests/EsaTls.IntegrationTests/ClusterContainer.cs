using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using EsaTls.Core.Stores.Search;

namespace EsaTls.IntegrationTests;

/// <summary>
/// A single-node Elasticsearch or OpenSearch in Docker, security off. Without a Docker engine the test is
/// skipped with the reason (never passed silently).
/// </summary>
public sealed class ClusterContainer : IAsyncDisposable
{
    public const string Elasticsearch9 = "docker.elastic.co/elasticsearch/elasticsearch:9.1.0";
    public const string Elasticsearch8 = "docker.elastic.co/elasticsearch/elasticsearch:8.18.0";
    public const string OpenSearch2 = "opensearchproject/opensearch:2.19.1";

    private readonly IContainer container;

    private ClusterContainer(IContainer container) => this.container = container;

    public string Url => $"http://{container.Hostname}:{container.GetMappedPublicPort(9200)}";

    public static async Task<ClusterContainer> StartAsync(string image, SearchEngine engine)
    {
        IContainer container;
        try
        {
            var builder = new ContainerBuilder(image)
                .WithPortBinding(9200, true)
                .WithEnvironment("discovery.type", "single-node")
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r
                    .ForPort(9200)
                    .ForPath("/_cluster/health?wait_for_status=yellow&timeout=1s")));
            builder = engine == SearchEngine.OpenSearch
                ? builder
                    .WithEnvironment("DISABLE_SECURITY_PLUGIN", "true")
                    .WithEnvironment("DISABLE_INSTALL_DEMO_CONFIG", "true")
                    .WithEnvironment("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
                : builder
                    .WithEnvironment("xpack.security.enabled", "false")
                    .WithEnvironment("xpack.ml.enabled", "false")
                    .WithEnvironment("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            container = builder.Build();
            await container.StartAsync();
        }
        catch (DockerUnavailableException ex)
        {
            Skip.If(true, $"no Docker engine here, so {image} was not started ({ex.Message.Split('\n')[0]})");
            throw;
        }
        return new ClusterContainer(container);
    }

    public async Task RefreshAsync()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Url + "/esatls-messages-*/_refresh"), null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<string> GetAsync(string path)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri(Url + path));
    }

    public ValueTask DisposeAsync() => container.DisposeAsync();
}
