using System.Text.Json.Nodes;
using EsaTls.Core.Contract;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Commands;
using EsaTls.Ingest.Hosting;
using EsaTls.Ingest.Sources;
using EsaTls.Tests.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace EsaTls.Tests.Worker;

/// <summary>Temporary directories, worker settings and the batch reference the worker's results are compared with.</summary>
internal sealed class WorkerHarness : IDisposable
{
    public WorkerHarness()
    {
        Root = Directory.CreateTempSubdirectory("esatls-worker-").FullName;
        Logs = Path.Combine(Root, "logs");
        State = Path.Combine(Root, "state");
    }

    public string Root { get; }
    public string Logs { get; }
    public string State { get; }

    public WorkerSettings Settings(bool syslog = false, int? year = null, IReadOnlyList<FileInputSettings>? files = null) => new()
    {
        Sink = new SinkSettings(),
        StateDirectory = State,
        Files = files ?? (syslog ? [] : [new FileInputSettings { Path = Logs, Year = year }]),
        Syslog = syslog
            ? new SyslogSettings { Udp = new(System.Net.IPAddress.Loopback, 0), Tcp = new(System.Net.IPAddress.Loopback, 0), Year = year, FsyncInterval = TimeSpan.FromMilliseconds(20) }
            : new SyslogSettings { Udp = null, Tcp = null },
        Loop = new LoopSettings { SettleTime = TimeSpan.Zero, PollInterval = TimeSpan.FromMilliseconds(20), CommitInterval = TimeSpan.FromMilliseconds(50) },
    };

    public static IngestLoop Loop(WorkerSettings settings, IMessageSink sink) => new(settings, sink, NullLogger.Instance);

    /// <summary>What a one-shot `files` run over <paramref name="paths"/> stores.</summary>
    public static async Task<Dictionary<string, string>> BatchAsync(IEnumerable<string> paths, int? year = null)
    {
        var sink = new MemorySink();
        var expansion = InputFiles.Expand(paths);
        expansion.Problems.Should().BeEmpty();
        var runner = new FileIngestRunner(sink, new FileIngestOptions { Framing = new FramingOptions { Year = year, NowUtc = DateTime.UtcNow } });
        await runner.RunAsync(InputFiles.ToInputs(expansion), CancellationToken.None);
        return Normalized(sink);
    }

    /// <summary>Documents by id, as JSON without <c>event.ingested</c> (the only field that differs between runs).</summary>
    public static Dictionary<string, string> Normalized(MemorySink sink) =>
        sink.Documents.ToDictionary(kv => kv.Key, kv => Normalize(DocumentJson.Serialize(kv.Value.Document)));

    public static string Normalize(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        (node["event"] as JsonObject)?.Remove("ingested");
        return node.ToJsonString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
