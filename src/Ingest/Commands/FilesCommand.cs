using System.ComponentModel;
using System.Diagnostics;
using EsaTls.Core.Correlation;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Search;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Sinks;
using EsaTls.Ingest.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EsaTls.Ingest.Commands;

public sealed class FilesSettings : FramingSettings
{
    [CommandOption("--dry-run")]
    [Description("Parse and correlate, write nothing; print the summary.")]
    public bool DryRun { get; init; }

    [CommandOption("--consolidated-tls-fields")]
    [Description("The consolidated event subscriptions select the ESATLSIn*/ESATLSOut* fields: a line without them means no TLS (default: unknown until a line has shown them).")]
    public bool ConsolidatedTlsFields { get; init; }

    [CommandOption("--horizon <DAYS>")]
    [Description("Flush and forget open messages and connections idle this many days of log time (default 7).")]
    public double? HorizonDays { get; init; }

    [CommandOption("--max-open-messages <N>")]
    [Description("Cap on open messages per appliance; over it the least recently active are written with what is known (default 2,000,000).")]
    public int? MaxOpenMessages { get; init; }

    [CommandOption("--max-open-connections <N>")]
    [Description("Cap on open connections per appliance; over it the least recently active are forgotten (default 2,000,000).")]
    public int? MaxOpenConnections { get; init; }

    [CommandOption("--bulk-load <WHEN>")]
    [Description("SQLite store: build the secondary indexes after the load instead of during it — auto (into an empty store, or when the input to read is at least as large as the store), always, never (default auto).")]
    public string? BulkLoad { get; init; }

    [CommandOption("--reingest")]
    [Description("Read the inputs from the start even if the store's checkpoint says they were read.")]
    public bool Reingest { get; init; }
}

/// <summary><c>esatls-ingest files</c>: one-shot backfill of log files into the store.</summary>
public sealed class FilesCommand(CliOutput output, SinkFactory sinks) : AsyncCommand<FilesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FilesSettings settings, CancellationToken cancellationToken)
    {
        var framing = settings.ToFramingOptions();
        var inputs = settings.ExpandInputs(output);
        if (inputs.Files.Count == 0)
        {
            output.Error.WriteLine("esatls-ingest: no input files");
            return ExitCodes.Failure;
        }
        if (settings.HorizonDays is <= 0 or > 3650)
        {
            throw new UsageException("--horizon: give a number of days between 0 and 3650");
        }
        var correlation = new CorrelatorOptions
        {
            Consolidated = new ConsolidatedOptions { TlsFieldsSelected = settings.ConsolidatedTlsFields },
        };
        if (settings.HorizonDays is { } days)
        {
            correlation = correlation with { Horizon = TimeSpan.FromDays(days) };
        }
        if (settings.MaxOpenMessages is < 1 || settings.MaxOpenConnections is < 1)
        {
            throw new UsageException(settings.MaxOpenMessages is < 1 ? "--max-open-messages: give a number of at least 1" : "--max-open-connections: give a number of at least 1");
        }
        correlation = correlation with
        {
            MaxOpenMessages = settings.MaxOpenMessages ?? correlation.MaxOpenMessages,
            MaxOpenConnections = settings.MaxOpenConnections ?? correlation.MaxOpenConnections,
        };
        var bulkLoad = settings.BulkLoad?.ToLowerInvariant() switch
        {
            null or "auto" => SqliteBulkLoad.Auto,
            "always" => SqliteBulkLoad.Always,
            "never" => SqliteBulkLoad.Never,
            _ => throw new UsageException("--bulk-load: give auto, always or never"),
        };
        var options = new FileIngestOptions { Appliance = settings.Host, Framing = framing, Reingest = settings.Reingest, Correlator = correlation };
        IMessageSink? sink = settings.DryRun ? null : await sinks.CreateAsync(settings, bulkLoad, cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        IngestOutcome outcome;
        var completed = false;
        try
        {
            var files = InputFiles.ToInputs(inputs);
            outcome = output.Interactive
                ? await RunWithProgressAsync(sink, options, files, cancellationToken).ConfigureAwait(false)
                : await new FileIngestRunner(sink, options).RunAsync(files, cancellationToken).ConfigureAwait(false);
            completed = true;
        }
        finally
        {
            if (sink is SqliteMessageStore { Deferred: true } deferred && !completed)
            {
                // Interrupted or failed: stop now rather than build indexes for minutes; the next run on the store builds them.
                deferred.LeaveIndexesToNextWriter();
                output.Error.WriteLine($"esatls-ingest: the indexes of {deferred.Path} are left to the next esatls-ingest run on it (queries work meanwhile, more slowly)");
            }
            if (sink is not null)
            {
                await sink.DisposeAsync().ConfigureAwait(false);
            }
        }
        foreach (var problem in outcome.Problems)
        {
            output.Error.WriteLine($"esatls-ingest: {problem}");
        }
        Summary.Write(output.Out, outcome, clock.Elapsed, settings.DryRun ? "nothing (dry run)" : sink!.Description);
        if (sink is SqliteMessageStore store)
        {
            Summary.WriteIndexes(output.Out, store);
            if (store.IndexBuildProblem is { } problem)
            {
                output.Error.WriteLine($"esatls-ingest: {problem}");
            }
        }
        var deadLettered = 0L;
        if (sink is SearchMessageSink cluster)
        {
            // Read after disposal: the last documents are acknowledged (or dead-lettered) while the sink closes.
            var stats = cluster.Stats;
            Summary.WriteCluster(output.Out, stats);
            deadLettered = stats.DeadLettered;
            if (deadLettered > 0)
            {
                output.Error.WriteLine($"esatls-ingest: the cluster refused {deadLettered:N0} document(s); they are in {cluster.DeadLetterPath} with the reason (fix the cause, then replay them: docs/search.md)");
            }
        }
        return inputs.Problems.Count > 0 || outcome.Stats.FilesFailed > 0 || deadLettered > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private async Task<IngestOutcome> RunWithProgressAsync(IMessageSink? sink, FileIngestOptions options, List<InputFile> files, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output.Error) });
        IngestOutcome? outcome = null;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var total = files.Sum(f => new FileInfo(f.Path).Exists ? new FileInfo(f.Path).Length : 0);
                var task = ctx.AddTask("ingesting", maxValue: Math.Max(1, total));
                long done = 0;
                var current = "";
                long currentPos = 0;
                var progress = new Progress<FileProgress>(p =>
                {
                    if (p.Path != current)
                    {
                        done += currentPos;
                        current = p.Path;
                    }
                    currentPos = p.Position;
                    task.Value = done + currentPos;
                    task.Description = $"{Path.GetFileName(p.Path)} · {p.LinesTotal:N0} lines";
                });
                outcome = await new FileIngestRunner(sink, options, progress).RunAsync(files, cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return outcome!;
    }
}
