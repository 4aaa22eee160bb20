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
        for (var i = 0; i < repeat; i++)
        {
            body();
        }
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {clock.Elapsed.TotalNanoseconds / repeat / Corpus.Lines:0} ns per line"));
        return 0;
    }
}
