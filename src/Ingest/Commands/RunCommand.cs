using System.ComponentModel;
using System.Globalization;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Hosting;
using EsaTls.Ingest.Sinks;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;

namespace EsaTls.Ingest.Commands;

public class WorkerConfigSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("JSON configuration file (default: appsettings.json in the working directory, if present). See docs/worker.md.")]
    public string? Config { get; init; }

    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override one setting, e.g. --set Syslog:Udp=0.0.0.0:5514 (repeatable; after the file and ESATLS__… variables).")]
    public string[] Set { get; init; } = [];

    internal (Microsoft.Extensions.Configuration.IConfigurationRoot Configuration, WorkerSettings Settings) Load()
    {
        var configuration = WorkerConfiguration.Build(Config, Set);
        return (configuration, WorkerSettingsReader.Read(configuration));
    }
}

/// <summary><c>esatls-ingest run</c>: the long-running worker (docs/worker.md).</summary>
public sealed class RunCommand(CliOutput output, SinkFactory sinks) : AsyncCommand<WorkerConfigSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WorkerConfigSettings settings, CancellationToken cancellationToken)
    {
        var (configuration, worker) = settings.Load();
        // The lock first: a second worker refuses before it opens (and perhaps builds the indexes of) the store.
        using var stateLock = StateLock.Acquire(worker.StateDirectory);
        var sink = await sinks.CreateAsync(worker.Sink, cancellationToken).ConfigureAwait(false);
        await using (sink.ConfigureAwait(false))
        {
            if (sink is SqliteMessageStore { IndexBuildTime.Ticks: > 0 } store)
            {
                output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"esatls-ingest: built the indexes of {store.Path} first (its last bulk load had not finished) in {store.IndexBuildTime.TotalSeconds:F1} s"));
            }
            var outcome = new WorkerOutcome();
            using var host = WorkerHost.Build(worker, sink, outcome, configuration.GetSection("Logging"), heldLock: stateLock);
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            output.Error.Flush();
            return outcome.ExitCode;
        }
    }
}
