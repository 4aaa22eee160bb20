using System.Text.Json.Nodes;
using EsaTls.Core.Stores.Search;

namespace EsaTls.Tests.Search;

public class SetupTests
{
    private static SearchConnection Connect(FakeCluster cluster) =>
        SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText] }, _ => null);

    private static Dictionary<string, string> ByResource(IReadOnlyList<SetupChange> changes) =>
        changes.ToDictionary(c => c.Resource, c => c.Action);

    [Fact]
    public async Task Elasticsearch_gets_ilm_policy_and_template_once()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, "9.1.0");
        using var connection = Connect(cluster);

        var first = await SearchSetup.InstallAsync(connection, null, CancellationToken.None);
        ByResource(first).Should().Equal(new Dictionary<string, string>
        {
            ["ILM policy esatls-messages"] = "created",
            ["index template esatls-messages"] = "created",
        });
        var puts = cluster.Requests.Count(r => r.Method == "PUT");

        var second = await SearchSetup.InstallAsync(connection, null, CancellationToken.None);
        second.Should().OnlyContain(c => c.Action == "unchanged");
        cluster.Requests.Count(r => r.Method == "PUT").Should().Be(puts, "nothing is written when nothing changed");

        var template = JsonNode.Parse(cluster.Requests.Last(r => r.Method == "PUT" && r.Path == "/_index_template/esatls-messages").Body)!;
        template["template"]!["settings"]!["index"]!["lifecycle"]!["name"]!.GetValue<string>().Should().Be("esatls-messages");
        template["index_patterns"]![0]!.GetValue<string>().Should().Be("esatls-messages-*");
        template["template"]!["mappings"]!["properties"]!["esa"]!["properties"]!["deliveries"]!["type"]!.GetValue<string>().Should().Be("nested");

        var policy = JsonNode.Parse(cluster.Requests.Last(r => r.Path == "/_ilm/policy/esatls-messages" && r.Method == "PUT").Body)!["policy"]!;
        policy["phases"]!["delete"]!["min_age"]!.GetValue<string>().Should().Be("400d");
        policy["phases"]!.AsObject().Select(p => p.Key).Should().Equal("delete");
        policy.ToJsonString().Should().NotContain("rollover");
    }

    [Fact]
    public async Task A_changed_retention_updates_only_the_policy()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = Connect(cluster);
        await SearchSetup.InstallAsync(connection, null, CancellationToken.None);
        var changes = await SearchSetup.InstallAsync(connection, new SearchSetupOptions { RetentionDays = 90 }, CancellationToken.None);
        ByResource(changes)["ILM policy esatls-messages"].Should().Be("updated");
        ByResource(changes)["index template esatls-messages"].Should().Be("unchanged");
        JsonNode.Parse(cluster.Requests.Last(r => r.Path == "/_ilm/policy/esatls-messages" && r.Method == "PUT").Body)!
            ["policy"]!["phases"]!["delete"]!["min_age"]!.GetValue<string>().Should().Be("90d");
    }

    [Fact]
    public async Task OpenSearch_gets_an_ism_policy_with_template_and_no_ilm_setting()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.OpenSearch);
        using var connection = Connect(cluster);
        var first = await SearchSetup.InstallAsync(connection, new SearchSetupOptions { RetentionDays = 30 }, CancellationToken.None);
        ByResource(first).Should().Equal(new Dictionary<string, string>
        {
            ["ISM policy esatls-messages"] = "created",
            ["index template esatls-messages"] = "created",
        });
        cluster.Requests.Should().NotContain(r => r.Path.StartsWith("/_ilm", StringComparison.Ordinal));

        var template = cluster.Requests.Last(r => r.Path == "/_index_template/esatls-messages" && r.Method == "PUT").Body;
        template.Should().NotContain("lifecycle");
        var policy = JsonNode.Parse(cluster.Requests.Last(r => r.Path == "/_plugins/_ism/policies/esatls-messages").Body)!["policy"]!;
        policy["ism_template"]![0]!["index_patterns"]![0]!.GetValue<string>().Should().Be("esatls-messages-*");
        policy["states"]![0]!["transitions"]![0]!["conditions"]!["min_index_age"]!.GetValue<string>().Should().Be("30d");
        policy["states"]![1]!["actions"]![0]!.AsObject().Select(a => a.Key).Should().Equal("delete");

        (await SearchSetup.InstallAsync(connection, new SearchSetupOptions { RetentionDays = 30 }, CancellationToken.None))
            .Should().OnlyContain(c => c.Action == "unchanged");

        // An update must name the version it replaces (the double answers 409 otherwise).
        var updated = await SearchSetup.InstallAsync(connection, new SearchSetupOptions { RetentionDays = 60 }, CancellationToken.None);
        ByResource(updated)["ISM policy esatls-messages"].Should().Be("updated");
        cluster.Requests.Last(r => r.Method == "PUT" && r.Path.StartsWith("/_plugins", StringComparison.Ordinal)).Query.Should().Contain("if_seq_no=0");
    }

    [Fact]
    public async Task Existing_monthly_indices_get_the_policy_and_an_origination_date_from_their_name()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        cluster.CreateIndexRaw("esatls-messages-2024.03");
        cluster.CreateIndexRaw("esatls-messages-other");
        using var connection = Connect(cluster);
        var changes = await SearchSetup.InstallAsync(connection, null, CancellationToken.None);
        ByResource(changes)["index esatls-messages-2024.03"].Should().Be("updated");
        changes.Should().NotContain(c => c.Resource.Contains("other", StringComparison.Ordinal));
        var settings = cluster.IndexSettings("esatls-messages-2024.03");
        settings["index.lifecycle.name"]!.GetValue<string>().Should().Be("esatls-messages");
        settings["index.lifecycle.origination_date"]!.GetValue<string>()
            .Should().Be(new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        (await SearchSetup.InstallAsync(connection, null, CancellationToken.None)).Should().OnlyContain(c => c.Action == "unchanged");
    }

    [Fact]
    public async Task Existing_indices_on_opensearch_are_added_to_the_ism_policy()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.OpenSearch);
        cluster.CreateIndexRaw("esatls-messages-2025.11");
        using var connection = Connect(cluster);
        var changes = await SearchSetup.InstallAsync(connection, null, CancellationToken.None);
        ByResource(changes)["index esatls-messages-2025.11"].Should().Be("updated");
        cluster.IndexSettings("esatls-messages-2025.11")["index.plugins.index_state_management.policy_id"]!.GetValue<string>().Should().Be("esatls-messages");
        (await SearchSetup.InstallAsync(connection, null, CancellationToken.None)).Should().OnlyContain(c => c.Action == "unchanged");
    }

    [Fact]
    public async Task A_refused_write_is_reported_with_the_server_reason()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        cluster.Intercept = r => r.Method == "PUT" ? FakeCluster.Error(403, "security_exception", "action [cluster:admin/ilm/put] is unauthorized for user [reader]") : null;
        using var connection = Connect(cluster);
        var act = () => SearchSetup.InstallAsync(connection, null, CancellationToken.None);
        (await act.Should().ThrowAsync<SearchRequestException>()).Which.Message
            .Should().Contain("ILM policy").And.Contain("403").And.Contain("unauthorized for user [reader]");
    }

    [Theory]
    [InlineData("esatls-messages-2024.03", true, 2024, 3)]
    [InlineData("esatls-messages-2024.12", true, 2024, 12)]
    [InlineData("esatls-messages-2024.13", false, 0, 0)]
    [InlineData("esatls-messages-2024.03.01", false, 0, 0)]
    [InlineData("other-2024.03", false, 0, 0)]
    public void Monthly_index_names_parse(string name, bool ok, int year, int month)
    {
        MonthlyIndex.TryParseMonth(name, out var start).Should().Be(ok);
        if (ok)
        {
            start.Should().Be(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc));
            MonthlyIndex.OriginationMillis(start).Should().Be(new DateTimeOffset(start.AddMonths(1)).ToUnixTimeMilliseconds());
        }
    }
}
