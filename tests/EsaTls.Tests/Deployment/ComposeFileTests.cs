using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace EsaTls.Tests.Deployment;

/// <summary>
/// Structure of the trial stack (docker-compose.yml, Dockerfile, .env.example). The stack itself is not started
/// by the tests; this checks what would make it start in the wrong order or listen on the wrong addresses.
/// </summary>
public partial class ComposeFileTests
{
    private static readonly string Deploy = Path.Combine(AppContext.BaseDirectory, "deploy");

    private static readonly YamlMappingNode Services = LoadServices();

    private static YamlMappingNode LoadServices()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Deploy, "docker-compose.yml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        return (YamlMappingNode)root["services"];
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlSequenceNode)value).Children.Select(c => ((YamlScalarNode)c).Value!).ToList()
            : [];

    private static Dictionary<string, string> DependsOn(string service)
    {
        var node = Service(service);
        if (!node.Children.TryGetValue(new YamlScalarNode("depends_on"), out var deps))
        {
            return [];
        }
        return ((YamlMappingNode)deps).Children.ToDictionary(
            d => ((YamlScalarNode)d.Key).Value!, d => Scalar((YamlMappingNode)d.Value, "condition")!);
    }

    private static List<string> Profiles(string service) => Sequence(Service(service), "profiles");

    [Fact]
    public void Default_services_are_the_elastic_stack_setup_and_worker()
    {
        var defaults = Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Where(s => Profiles(s).Count == 0);
        defaults.Should().BeEquivalentTo("elasticsearch", "kibana-user", "kibana", "setup", "ingest");
    }

    [Fact]
    public void Opensearch_profile_adds_opensearch_its_dashboards_and_their_setup()
    {
        foreach (var service in new[] { "opensearch", "opensearch-dashboards", "setup-opensearch" })
        {
            Profiles(service).Should().Equal("opensearch");
        }
        var environment = (YamlMappingNode)Service("opensearch")["environment"];
        Scalar(environment, "DISABLE_SECURITY_PLUGIN").Should().Be("true");
        Scalar((YamlMappingNode)Service("opensearch-dashboards")["environment"], "DISABLE_SECURITY_DASHBOARDS_PLUGIN").Should().Be("true");
        Scalar(Service("opensearch"), "image").Should().StartWith("opensearchproject/opensearch:${OPENSEARCH_VERSION:-2.");
    }

    [Fact]
    public void Services_start_in_dependency_order()
    {
        DependsOn("kibana").Should().Contain("elasticsearch", "service_healthy")
            .And.Contain("kibana-user", "service_completed_successfully");
        DependsOn("kibana-user").Should().Equal(new Dictionary<string, string> { ["elasticsearch"] = "service_healthy" });
        DependsOn("setup").Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["elasticsearch"] = "service_healthy",
            ["kibana"] = "service_healthy",
        });
        DependsOn("ingest").Should().Equal(new Dictionary<string, string> { ["setup"] = "service_completed_successfully" });
        DependsOn("opensearch-dashboards").Should().Equal(new Dictionary<string, string> { ["opensearch"] = "service_healthy" });
        DependsOn("setup-opensearch").Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["opensearch"] = "service_healthy",
            ["opensearch-dashboards"] = "service_healthy",
        });
    }

    [Fact]
    public void Every_service_waited_on_as_healthy_has_a_healthcheck()
    {
        var waitedOn = Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!)
            .SelectMany(s => DependsOn(s).Where(d => d.Value == "service_healthy").Select(d => d.Key)).Distinct().ToList();
        waitedOn.Should().BeEquivalentTo("elasticsearch", "kibana", "opensearch", "opensearch-dashboards");
        foreach (var service in waitedOn)
        {
            var check = (YamlMappingNode)Service(service)["healthcheck"];
            Sequence(check, "test").Should().HaveCount(2).And.StartWith("CMD-SHELL");
            Scalar(check, "interval").Should().NotBeNullOrEmpty();
            int.Parse(Scalar(check, "retries")!, System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
        }
    }

    [Fact]
    public void Every_published_port_is_bound_to_loopback()
    {
        var published = 0;
        foreach (var entry in Services.Children)
        {
            foreach (var port in Sequence((YamlMappingNode)entry.Value, "ports"))
            {
                port.Should().StartWith("127.0.0.1:", $"{((YamlScalarNode)entry.Key).Value} publishes {port}");
                published++;
            }
        }
        published.Should().Be(6, "Elasticsearch, Kibana, OpenSearch, OpenSearch Dashboards, syslog udp and tcp");
        Sequence(Service("ingest"), "ports").Should().BeEquivalentTo(
            "127.0.0.1:${SYSLOG_PORT:-5514}:5514/udp", "127.0.0.1:${SYSLOG_PORT:-5514}:5514/tcp");
    }

    [Fact]
    public void Worker_is_built_from_the_dockerfile_reads_logs_read_only_and_keeps_state_in_a_volume()
    {
        var ingest = Service("ingest");
        var build = (YamlMappingNode)ingest["build"];
        Scalar(build, "context").Should().Be(".");
        Scalar(build, "dockerfile").Should().Be("Dockerfile");
        Sequence(ingest, "volumes").Should().Contain("./logs:/logs:ro").And.Contain("esatls-state:/var/lib/esatls");
        ingest.Children.Should().NotContainKey(new YamlScalarNode("command"), "the image's default command is `run`");
        var environment = (YamlMappingNode)ingest["environment"];
        environment.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Should().OnlyContain(k => k!.StartsWith("ESATLS__", StringComparison.Ordinal));
    }

    [Fact]
    public void Setup_services_run_the_setup_command_against_the_stack()
    {
        Sequence(Service("setup"), "command").Should().StartWith("setup")
            .And.ContainInConsecutiveOrder("--elasticsearch", "http://elasticsearch:9200")
            .And.ContainInConsecutiveOrder("--kibana", "http://kibana:5601");
        Sequence(Service("setup-opensearch"), "command").Should().StartWith("setup")
            .And.ContainInConsecutiveOrder("--opensearch", "http://opensearch:9200")
            .And.ContainInConsecutiveOrder("--dashboards", "http://opensearch-dashboards:5601");
        foreach (var oneShot in new[] { "setup", "setup-opensearch", "kibana-user" })
        {
            Scalar(Service(oneShot), "restart").Should().Be("no");
        }
    }

    [Fact]
    public void Elasticsearch_keeps_security_on_with_the_password_from_env()
    {
        var environment = (YamlMappingNode)Service("elasticsearch")["environment"];
        Scalar(environment, "xpack.security.enabled").Should().Be("true");
        Scalar(environment, "ELASTIC_PASSWORD").Should().StartWith("${ELASTIC_PASSWORD:?");
        Scalar(Service("elasticsearch"), "image").Should().StartWith("docker.elastic.co/elasticsearch/elasticsearch:${STACK_VERSION:-9.");
        Sequence(Service("elasticsearch"), "volumes").Should().ContainSingle(v => v.EndsWith(":/usr/share/elasticsearch/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Env_example_defines_every_variable_the_compose_file_uses()
    {
        var compose = File.ReadAllText(Path.Combine(Deploy, "docker-compose.yml"));
        // $${X} is an escape for the container's shell, not a compose variable
        var used = Variable().Matches(compose).Where(m => m.Index == 0 || compose[m.Index - 1] != '$')
            .Select(m => m.Groups[1].Value).ToHashSet();
        used.Should().Contain(["ELASTIC_PASSWORD", "KIBANA_PASSWORD", "STACK_VERSION", "OPENSEARCH_VERSION"]);
        var defined = File.ReadAllLines(Path.Combine(Deploy, ".env.example"))
            .Where(l => l.Length > 0 && l[0] != '#' && l.Contains('=', StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]).ToHashSet();
        defined.Should().BeEquivalentTo(used);
    }

    [Fact]
    public void Dockerfile_builds_with_the_sdk_and_runs_the_worker_as_non_root_on_the_runtime_image()
    {
        var lines = File.ReadAllLines(Path.Combine(Deploy, "Dockerfile")).Where(l => l.Length > 0 && l[0] != '#').ToList();
        var from = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        from.Should().Equal("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/runtime:10.0");
        var runtime = lines.SkipWhile(l => l != from[1]).ToList();
        runtime.Should().Contain("USER $APP_UID").And.Contain("VOLUME /var/lib/esatls").And.Contain("EXPOSE 5514/udp 5514/tcp");
        runtime.Should().Contain("ENTRYPOINT [\"dotnet\", \"/app/esatls-ingest.dll\"]").And.Contain("CMD [\"run\"]");
        runtime.Should().NotContain(l => l.StartsWith("USER root", StringComparison.Ordinal) || l == "USER 0");
        lines.IndexOf("COPY dashboards/ dashboards/").Should().BeLessThan(
            lines.FindIndex(l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal)), "dashboards are embedded at build time");
    }

    [GeneratedRegex(@"\$\{([A-Z_][A-Z0-9_]*)")]
    private static partial Regex Variable();
}
