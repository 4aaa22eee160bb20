using EsaTls.Core.Stores;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Hosting;

/// <summary>How the worker ended: the process exit code.</summary>
public sealed class WorkerOutcome
{
    public int ExitCode { get; set; } = ExitCodes.Ok;
}

/// <summary>
/// The hosted service of <c>esatls-ingest run</c>: takes the state lock, starts the syslog listeners and their spool
/// writer, runs the <see cref="IngestLoop"/> until SIGTERM/SIGINT, then stops the listeners, drains and fsyncs the
/// spool, and lets the loop flush and commit. A failure to start stops the host with exit code 1 (2: configuration).
/// </summary>
public sealed class IngestWorker(WorkerSettings settings, IMessageSink sink, WorkerOutcome outcome, IHostApplicationLifetime lifetime, ILoggerFactory loggers, HeldStateLock held)
    : BackgroundService
{
    private readonly ILogger _log = loggers.CreateLogger("esatls.worker");

    /// <summary>Where the listeners are bound (port 0 in the settings: the port the system chose).</summary>
    public SyslogEndpoints Endpoints { get; } = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start-up path at once: the loop runs on the thread pool.
        await Task.Yield();
        StateLock? stateLock = null;
        SyslogListeners? listeners = null;
        try
        {
            stateLock = held.Lock is null ? StateLock.Acquire(settings.StateDirectory) : null;
            var counters = settings.Syslog.Enabled ? new SyslogCounters() : null;
            IngestLoop? loop = null;
            if (counters is not null)
            {
                listeners = SyslogListeners.Start(settings, counters, loggers.CreateLogger("esatls.syslog"), () => loop?.Wake(), stoppingToken);
                Endpoints.Udp = listeners.Udp;
                Endpoints.Tcp = listeners.Tcp;
                Endpoints.Counters = counters;
            }
            loop = new IngestLoop(settings, sink, _log, counters, listeners is null ? null : () => listeners.Queued);
            _log.LogInformation("esatls-ingest worker: {Files} directories, syslog {Syslog}, writing to {Sink}, state in {State}",
                settings.Files.Count, listeners?.Description ?? "off", sink.Description, settings.StateDirectory);
            Endpoints.Ready.TrySetResult();
            await loop.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            Fail(ExitCodes.Usage, e.Message, null);
        }
        catch (Exception e)
        {
            Fail(ExitCodes.Failure, e.Message, e);
        }
        finally
        {
            if (listeners is not null)
            {
                await listeners.StopAsync().ConfigureAwait(false);
            }
            stateLock?.Dispose();
            Endpoints.Ready.TrySetResult();
        }
    }

    private void Fail(int exitCode, string message, Exception? e)
    {
        outcome.ExitCode = exitCode;
        if (e is null or System.Net.Sockets.SocketException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            _log.LogCritical("esatls-ingest: {Message}", message);
        }
        else
        {
            _log.LogCritical(e, "esatls-ingest: {Message}", message);
        }
        lifetime.StopApplication();
    }
}

/// <summary>Bound listener addresses, known once the worker has started (tests use port 0).</summary>
public sealed class SyslogEndpoints
{
    public System.Net.IPEndPoint? Udp { get; set; }
    public System.Net.IPEndPoint? Tcp { get; set; }
    public SyslogCounters? Counters { get; set; }
    public TaskCompletionSource Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
