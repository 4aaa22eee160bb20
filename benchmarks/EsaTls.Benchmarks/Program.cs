using BenchmarkDotNet.Running;

namespace EsaTls.Benchmarks;

public static class Program
{
    private const string Usage = """
        EsaTls.Benchmarks micro [BenchmarkDotNet options, e.g. --filter '*Parsing*']
            framing, parsing and correlation per line, with allocations (BENCHMARKS.md)
        EsaTls.Benchmarks store --from SOURCE.db --out TARGET.db --messages N [--batch DOCS]
            a large store for query timings, from the documents of a small one
        EsaTls.Benchmarks loop framing|parsing|source|correlation [REPEAT]
            one micro-benchmark body in a plain loop, to run under a sampling profiler
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "micro":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..], MicroConfig.Create());
                return 0;
            case "store":
                return await StoreBuilder.RunAsync(args[1..]);
            case "loop":
                return ProfileLoop.Run(args[1..]);
            default:
                Console.Error.WriteLine(Usage);
                return args.Length == 0 ? 0 : 2;
        }
    }
}
