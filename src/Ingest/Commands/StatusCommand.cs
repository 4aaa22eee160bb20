using System.Text.Json;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Search;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Hosting;
using EsaTls.Ingest.Sinks;
using Spectre.Console.Cli;

namespace EsaTls.Ingest.Commands;

/// <summary><c>esatls-ingest status</c>: the worker's committed input positions and lag, read without writing to the store.</summary>
public sealed class StatusCommand(CliOutput output) : AsyncCommand<WorkerConfigSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, WorkerConfigSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(Execute(settings));

    private int Execute(WorkerConfigSettings settings)
    {
        var (_, worker) = settings.Load();
        if (worker.Sink.IsCluster)
        {
            // The running worker's cluster sink holds the lock on its state folder: read the checkpoint file as
            // the sink saved it (atomically), without the lock and without a round trip to the cluster.
            var file = Path.Combine(worker.Sink.StateDir!, SearchSinkOptions.CheckpointFileName);
            WorkerStatus.Write(worker, ReadClusterCheckpoint(file), $"{SearchConnection.RedactUrl((worker.Sink.Elasticsearch ?? worker.Sink.OpenSearch)!)} (checkpoint {file})", output.Out, DateTime.UtcNow);
            return ExitCodes.Ok;
        }
        if (!File.Exists(worker.Sink.StorePath))
        {
            // Opening the store would create it: report instead that nothing was committed yet.
            WorkerStatus.Write(worker, null, $"SQLite store {worker.Sink.StorePath} (not created yet)", output.Out, DateTime.UtcNow);
            return ExitCodes.Ok;
        }
        // A reader, not the sink: status runs beside the worker and must neither take the write lock nor build
        // the indexes of an interrupted bulk load.
        IngestCheckpoint? checkpoint;
        try
        {
            checkpoint = SqliteMessageStore.ReadCheckpoint(worker.Sink.StorePath);
        }
        catch (SqliteStoreException e)
        {
            throw new UsageException(e.Message);
        }
        WorkerStatus.Write(worker, checkpoint, $"SQLite store {worker.Sink.StorePath}", output.Out, DateTime.UtcNow);
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
