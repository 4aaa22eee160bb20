using System.Text;
using EsaTls.Core.Stores.Search;
using EsaTls.Tests.Search;
using EsaTls.Tests.Worker;

namespace EsaTls.Tests.Secrets;

/// <summary>
/// The long-running worker never shows cluster credentials: not in its log (start line, stats, commit failures with a
/// cluster that echoes the Authorization header back), not in <c>status</c>, not in its state and checkpoint files —
/// whether the credentials come from the configuration file, <c>ESATLS__Sink__…</c> variables, URL user info or
/// <c>ESATLS_API_KEY</c>.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class WorkerSecretsTests : IDisposable
{
    private const string Password = "Worker-Pw-Secret-9931";
    private const string UrlPassword = "Worker-Url-Secret-7702";
    private static readonly string ApiKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("WkrKeyId00001:worker-api-key-secret-5150"));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly WorkerHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static string[] Forms() =>
    [
        Password, UrlPassword, ApiKey, "worker-api-key-secret-5150", "WkrKeyId00001:worker-api-key-secret-5150",
        Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiKey)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:" + Password)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:" + UrlPassword)),
    ];

    private static void ShowsNoSecret(string text, string because)
    {
        foreach (var form in Forms())
        {
            text.Should().NotContain(form, because);
        }
    }

    [SkippableTheory]
    [InlineData("config file")]
    [InlineData("url")]
    [InlineData("environment")]
    [InlineData("environment api key")]
    public async Task Worker_log_status_and_state_files_never_show_credentials(string form)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the worker child process is exercised on Linux");
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        Directory.CreateDirectory(_h.Logs);
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "esa1.example.net", "mail_logs.@20250302T190000.s");
        var log = Path.Combine(_h.Logs, "mail_logs.@20250302T190000.s");
        File.Copy(sample, log);

        var url = cluster.UrlText;
        var sink = form switch
        {
            "config file" => $$"""{ "Elasticsearch": "{{url}}", "Username": "elastic", "Password": "{{Password}}" }""",
            "url" => $$"""{ "Elasticsearch": "{{url.Replace("http://", $"http://elastic:{UrlPassword}@", StringComparison.Ordinal)}}" }""",
            _ => $$"""{ "Elasticsearch": "{{url}}" }""",
        };
        var environment = form switch
        {
            "environment" => new Dictionary<string, string> { ["ESATLS__Sink__Username"] = "elastic", ["ESATLS__Sink__Password"] = Password },
            "environment api key" => new Dictionary<string, string> { ["ESATLS_API_KEY"] = ApiKey },
            _ => new Dictionary<string, string>(),
        };
        var config = Path.Combine(_h.Root, "appsettings.json");
        File.WriteAllText(config, $$"""
            {
              "Sink": {{sink}},
              "State": { "Directory": "{{_h.State}}" },
              "Files": [ { "Path": "{{_h.Logs}}" } ],
              "Syslog": { "Udp": "off", "Tcp": "off" },
              "Worker": { "PollInterval": "50ms", "CommitInterval": "100ms", "FlushInterval": "200ms", "SettleTime": "0s" }
            }
            """);

        using var worker = WorkerProcess.Start(_h.Root, environment, "run", "--config", config);
        await WaitAsync(() => cluster.BulkRequests > 0 && cluster.Requests.Any(r => r.Authorization != null), worker, "the worker writes to the cluster");

        // The cluster now fails every bulk request and quotes the credentials back; the worker logs the failure.
        cluster.Intercept = r => r.Path == "/_bulk"
            ? FakeCluster.Error(500, "security_exception", $"Authorization: {r.Authorization} (decoded: {SecretsTests.Decode(r.Authorization)})")
            : null;
        var failedBefore = cluster.Requests.Count;
        File.AppendAllText(log, """
            Sun Mar  2 21:00:00 2025 Info: Start MID 99000001 ICID 48157553
            Sun Mar  2 21:00:00 2025 Info: MID 99000001 ICID 48157553 From: <a@example.net>
            Sun Mar  2 21:00:00 2025 Info: MID 99000001 ICID 48157553 RID 0 To: <b@bigmail.example>
            Sun Mar  2 21:00:00 2025 Info: MID 99000001 ready 100 bytes from <a@example.net>
            Sun Mar  2 21:00:01 2025 Info: Message finished MID 99000001 done

            """);
        await WaitAsync(() => worker.Output.Contains("failed", StringComparison.Ordinal) && cluster.Requests.Count > failedBefore, worker, "the commit failure is logged");
        cluster.Intercept = null;
        (await worker.TerminateAsync(Patience)).Should().Be(0, worker.Output);

        worker.Output.Should().Contain("Authorization: ", "the echo reaches the log, redacted").And.Contain("***");
        ShowsNoSecret(worker.Output, $"{form}: run log");

        using var status = WorkerProcess.Start(_h.Root, environment, "status", "--config", config);
        await status.WaitForExitAsync(Patience);
        status.Output.Should().Contain("checkpoint");
        ShowsNoSecret(status.Output, $"{form}: status");

        foreach (var file in Directory.EnumerateFiles(_h.Root, "*", SearchOption.AllDirectories).Where(f => f != config))
        {
            ShowsNoSecret(await File.ReadAllTextAsync(file), $"{form}: {file}");
        }
    }

    [Fact]
    public async Task Worker_configuration_errors_never_show_credentials()
    {
        string[][] runs =
        [
            ["run", "--set", $"Sink:Elasticsearch=ftp://elastic:{UrlPassword}@127.0.0.1/", "--set", "Syslog:Udp=off", "--set", "Syslog:Tcp=off"],
            ["run", "--set", $"Sink:Pasword={Password}", "--set", "Syslog:Udp=off"],
            ["status", "--set", $"Sink:Elasticsearch=http://elastic:{UrlPassword}@127.0.0.1:9", "--set", $"Sink:Store={_h.Root}/s.db"],
            ["run", "--set", "Sink:Elasticsearch=http://127.0.0.1:9", "--set", $"Sink:Password={Password}", "--set", "Syslog:Udp=off", "--set", "Syslog:Tcp=off"],
            ["run", "--set", $"Sink:Elasticsearch=http://elastic:{UrlPassword}@127.0.0.1:9", "--set", "Syslog:Udp=off", "--set", "Syslog:Tcp=off",
                "--set", $"State:Directory={_h.State}"],
            ["run", "--help"], ["status", "--help"],
        ];
        foreach (var args in runs)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await EsaTls.Ingest.Program.RunAsync(args, new EsaTls.Ingest.Cli.CliOutput(output, error, false));
            var all = output + "\n" + error;
            if (args[1] != "--help")
            {
                code.Should().NotBe(0, all);
                error.ToString().Should().NotBeEmpty();
            }
            ShowsNoSecret(all, string.Join(' ', args));
        }
    }

    private static async Task WaitAsync(Func<bool> condition, WorkerProcess worker, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            worker.HasExited.Should().BeFalse($"{what}; the worker stopped:\n{worker.Output}");
            DateTime.UtcNow.Should().BeBefore(deadline, $"{what}:\n{worker.Output}");
            await Task.Delay(50);
        }
    }
}
