using System.Text.Json;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Search;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Hosting;
using EsaTls.Ingest.Sinks;
using Spectre.Console.Cli;

namespace EsaTls.Ingest.Commands;

/// <summary><c>esatls-ingest status</c>: the worker's committed input positions and lag, read through the sink.</summary>
public sealed class StatusCommand(CliOutput output, SinkFactory sinks) : AsyncCommand<WorkerConfigSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WorkerConfigSettings settings, CancellationToken cancellationToken)
    {
        var (_, worker) = settings.Load();
        if (worker.Sink.IsCluster)
        {
            // The running worker's cluster sink holds the lock on its state folder: read the checkpoint file as
            // the sink saved it (atomically), without the lock and without a round trip to the cluster.
            var file = Path.Combine(worker.Sink.StateDir!, SearchSinkOptions.CheckpointFileName);
            WorkerStatus.Write(worker, ReadClusterCheckpoint(file), $"{worker.Sink.Elasticsearch ?? worker.Sink.OpenSearch} (checkpoint {file})", output.Out, DateTime.UtcNow);
            return ExitCodes.Ok;
        }
        if (!File.Exists(worker.Sink.StorePath))
        {
            // Opening the store would create it: report instead that nothing was committed yet.
            WorkerStatus.Write(worker, null, $"SQLite store {worker.Sink.StorePath} (not created yet)", output.Out, DateTime.UtcNow);
            return ExitCodes.Ok;
        }
        var sink = await sinks.CreateAsync(worker.Sink, cancellationToken).ConfigureAwait(false);
        await using (sink.ConfigureAwait(false))
        {
            await WorkerStatus.WriteAsync(worker, sink, output.Out, DateTime.UtcNow, cancellationToken).ConfigureAwait(false);
        }
        return ExitCodes.Ok;
    }

    private static IngestCheckpoint? ReadClusterCheckpoint(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            return doc.RootElement.TryGetProperty("checkpoint", out var checkpoint) ? IngestCheckpoint.FromJson(checkpoint.GetRawText()) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"cannot read the checkpoint '{file}': {e.Message}", e);
        }
    }
}
