using EsaTls.Core.Stores.Sqlite;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Hosting;
using Microsoft.Data.Sqlite;

namespace EsaTls.Tests.Worker;

/// <summary>
/// Crash safety (design.md §6): the built worker follows two appliances' push directories while they are written
/// and rolled over, and is killed with SIGKILL at random moments, again and again. After a last clean stop, its
/// store holds exactly what a one-shot `files` run over the same final files stores: same ids, same documents.
/// </summary>
public sealed class WorkerCrashTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly WorkerHarness _h = new();

    public void Dispose() => _h.Dispose();

    [SkippableFact]
    public async Task Killed_again_and_again_it_ends_with_the_batch_result()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "signals and the child process are exercised on Linux");
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var appliances = new[] { "esa1.example.net", "esa2.example.net" };
        var config = Path.Combine(_h.Root, "appsettings.json");
        File.WriteAllText(config, $$"""
            {
              "Sink": { "Store": "{{_h.Root}}/worker.db" },
              "State": { "Directory": "{{_h.State}}" },
              "Files": [ { "Path": "{{_h.Logs}}" } ],
              "Syslog": { "Udp": "off", "Tcp": "off" },
              "Worker": { "PollInterval": "50ms", "CommitInterval": "100ms", "BatchDocuments": 50, "FlushInterval": "200ms", "FlushIdle": "2m", "SettleTime": "0s" }
            }
            """);
        Directory.CreateDirectory(_h.Logs);
        var random = new Random(20250301);
        using var feeding = new CancellationTokenSource();
        var feeder = Task.Run(() => FeedAsync(samples, _h.Logs, appliances, random.Next(), feeding.Token));

        var kills = 0;
        var worker = WorkerProcess.Start(_h.Root, "run", "--config", config);
        try
        {
            while (!feeder.IsCompleted || kills < 4)
            {
                await Task.Delay(random.Next(150, 700));
                if (worker.HasExited)
                {
                    throw new InvalidOperationException("the worker stopped by itself:\n" + worker.Output);
                }
                worker.KillHard();
                kills++;
                worker.Dispose();
                worker = WorkerProcess.Start(_h.Root, "run", "--config", config);
                kills.Should().BeLessThan(60, "the feeder finishes within a bounded time");
            }
            await feeder;

            // Caught up: the committed positions cover every byte of every file.
            var settings = WorkerSettingsReader.Read(WorkerConfiguration.Build(config, [], new Dictionary<string, string?>()));
            var deadline = DateTime.UtcNow + Patience;
            while (true)
            {
                await using var store = await SqliteMessageStore.OpenAsync(Path.Combine(_h.Root, "worker.db"));
                if (await WorkerStatus.WriteAsync(settings, store, TextWriter.Null, DateTime.UtcNow, CancellationToken.None) == 0)
                {
                    break;
                }
                DateTime.UtcNow.Should().BeBefore(deadline, "the worker catches up:\n" + worker.Output);
                await Task.Delay(100);
            }
            (await worker.TerminateAsync(Patience)).Should().Be(0, worker.Output);
        }
        finally
        {
            await feeding.CancelAsync();
            worker.Dispose();
        }
        kills.Should().BeGreaterThanOrEqualTo(4);

        var batchDb = Path.Combine(_h.Root, "batch.db");
        var code = await EsaTls.Ingest.Program.RunAsync(["files", _h.Logs, "--store", batchDb], new CliOutput(new StringWriter(), new StringWriter(), false));
        code.Should().Be(0);
        var expected = ReadStore(batchDb);
        expected.Should().HaveCountGreaterThan(100);
        var actual = ReadStore(Path.Combine(_h.Root, "worker.db"));
        actual.Keys.Should().BeEquivalentTo(expected.Keys, "same messages: none lost, none duplicated");
        foreach (var (id, doc) in expected)
        {
            actual[id].Should().Be(doc, $"document {id}");
        }
    }

    /// <summary>Two appliances writing their current file in bursts and rolling it over to .s, concurrently.</summary>
    private static async Task FeedAsync(string samples, string logs, string[] appliances, int seed, CancellationToken cancellationToken)
    {
        await Task.WhenAll(appliances.Select(async (appliance, n) =>
        {
            var rng = new Random(seed + n);
            var dir = Path.Combine(logs, appliance);
            Directory.CreateDirectory(dir);
            var files = Directory.GetFiles(Path.Combine(samples, appliance)).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < files.Count; i++)
            {
                var name = Path.GetFileName(files[i]);
                var current = Path.Combine(dir, name[..name.LastIndexOf('.')] + ".c");
                var bytes = await File.ReadAllBytesAsync(files[i], cancellationToken);
                var at = 0;
                while (at < bytes.Length)
                {
                    // Bursts end anywhere, also in the middle of a line.
                    var size = Math.Min(bytes.Length - at, rng.Next(500, 6000));
                    await using (var stream = new FileStream(current, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
                    {
                        await stream.WriteAsync(bytes.AsMemory(at, size), cancellationToken);
                    }
                    at += size;
                    await Task.Delay(rng.Next(5, 40), cancellationToken);
                }
                if (name.EndsWith(".s", StringComparison.Ordinal))
                {
                    File.Move(current, Path.Combine(dir, name));
                }
            }
        }));
    }

    private static Dictionary<string, string> ReadStore(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, doc FROM messages";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(reader.GetString(0), WorkerHarness.Normalize(reader.GetString(1)));
        }
        return result;
    }
}
