using EsaTls.Core.Stores.Search;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Commands;
using EsaTls.Ingest.Sinks;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EsaTls.Ingest;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var interactive = !Console.IsErrorRedirected && !Console.IsOutputRedirected;
        // Verbatim bytes only into a pipe or file: on a terminal, log text could carry escape sequences.
        using var rawOut = Console.IsOutputRedirected ? Console.OpenStandardOutput() : null;
        var output = new CliOutput(Console.Out, Console.Error, interactive, rawOut);
        return await RunAsync(args, output, cancellationToken: cancel.Token).ConfigureAwait(false);
    }

    /// <summary>Runs a command line with the given output (tests call this in-process).</summary>
    public static async Task<int> RunAsync(string[] args, CliOutput output, SinkFactory? sinks = null, CancellationToken cancellationToken = default)
    {
        var services = new ServiceCollection();
        services.AddSingleton(output);
        services.AddSingleton(sinks ?? new SinkFactory(output));
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("esatls-ingest");
            config.Settings.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output.Out),
                Ansi = output.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = output.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            });
            config.PropagateExceptions();
            config.Settings.StrictParsing = true;
            config.ValidateExamples();
            config.AddCommand<FilesCommand>("files")
                .WithDescription("Backfill log files into the store: parse, correlate, write one document per message.")
                .WithExample("files", "/var/log/esa/esa1/", "--store", "esatls.db")
                .WithExample("files", "mail_logs.@20250301T000000.s", "mail_logs.@20250302T000000.c", "--timezone", "Europe/Berlin")
                .WithExample("files", "syslog/esa.log", "--year", "2025", "--dry-run")
                .WithExample("files", "logs/", "--elasticsearch", "https://es.example:9200", "--ca-cert", "ca.pem");
            config.AddCommand<RunCommand>("run")
                .WithDescription("Long-running worker: follow pushed log directories and syslog, commit with checkpoints (docs/worker.md).")
                .WithExample("run", "--config", "/etc/esatls/appsettings.json")
                .WithExample("run", "--set", "Files:0:Path=/var/log/esa/esa1", "--set", "Syslog:Udp=0.0.0.0:5514");
            config.AddCommand<StatusCommand>("status")
                .WithDescription("Show the worker's committed input positions and how far behind the inputs it is.")
                .WithExample("status", "--config", "/etc/esatls/appsettings.json");
            config.AddCommand<SetupCommand>("setup")
                .WithDescription("Install the index template and lifecycle policy (or create the SQLite store) and import the dashboards.")
                .WithExample("setup", "--elasticsearch", "https://es.example:9200", "--kibana", "https://kibana.example:5601")
                .WithExample("setup", "--opensearch", "https://os.example:9200", "--dashboards", "https://osd.example:5601", "--tenant", "global")
                .WithExample("setup", "--store", "esatls.db");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Parse only: report which lines were recognised and which were not.")
                .WithExample("check", "logs/")
                .WithExample("check", "mail.current", "--show-unrecognized");
        });
        try
        {
            return await app.RunAsync(args, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            output.Error.WriteLine($"esatls-ingest: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (CommandParseException e)
        {
            output.Error.WriteLine($"esatls-ingest: {e.Message} (see esatls-ingest --help)");
            return ExitCodes.Usage;
        }
        catch (CommandRuntimeException e)
        {
            output.Error.WriteLine($"esatls-ingest: {e.Message} (see esatls-ingest --help)");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            output.Error.WriteLine("esatls-ingest: interrupted; the store holds everything up to the last commit and the next run resumes there");
            return ExitCodes.Failure;
        }
        catch (SearchConfigurationException e)
        {
            output.Error.WriteLine($"esatls-ingest: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException or SearchRequestException)
        {
            output.Error.WriteLine($"esatls-ingest: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
