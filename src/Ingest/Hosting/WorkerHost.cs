using EsaTls.Core.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace EsaTls.Ingest.Hosting;

/// <summary>Builds the generic host of <c>esatls-ingest run</c>: console logging, SIGTERM/SIGINT handling, the <see cref="IngestWorker"/>.</summary>
public static class WorkerHost
{
    /// <param name="heldLock">The state directory's lock when the caller took it already (before opening the store); null: the worker takes it.</param>
    public static IHost Build(WorkerSettings settings, IMessageSink sink, WorkerOutcome outcome, IConfiguration? logging = null, Action<ILoggingBuilder>? configureLogging = null,
        StateLock? heldLock = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "esatls-ingest" });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        if (logging is not null)
        {
            builder.Logging.AddConfiguration(logging);
        }
        if (configureLogging is null)
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                o.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }
        else
        {
            configureLogging(builder.Logging);
        }
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.Loop.ShutdownTimeout);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(sink);
        builder.Services.AddSingleton(outcome);
        builder.Services.AddSingleton(new HeldStateLock(heldLock));
        builder.Services.AddSingleton<IngestWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestWorker>());
        return builder.Build();
    }
}

/// <summary>The state lock a caller already holds for the worker (see <see cref="WorkerHost.Build"/>), or none.</summary>
public sealed record HeldStateLock(StateLock? Lock);
