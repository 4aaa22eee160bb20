using System.ComponentModel;
using System.Diagnostics;
using EsaTls.Core.Correlation;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
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
        var options = new FileIngestOptions { Appliance = settings.Host, Framing = framing, Reingest = settings.Reingest, Correlator = correlation };
        IMessageSink? sink = settings.DryRun ? null : await sinks.CreateAsync(settings, cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        IngestOutcome outcome;
        try
        {
            var files = InputFiles.ToInputs(inputs);
            outcome = output.Interactive
                ? await RunWithProgressAsync(sink, options, files, cancellationToken).ConfigureAwait(false)
                : await new FileIngestRunner(sink, options).RunAsync(files, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
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
        return inputs.Problems.Count > 0 || outcome.Stats.FilesFailed > 0 ? ExitCodes.Failure : ExitCodes.Ok;
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
