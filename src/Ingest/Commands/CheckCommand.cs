using System.ComponentModel;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Text;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Sources;
using Spectre.Console.Cli;

namespace EsaTls.Ingest.Commands;

public sealed class CheckSettings : FramingSettings
{
    [CommandOption("--show-unrecognized")]
    [Description("Print unrecognised lines verbatim on stdout (the summary goes to stderr).")]
    public bool ShowUnrecognized { get; init; }
}

/// <summary><c>esatls-ingest check</c>: parse only, report what was and was not recognised.</summary>
public sealed class CheckCommand(CliOutput output) : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var framing = settings.ToFramingOptions();
        var inputs = settings.ExpandInputs(output);
        var stats = new IngestStats();
        Action<ReadOnlySpan<byte>, string>? show = null;
        if (settings.ShowUnrecognized)
        {
            // Verbatim: the bytes as read, so that the lines can be fed back in or attached to a report.
            output.Out.Flush();
            var raw = output.RawOut;
            var text = output.Out;
            show = raw is not null
                ? (line, _) =>
                {
                    raw.Write(line);
                    raw.WriteByte((byte)'\n');
                }
            : (line, _) => text.WriteLine(VisibleText.OfUtf8(line));
        }
        foreach (var file in inputs.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
                using var reader = new LineReader(stream);
                var source = new SourceProcessor(new SourceSettings { FallbackIdentity = file, Appliance = settings.Host, Framing = framing }, stats, null, show);
                stats.FilesRead++;
                while (reader.TryReadLine(out var line))
                {
                    source.ProcessLine(line, reader.LastLineOversized);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stats.FilesFailed++;
                output.Error.WriteLine($"esatls-ingest: {file}: cannot be read ({e.Message})");
            }
        }
        output.RawOut?.Flush();
        var summaryTarget = settings.ShowUnrecognized ? output.Error : output.Out;
        Summary.WriteLines(summaryTarget, stats);
        summaryTarget.WriteLine($"files          {stats.FilesRead:N0} read, {stats.FilesFailed:N0} unreadable");
        return inputs.Problems.Count > 0 || stats.FilesFailed > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }
}
