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
        var sink = await sinks.CreateAsync(worker.Sink, cancellationToken).ConfigureAwait(false);
        await using (sink.ConfigureAwait(false))
        {
            await WorkerStatus.WriteAsync(worker, sink, output.Out, DateTime.UtcNow, cancellationToken).ConfigureAwait(false);
        }
        return ExitCodes.Ok;
    }
}
