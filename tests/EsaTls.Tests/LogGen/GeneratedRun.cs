using System.Globalization;
using System.Text.RegularExpressions;
using EsaTls.LogGen;
using EsaTls.LogGen.Options;

namespace EsaTls.Tests.LogGen;

/// <summary>One line of generated output with its framing taken apart (test-side reader, independent of the generator).</summary>
internal sealed record LogLine(string Appliance, string Host, DateTime Utc, string Level, string Text, string File);

/// <summary>Runs the generator into a temporary directory and reads its output back.</summary>
internal sealed partial class GeneratedRun : IDisposable
{
    private GeneratedRun(string dir, GeneratorOptions options, GenerationSummary summary)
    {
        Dir = dir;
        Options = options;
        Summary = summary;
    }

    public string Dir { get; }

    public GeneratorOptions Options { get; }

    public GenerationSummary Summary { get; }

    public string TruthPath => Path.Combine(Dir, "truth.ndjson");

    /// <summary>Generator arguments; <c>--out</c>, <c>--truth</c> and <c>--quiet</c> are added.</summary>
    public static GeneratedRun Create(params string[] args)
    {
        var dir = Path.Combine(Path.GetTempPath(), "esatls-loggen-" + Guid.NewGuid().ToString("N"));
        var all = args.Concat(["--out", Path.Combine(dir, "out"), "--truth", Path.Combine(dir, "truth.ndjson"), "--quiet"]).ToArray();
        OptionParser.TryParse(all, out var options, out var error).Should().BeTrue(error);
        var summary = LogGenerator.Run(options!);
        return new GeneratedRun(dir, options!, summary);
    }

    public string OutDir => Path.Combine(Dir, "out");

    public IReadOnlyList<LogLine> Lines() => ReadOutput(OutDir, Options);

    public IReadOnlyList<string> RawLines() =>
        Directory.EnumerateFiles(OutDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    [GeneratedRegex(@"^(?<ts>[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}) (?<level>Info|Debug|Warning): (?<msg>.*)$")]
    private static partial Regex NativeLine();

    [GeneratedRegex(@"^(?:<\d{1,3}>)?(?<ts>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) (?<host>\S+) mail_logs: (?<level>Info|Debug|Warning): (?<msg>.*)$")]
    private static partial Regex SyslogLine();

    /// <summary>
    /// Reads a generated directory: native file sets per appliance (in roll-over order: stamped <c>.s</c> files,
    /// then <c>.c</c>), syslog streams (per appliance or interleaved). Times are resolved to UTC with the file
    /// header offset (native) or the appliance's configured offset (syslog).
    /// </summary>
    public static List<LogLine> ReadOutput(string outDir, GeneratorOptions o)
    {
        var result = new List<LogLine>();
        foreach (var hostDir in Directory.EnumerateDirectories(outDir).Order(StringComparer.Ordinal))
        {
            var natives = Directory.EnumerateFiles(hostDir, "mail_logs.@*").Order(StringComparer.Ordinal)
                .OrderBy(f => f.EndsWith(".c", StringComparison.Ordinal) ? 1 : 0).ToList();
            var host = Path.GetFileName(hostDir);
            var serial = "";
            var offset = 0;
            foreach (var file in natives)
            {
                var lines = File.ReadAllLines(file);
                // The header names the appliance; it is the first three lines of every file.
                var version = lines.Take(3).FirstOrDefault(l => l.Contains(" Info: Version: ", StringComparison.Ordinal));
                version.Should().NotBeNull($"{file} starts with the Begin Logfile / Version / offset header");
                serial = version![(version.IndexOf("SN: ", StringComparison.Ordinal) + 4)..];
                foreach (var raw in lines)
                {
                    var m = NativeLine().Match(raw);
                    m.Success.Should().BeTrue($"native line in {file}: {raw}");
                    var text = m.Groups["msg"].Value;
                    if (text.StartsWith("Time offset from UTC: ", StringComparison.Ordinal))
                    {
                        offset = int.Parse(text.Split(' ')[4], CultureInfo.InvariantCulture);
                    }
                    var local = DateTime.ParseExact(Regex.Replace(m.Groups["ts"].Value, "  +", " "), "ddd MMM d HH:mm:ss yyyy", CultureInfo.InvariantCulture);
                    var identity = o.HostIdentity == HostIdentity.Hostname ? host : serial;
                    result.Add(new LogLine(identity, host, DateTime.SpecifyKind(local.AddSeconds(-offset), DateTimeKind.Utc), m.Groups["level"].Value, text, file));
                }
            }
            var syslog = Path.Combine(hostDir, "syslog.log");
            if (File.Exists(syslog))
            {
                ReadSyslog(syslog, o, result);
            }
        }
        var shared = Path.Combine(outDir, "syslog.log");
        if (File.Exists(shared))
        {
            ReadSyslog(shared, o, result);
        }
        return result;
    }

    private static void ReadSyslog(string file, GeneratorOptions o, List<LogLine> result)
    {
        foreach (var raw in File.ReadLines(file))
        {
            var m = SyslogLine().Match(raw);
            m.Success.Should().BeTrue($"syslog line in {file}: {raw}");
            var host = m.Groups["host"].Value;
            var index = int.Parse(host[3..host.IndexOf('.', StringComparison.Ordinal)], CultureInfo.InvariantCulture) - 1;
            var offset = o.UtcOffsets[index % o.UtcOffsets.Count];
            var local = DateTime.ParseExact(Regex.Replace(m.Groups["ts"].Value, "  +", " ") + " " + o.StartUtc.Year, "MMM d HH:mm:ss yyyy", CultureInfo.InvariantCulture);
            result.Add(new LogLine(host, host, DateTime.SpecifyKind(local.AddSeconds(-offset), DateTimeKind.Utc), m.Groups["level"].Value, m.Groups["msg"].Value, file));
        }
    }
}
