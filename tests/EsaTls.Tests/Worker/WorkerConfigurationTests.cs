using System.Net;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Hosting;

namespace EsaTls.Tests.Worker;

public sealed class WorkerConfigurationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("esatls-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private WorkerSettings Read(string? json, Dictionary<string, string?>? environment = null, params string[] sets)
    {
        string? file = null;
        if (json is not null)
        {
            file = Path.Combine(_dir, "appsettings.json");
            File.WriteAllText(file, json);
        }
        return WorkerSettingsReader.Read(WorkerConfiguration.Build(file, sets, environment ?? []));
    }

    private string Error(string? json, Dictionary<string, string?>? environment = null, params string[] sets)
    {
        var act = () => Read(json, environment, sets);
        return act.Should().Throw<UsageException>().Which.Message;
    }

    [Fact]
    public void A_full_configuration_is_read()
    {
        var logs = Path.Combine(_dir, "logs");
        var s = Read($$"""
            {
              "Sink": { "Store": "/var/lib/esatls/esatls.db" },
              "State": { "Directory": "{{_dir}}/state" },
              "Files": [ { "Path": "{{logs}}", "Appliance": "esa1", "TimeZone": "Europe/Berlin" }, "{{logs}}2" ],
              "Syslog": {
                "Udp": "0.0.0.0:5514", "Tcp": "off", "MaxLineBytes": 65536, "TimeZone": "+01:00", "Year": 2025,
                "Sources": [ { "Address": "192.0.2.10", "Appliance": "esa2" } ], "FsyncInterval": "100ms"
              },
              "Worker": { "CommitInterval": "00:00:02", "FlushIdle": "10m" },
              "Correlation": { "Horizon": "3d", "ConsolidatedTlsFieldsFor": [ "esa1", "esa2" ], "MergeWindow": "5m" },
              "Logging": { "LogLevel": { "Default": "Warning" } }
            }
            """);
        s.Sink.Store.Should().Be("/var/lib/esatls/esatls.db");
        s.StateDirectory.Should().Be(Path.Combine(_dir, "state"));
        s.Files.Select(f => f.Path).Should().Equal(logs, logs + "2");
        s.Files[0].Appliance.Should().Be("esa1");
        s.Files[0].Zone!.ToString().Should().Be("Europe/Berlin");
        s.Syslog.Udp.Should().Be(new IPEndPoint(IPAddress.Any, 5514));
        s.Syslog.Tcp.Should().BeNull();
        s.Syslog.Year.Should().Be(2025);
        s.Syslog.Sources.Should().ContainSingle().Which.Appliance.Should().Be("esa2");
        s.Syslog.FsyncInterval.Should().Be(TimeSpan.FromMilliseconds(100));
        s.Loop.CommitInterval.Should().Be(TimeSpan.FromSeconds(2));
        s.Loop.FlushIdle.Should().Be(TimeSpan.FromMinutes(10));
        s.Correlator.Horizon.Should().Be(TimeSpan.FromDays(3));
        s.Correlator.Consolidated.TlsFieldsSelected.Should().BeFalse();
        s.Correlator.Consolidated.TlsFieldsSelectedFor.Should().Equal("esa1", "esa2");
        s.Correlator.Consolidated.MergeWindow.Should().Be(TimeSpan.FromMinutes(5));
        Read(null, null, "Correlation:ConsolidatedTlsFields=true").Correlator.Consolidated.TlsFieldsSelected.Should().BeTrue();
    }

    [Fact]
    public void Defaults_listen_for_syslog_on_loopback_5514()
    {
        var s = Read(null);
        s.Syslog.Udp.Should().Be(new IPEndPoint(IPAddress.Loopback, 5514));
        s.Syslog.Tcp.Should().Be(new IPEndPoint(IPAddress.Loopback, 5514));
        s.Files.Should().BeEmpty();
        s.Sink.StorePath.Should().Be("esatls.db");
    }

    [Fact]
    public void Environment_variables_override_the_file_and_set_overrides_both()
    {
        var env = new Dictionary<string, string?>
        {
            ["ESATLS__Syslog__Udp"] = "127.0.0.1:6000",
            ["ESATLS__Files__0__Path"] = "/logs",
            ["OTHER__Syslog__Udp"] = "ignored",
        };
        var s = Read("""{ "Syslog": { "Udp": "127.0.0.1:5000", "Tcp": "127.0.0.1:5000" } }""", env, "Syslog:Tcp=off", "Sink__Store=x.db");
        s.Syslog.Udp!.Port.Should().Be(6000);
        s.Syslog.Tcp.Should().BeNull();
        s.Files.Should().ContainSingle().Which.Path.Should().Be("/logs");
        s.Sink.Store.Should().Be("x.db");
    }

    [Theory]
    [InlineData("""{ "Syslog": { "Upd": "127.0.0.1:5514" } }""", "Syslog:Upd: unknown setting (known here: Udp, Tcp")]
    [InlineData("""{ "Sink": { "Kind": "elasticsearch" } }""", "Sink:Kind: unknown setting")]
    [InlineData("""{ "Syslog": { "Udp": "127.0.0.1" } }""", "Syslog:Udp: '127.0.0.1' is not address:port")]
    [InlineData("""{ "Syslog": { "Tcp": "localhost:5514" } }""", "Syslog:Tcp: 'localhost:5514' is not address:port")]
    [InlineData("""{ "Syslog": { "Udp": "127.0.0.1:70000" } }""", "Syslog:Udp:")]
    [InlineData("""{ "Syslog": { "MaxLineBytes": "big" } }""", "Syslog:MaxLineBytes: 'big' is not a whole number")]
    [InlineData("""{ "Syslog": { "MaxConnections": 0 } }""", "Syslog:MaxConnections: 0 is out of range")]
    [InlineData("""{ "Syslog": { "Sources": [ { "Address": "esa1" } ] } }""", "Syslog:Sources:0:Address: 'esa1' is not an IP address")]
    [InlineData("""{ "Syslog": { "Tls": { "Certificate": "/no/such.pem" } } }""", "Syslog:Tls:Key: TLS needs both")]
    [InlineData("""{ "Files": [ { "Appliance": "esa1" } ] }""", "Files:0:Path: missing")]
    [InlineData("""{ "Files": [ { "Path": "/logs", "TimeZone": "Mars/Olympus" } ] }""", "Files:0:TimeZone:")]
    [InlineData("""{ "Files": [ { "Path": "/logs", "Year": 1800 } ] }""", "Files:0:Year: 1800 is out of range")]
    [InlineData("""{ "Files": { "Path": "/logs" } }""", "Files:Path: ")]
    [InlineData("""{ "Worker": { "CommitInterval": "soon" } }""", "Worker:CommitInterval: 'soon' is not a duration")]
    [InlineData("""{ "Sink": { "Store": "a.db", "Elasticsearch": "http://es:9200" } }""", "Sink: set one of Store, Elasticsearch, OpenSearch")]
    [InlineData("""{ "Sink": { "OpenSearch": "es:9200" } }""", "Sink:OpenSearch: 'es:9200' is not an http(s) URL")]
    [InlineData("""{ "Syslog": { "Udp": "off", "Tcp": "off" } }""", "Files: nothing to ingest")]
    [InlineData("""{ "Files": [ "/logs", "/logs/esa1" ] }""", "Files:1:Path: '/logs/esa1' overlaps Files:0:Path")]
    public void Each_bad_setting_is_one_message_naming_its_key(string json, string expected) =>
        Error(json).Should().StartWith("configuration: " + expected);

    [Fact]
    public void The_state_directory_may_not_overlap_a_watched_directory()
    {
        Error($$"""{ "State": { "Directory": "{{_dir}}/logs/state" }, "Files": [ "{{_dir}}/logs" ] }""")
            .Should().Contain("Files:0:Path").And.Contain("State:Directory");
    }

    [Fact]
    public void Bad_json_names_the_file_and_line()
    {
        Error("{\n  \"Syslog\": {\n    \"Udp\": ,\n  }\n}").Should().Contain("appsettings.json: not valid JSON (line 3)");
    }

    [Fact]
    public void A_missing_config_file_and_a_bad_set_are_usage_errors()
    {
        var missing = () => WorkerConfiguration.Build(Path.Combine(_dir, "none.json"), [], new Dictionary<string, string?>());
        missing.Should().Throw<UsageException>().WithMessage("--config: *does not exist");
        var badSet = () => WorkerConfiguration.Build(null, ["Syslog:Udp"], new Dictionary<string, string?>());
        badSet.Should().Throw<UsageException>().WithMessage("--set: 'Syslog:Udp' is not Key=Value*");
    }

    [Fact]
    public async Task Run_with_a_bad_configuration_exits_2_with_one_line_naming_the_key()
    {
        var file = Path.Combine(_dir, "bad.json");
        File.WriteAllText(file, """{ "Syslog": { "Udp": "nowhere" } }""");
        var err = new StringWriter();
        var code = await EsaTls.Ingest.Program.RunAsync(["run", "--config", file], new CliOutput(new StringWriter(), err, false));
        code.Should().Be(ExitCodes.Usage);
        err.ToString().Trim().Should().StartWith("esatls-ingest: configuration: Syslog:Udp: 'nowhere' is not address:port");
        err.ToString().Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public void The_example_in_the_worker_documentation_is_a_valid_configuration()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "worker.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal);
        start.Should().BePositive("docs/worker.md shows an example appsettings.json");
        var end = doc.IndexOf("```", start + 8, StringComparison.Ordinal);
        var json = doc[(start + 8)..end];
        var file = Path.Combine(_dir, "example.json");
        File.WriteAllText(file, json);
        var s = WorkerSettingsReader.Read(WorkerConfiguration.Build(file, [], new Dictionary<string, string?>()));
        s.Files.Should().NotBeEmpty();
        s.Syslog.Enabled.Should().BeTrue();
    }
}
