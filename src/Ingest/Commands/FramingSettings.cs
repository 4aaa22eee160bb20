using System.ComponentModel;
using EsaTls.Core.Framing;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Sources;
using Spectre.Console.Cli;

namespace EsaTls.Ingest.Commands;

/// <summary>How input lines are read: appliance identity, zone and year.</summary>
public class FramingSettings : SinkSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Log files, directories (searched recursively) or globs.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--host <NAME>")]
    [Description("Appliance name for every input (default: syslog host, else the file header serial, else the file name).")]
    public string? Host { get; init; }

    [CommandOption("--timezone <ZONE>")]
    [Description("Zone of the timestamps when a file has no 'Time offset from UTC' header: IANA name or ±hh:mm (default UTC).")]
    public string? TimeZone { get; init; }

    [CommandOption("--year <YYYY>")]
    [Description("Year of the first syslog line (syslog framing has none; default: inferred from today).")]
    public int? Year { get; init; }

    public FramingOptions ToFramingOptions()
    {
        TimeZoneSpec? zone = null;
        if (TimeZone is not null && !TimeZoneSpec.TryParse(TimeZone, out zone, out var error))
        {
            throw new UsageException($"--timezone: {error}");
        }
        if (Year is < 1990 or > 2200)
        {
            throw new UsageException($"--year: {Year} is not a plausible year");
        }
        return new FramingOptions { Zone = zone, Year = Year, NowUtc = DateTime.UtcNow };
    }

    /// <summary>The input files in log order; problems and skipped files are reported on stderr.</summary>
    public InputExpansion ExpandInputs(CliOutput output)
    {
        var inputs = InputFiles.Expand(Paths);
        foreach (var problem in inputs.Problems)
        {
            output.Error.WriteLine($"esatls-ingest: {problem.Argument}: {problem.Problem}");
        }
        if (inputs.Skipped.Count > 0)
        {
            var names = string.Join(", ", inputs.Skipped.Take(5).Select(s => $"{Path.GetFileName(s.Path)} ({s.Reason})"));
            output.Error.WriteLine($"esatls-ingest: skipped {inputs.Skipped.Count} file(s) that are not logs: {names}{(inputs.Skipped.Count > 5 ? ", …" : "")}");
        }
        return inputs;
    }

    public override Spectre.Console.ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return Spectre.Console.ValidationResult.Error("give at least one log file, directory or glob");
        }
        return base.Validate();
    }
}
