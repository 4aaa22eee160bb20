using System.Net;
using System.Text.RegularExpressions;
using EsaTls.Ingest.Hosting;
using YamlDotNet.RepresentationModel;

namespace EsaTls.Tests.Deployment;

/// <summary>The ESATLS__… variables the image and the trial stack set are settings the worker knows, with valid values.</summary>
public partial class WorkerEnvironmentTests
{
    private static readonly string Deploy = Path.Combine(AppContext.BaseDirectory, "deploy");

    private static Dictionary<string, string?> DockerfileEnvironment()
    {
        var text = File.ReadAllText(Path.Combine(Deploy, "Dockerfile")).Replace("\\\n", " ", StringComparison.Ordinal);
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Where(l => l.StartsWith("ENV ", StringComparison.Ordinal)))
        {
            foreach (Match m in Assignment().Matches(line[4..]))
            {
                env[m.Groups[1].Value] = m.Groups[2].Value;
            }
        }
        return env;
    }

    private static Dictionary<string, string?> ComposeEnvironment()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Deploy, "docker-compose.yml")))
        {
            yaml.Load(reader);
        }
        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents.Single().RootNode)["services"];
        var environment = (YamlMappingNode)((YamlMappingNode)services["ingest"])["environment"];
        // ${VAR:?message} is filled in by compose from .env: any value will do here.
        return environment.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => (string?)Placeholder().Replace(((YamlScalarNode)kv.Value).Value!, "secret"));
    }

    [Fact]
    public void The_image_defaults_are_valid_worker_settings()
    {
        var env = DockerfileEnvironment();
        env.Keys.Should().BeEquivalentTo("ESATLS__State__Directory", "ESATLS__Syslog__Udp", "ESATLS__Syslog__Tcp");
        var settings = WorkerSettingsReader.Read(WorkerConfiguration.Build(null, [], env));
        settings.StateDirectory.Should().Be("/var/lib/esatls");
        settings.Syslog.Udp.Should().Be(new IPEndPoint(IPAddress.Any, 5514));
        settings.Syslog.Tcp.Should().Be(new IPEndPoint(IPAddress.Any, 5514));
    }

    [Fact]
    public void The_trial_stack_points_the_worker_at_elasticsearch_and_the_mounted_logs()
    {
        var env = DockerfileEnvironment();
        foreach (var (key, value) in ComposeEnvironment())
        {
            env[key] = value;
        }
        var settings = WorkerSettingsReader.Read(WorkerConfiguration.Build(null, [], env));
        settings.Sink.Elasticsearch.Should().Be("http://elasticsearch:9200");
        settings.Sink.Username.Should().Be("elastic");
        settings.Sink.Password.Should().Be("secret");
        settings.Sink.Store.Should().BeNull();
        settings.Files.Should().ContainSingle().Which.Path.Should().Be("/logs");
        settings.Sink.StateDir.Should().StartWith("/var/lib/esatls/", "the cluster sink's checkpoint lives in the state volume");
    }

    [GeneratedRegex(@"(ESATLS__\w+)=(\S+)")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\$\{[A-Z_]+:\?[^}]*\}")]
    private static partial Regex Placeholder();
}
