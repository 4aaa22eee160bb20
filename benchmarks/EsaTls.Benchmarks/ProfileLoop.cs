using System.Diagnostics;
using System.Globalization;
using EsaTls.Benchmarks.Micro;

namespace EsaTls.Benchmarks;

/// <summary>
/// Runs one micro-benchmark body in a plain loop, for a sampling profiler (<c>perf record -g</c> with
/// <c>DOTNET_PerfMapEnabled=1</c>): no harness code in the samples. Prints the time per line.
/// </summary>
internal static class ProfileLoop
{
    public const string Usage = "EsaTls.Benchmarks loop framing|parsing|source|correlation [REPEAT]";

    public static int Run(string[] args)
    {
        var repeat = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        Func<long> body;
        switch (args.FirstOrDefault())
        {
            case "framing":
                var framing = new FramingBenchmarks();
                framing.Setup();
                body = framing.ReadAndFrame;
                break;
            case "parsing":
                var parsing = new ParsingBenchmarks();
                parsing.Setup();
                body = () => parsing.Parse();
                break;
            case "source":
                var source = new CorrelationBenchmarks();
                source.Setup();
                body = source.FrameAndParse;
                break;
            case "correlation":
                var correlation = new CorrelationBenchmarks();
                correlation.Setup();
                body = correlation.Correlation;
                break;
            default:
                Console.Error.WriteLine($"usage: {Usage}");
                return 2;
        }
        body();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < repeat; i++)
        {
            body();
        }
        var lines = (double)repeat * Corpus.Lines;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        // Processor time is steadier than elapsed time on a shared machine (it includes the GC's threads).
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{args[0]}: {clock.Elapsed.TotalNanoseconds / lines:0} ns elapsed, {used.TotalNanoseconds / lines:0} ns CPU per line"));
        return 0;
    }
}
