using EsaTls.Ingest.Cli;
using EsaTls.Tests.Pipeline;

namespace EsaTls.Tests.Worker;

public sealed class StatusCommandTests : IDisposable
{
    private readonly WorkerHarness _h = new();

    public void Dispose() => _h.Dispose();

    private async Task<(int Code, string Out)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await EsaTls.Ingest.Program.RunAsync(args, new CliOutput(output, new StringWriter(), false));
        return (code, output.ToString());
    }

    [Fact]
    public async Task Status_reports_positions_and_lag_from_the_committed_checkpoint()
    {
        Directory.CreateDirectory(_h.Logs);
        foreach (var file in Directory.GetFiles(Path.Combine(ScenarioTests.ScenarioDir, "rollover")))
        {
            File.Copy(file, Path.Combine(_h.Logs, Path.GetFileName(file)));
        }
        var store = Path.Combine(_h.Root, "esatls.db");
        var config = Path.Combine(_h.Root, "appsettings.json");
        File.WriteAllText(config, $$"""{ "Sink": { "Store": "{{store}}" }, "State": { "Directory": "{{_h.State}}" }, "Files": [ "{{_h.Logs}}" ] }""");

        var (code, before) = await RunAsync("status", "--config", config);
        code.Should().Be(0);
        before.Should().Contain("checkpoint     none yet").And.Contain("unread").And.Contain("syslog spool").And.Contain("(not created yet)");
        File.Exists(store).Should().BeFalse("status does not create the store");

        (await RunAsync("files", _h.Logs, "--store", store)).Code.Should().Be(0);
        var (_, after) = await RunAsync("status", "--config", config);
        after.Should().Contain("3 files, lag 0 B").And.Contain("lag            0 B not yet committed");

        File.AppendAllText(Directory.GetFiles(_h.Logs, "*.c").Single(), "Sat Mar  1 18:00:09 2025 Info: ICID 100 close\n");
        var (_, behind) = await RunAsync("status", "--config", config);
        behind.Should().Contain("reading  lag 46 B").And.Contain("lag            46 B not yet committed");
    }
}

public sealed class ClusterStatusTests : IDisposable
{
    private readonly WorkerHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Status_of_a_cluster_worker_reads_the_sinks_checkpoint_file_without_the_cluster()
    {
        Directory.CreateDirectory(_h.Logs);
        File.WriteAllText(Path.Combine(_h.Logs, "mail_logs.@20250301T000000.s"), "Sat Mar  1 00:00:00 2025 Info: Begin Logfile\n");
        var stateDir = Path.Combine(_h.State, "cluster");
        Directory.CreateDirectory(stateDir);
        var checkpoint = new EsaTls.Core.Stores.IngestCheckpoint { Inputs = [], CorrelatorState = "{\"Appliances\":[]}", SavedUtc = DateTime.UtcNow };
        File.WriteAllText(Path.Combine(stateDir, "checkpoint.json"), $$"""{"format":1,"cluster_uuid":"abc","saved_utc":"2026-01-01T00:00:00Z","checkpoint":{{checkpoint.ToJson()}}}""");
        var config = Path.Combine(_h.Root, "appsettings.json");
        File.WriteAllText(config, $$"""{ "Sink": { "Elasticsearch": "http://127.0.0.1:1" }, "State": { "Directory": "{{_h.State}}" }, "Files": [ "{{_h.Logs}}" ] }""");
        var output = new StringWriter();
        var code = await EsaTls.Ingest.Program.RunAsync(["status", "--config", config], new EsaTls.Ingest.Cli.CliOutput(output, new StringWriter(), false));
        code.Should().Be(0);
        output.ToString().Should().Contain("checkpoint     saved").And.Contain("unread").And.Contain("lag            45 B not yet committed");
    }
}
