using EsaTls.Core.Stores.Search;

namespace EsaTls.Tests.Search;

public class ConnectionTests
{
    private const string Password = "pa55-Secret-Value-91";
    private const string ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";

    private static SearchConnection Connect(FakeCluster cluster, SearchEngine? hint = null, string? apiKey = null, string? user = null, string? password = null) =>
        SearchConnection.FromOptions(new SearchConnectionOptions
        {
            Urls = [cluster.UrlText],
            EngineHint = hint,
            ApiKey = apiKey,
            Username = user,
            Password = password,
            RequestTimeout = TimeSpan.FromSeconds(5),
        }, _ => null);

    [Theory]
    [InlineData(SearchEngine.Elasticsearch, "8.15.3", 8)]
    [InlineData(SearchEngine.Elasticsearch, "9.1.0", 9)]
    [InlineData(SearchEngine.OpenSearch, "2.11.1", 2)]
    [InlineData(SearchEngine.OpenSearch, "3.0.0", 3)]
    public async Task Detects_engine_and_version(SearchEngine engine, string version, int major)
    {
        await using var cluster = await FakeCluster.StartAsync(engine, version);
        using var connection = Connect(cluster, engine);
        var info = await connection.ConnectAsync(CancellationToken.None);
        info.Engine.Should().Be(engine);
        info.Version.Should().Be(version);
        info.Major.Should().Be(major);
        info.ClusterUuid.Should().Be(cluster.ClusterUuid);
        connection.Description.Should().Contain(version).And.Contain(cluster.UrlText);
    }

    [Fact]
    public async Task Detects_without_a_hint()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.OpenSearch);
        using var connection = Connect(cluster);
        (await connection.ConnectAsync(CancellationToken.None)).Engine.Should().Be(SearchEngine.OpenSearch);
    }

    [Theory]
    [InlineData(SearchEngine.Elasticsearch, "7.17.9", "Elasticsearch 7.17.9")]
    [InlineData(SearchEngine.OpenSearch, "1.3.14", "OpenSearch 1.3.14")]
    public async Task Refuses_unsupported_versions(SearchEngine engine, string version, string shown)
    {
        await using var cluster = await FakeCluster.StartAsync(engine, version);
        using var connection = Connect(cluster);
        var act = () => connection.ConnectAsync(CancellationToken.None);
        (await act.Should().ThrowAsync<SearchConfigurationException>())
            .Which.Message.Should().Contain(shown).And.Contain("not supported").And.Contain("Elasticsearch 8").And.Contain("OpenSearch 2");
    }

    [Fact]
    public async Task Says_so_when_the_hint_names_the_other_engine()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.OpenSearch, "2.13.0");
        using var connection = Connect(cluster, SearchEngine.Elasticsearch);
        var act = () => connection.ConnectAsync(CancellationToken.None);
        (await act.Should().ThrowAsync<SearchConfigurationException>())
            .Which.Message.Should().Contain("--elasticsearch was given").And.Contain("OpenSearch 2.13.0").And.Contain("use --opensearch");
    }

    [Fact]
    public async Task A_server_that_is_not_a_search_engine_is_named_as_such()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        cluster.Intercept = r => r.Path == "/" ? new FakeReply(200, "<html>proxy</html>") : null;
        using var connection = Connect(cluster);
        var act = () => connection.ConnectAsync(CancellationToken.None);
        (await act.Should().ThrowAsync<SearchConfigurationException>()).Which.Message.Should().Contain("not an Elasticsearch or OpenSearch node");
    }

    [Fact]
    public async Task Sends_basic_authentication_and_never_prints_the_password()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = Connect(cluster, user: "ingest", password: Password);
        await connection.ConnectAsync(CancellationToken.None);
        var sent = cluster.Requests.First().Authorization;
        sent.Should().StartWith("Basic ");
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(sent!["Basic ".Length..])).Should().Be("ingest:" + Password);
        connection.ToString().Should().NotContain(Password);
        connection.Description.Should().NotContain(Password);
    }

    [Fact]
    public async Task Reads_credentials_from_the_environment()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        var env = new Dictionary<string, string> { ["ESATLS_API_KEY"] = ApiKey };
        using var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText] }, n => env.GetValueOrDefault(n));
        await connection.ConnectAsync(CancellationToken.None);
        cluster.Requests.First().Authorization.Should().Be("ApiKey " + ApiKey);
    }

    [Fact]
    public async Task Credentials_given_as_options_win_over_the_environment()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        var env = new Dictionary<string, string> { ["ESATLS_API_KEY"] = ApiKey, ["ESATLS_PASSWORD"] = Password };
        using var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText], Username = "ingest" }, n => env.GetValueOrDefault(n));
        await connection.ConnectAsync(CancellationToken.None);
        cluster.Requests.First().Authorization.Should().StartWith("Basic ");
    }

    [Fact]
    public async Task Secrets_stay_out_of_errors_even_when_the_server_echoes_them()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        // A misbehaving proxy that repeats the Authorization header in its error body.
        cluster.Intercept = r => new FakeReply(500, "{\"error\":{\"type\":\"proxy_error\",\"reason\":\"bad header " + r.Authorization + " / " + Password + "\"}}");
        using var connection = Connect(cluster, user: "ingest", password: Password);
        var act = () => connection.ConnectAsync(CancellationToken.None);
        var error = (await act.Should().ThrowAsync<SearchRequestException>()).Which;
        error.Message.Should().Contain("proxy_error").And.NotContain(Password);
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ingest:" + Password));
        error.Message.Should().NotContain(basic);
        error.ToString().Should().NotContain(Password).And.NotContain(basic);
    }

    [Fact]
    public async Task Refused_credentials_get_a_message_that_names_the_options()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        cluster.Intercept = _ => FakeCluster.Error(401, "security_exception", "unable to authenticate user [ingest]");
        using var connection = Connect(cluster, apiKey: ApiKey);
        var act = () => connection.ConnectAsync(CancellationToken.None);
        var error = (await act.Should().ThrowAsync<SearchRequestException>()).Which;
        error.Status.Should().Be(401);
        error.Message.Should().Contain("--api-key").And.Contain("ESATLS_API_KEY").And.NotContain(ApiKey);
    }

    [Fact]
    public async Task An_unreachable_cluster_is_reported_without_crashing()
    {
        int port;
        await using (var gone = await FakeCluster.StartAsync(SearchEngine.Elasticsearch))
        {
            port = gone.Url.Port;
        }
        using var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [$"http://127.0.0.1:{port}"] }, _ => null);
        var act = () => connection.ConnectAsync(CancellationToken.None);
        (await act.Should().ThrowAsync<SearchRequestException>()).Which.Message.Should().Contain("cannot reach").And.Contain("no answer");
    }

    [Fact]
    public async Task Several_nodes_fail_over()
    {
        int deadPort;
        await using (var gone = await FakeCluster.StartAsync(SearchEngine.Elasticsearch))
        {
            deadPort = gone.Url.Port;
        }
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = SearchConnection.FromOptions(
            new SearchConnectionOptions { Urls = [$"http://127.0.0.1:{deadPort}, {cluster.UrlText}"] }, _ => null);
        connection.Nodes.Should().HaveCount(2);
        (await connection.ConnectAsync(CancellationToken.None)).Engine.Should().Be(SearchEngine.Elasticsearch);
    }

    [Fact]
    public void Options_print_without_secrets()
    {
        var options = new SearchConnectionOptions
        {
            Urls = ["https://ingest:" + Password + "@es.example.net:9200"],
            ApiKey = ApiKey,
            Password = Password,
            Username = "ingest",
        };
        var text = options.ToString();
        text.Should().NotContain(Password).And.NotContain(ApiKey).And.Contain("es.example.net").And.Contain("***");
    }

    [Fact]
    public async Task User_info_in_the_url_becomes_a_header_and_leaves_the_url()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        var url = $"http://ingest:{Password}@127.0.0.1:{cluster.Url.Port}";
        using var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [url] }, _ => null);
        await connection.ConnectAsync(CancellationToken.None);
        cluster.Requests.First().Authorization.Should().StartWith("Basic ");
        connection.Description.Should().NotContain(Password);
        connection.Nodes.Single().UserInfo.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new string[0], null, null, null, false, "no cluster URL")]
    [InlineData(new[] { "es.example.net:9200" }, null, null, null, false, "is not an http")]
    [InlineData(new[] { "http://localhost:9200" }, "user", null, null, false, "without a password")]
    [InlineData(new[] { "http://localhost:9200" }, null, null, "/no/such/ca.pem", false, "does not exist")]
    [InlineData(new[] { "http://localhost:9200" }, null, "AB:CD", null, false, "64 hex digits")]
    [InlineData(new[] { "http://localhost:9200" }, null, null, "/etc/hostname", true, "--insecure cannot be combined")]
    [InlineData(new[] { "https://es1:9200", "http://es2:9200" }, null, null, null, false, "mix http:// and https://")]
    public void Bad_options_get_one_clear_message(string[] urls, string? user, string? fingerprint, string? ca, bool insecure, string expected)
    {
        var act = () => SearchConnection.FromOptions(new SearchConnectionOptions
        {
            Urls = urls,
            Username = user,
            CertificateFingerprint = fingerprint,
            CaCertificateFile = ca,
            Insecure = insecure,
        }, _ => null);
        act.Should().Throw<SearchConfigurationException>().Which.Message.Should().Contain(expected);
    }
}
