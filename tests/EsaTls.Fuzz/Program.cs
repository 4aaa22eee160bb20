using System.Diagnostics;
using System.Globalization;
using EsaTls.Fuzz;
using EsaTls.Fuzz.Targets;

// esatls fuzz harness: random and mutated inputs for the framing, the parsers, the pipeline, configuration
// binding and both command lines. See tests/EsaTls.Fuzz/README.md.
var iterations = 1_000_000L;
var seed = (long)Environment.TickCount64;
var threads = 0;
long? index = null;
var names = new List<string>();
string? findingsDir = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--iterations" or "-n":
            iterations = long.Parse(args[++i], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            break;
        case "--seed":
            seed = long.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--threads":
            threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--index":
            index = long.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--findings":
            findingsDir = args[++i];
            break;
        case "--list":
            foreach (var t in FuzzTargets.All)
            {
                Console.WriteLine($"{t.Name,-14} 1/{t.Cost,-4} {t.Description}");
            }
            return 0;
        case "--help" or "-h":
            Console.WriteLine("usage: EsaTls.Fuzz [TARGET…] [--iterations N] [--seed S] [--threads T] [--index I] [--findings DIR] [--list]");
            Console.WriteLine("  N is the volume of a one-line target; a target that costs more (--list) runs N/cost inputs.");
            Console.WriteLine("  --index I replays the single input I of --seed S (as reported with a finding).");
            return 0;
        default:
            names.Add(args[i]);
            break;
    }
}

var targets = names.Count == 0 ? FuzzTargets.All : names.Select(n => FuzzTargets.Find(n) ?? throw new ArgumentException($"unknown target '{n}' (see --list)")).ToList();
Console.WriteLine($"seed {seed}, {(threads > 0 ? threads : Environment.ProcessorCount)} thread(s)");
var total = 0L;
var failed = false;
var clock = Stopwatch.StartNew();
foreach (var target in targets)
{
    var count = index is not null ? 1 : Math.Max(1, iterations / target.Cost);
    var result = FuzzEngine.Run(target, count, seed, threads, firstIndex: index ?? 0);
    total += result.Iterations;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{target.Name,-14} {result.Iterations,12:N0} inputs  {result.Elapsed.TotalSeconds,8:F1} s  {(result.Clean ? "clean" : $"{result.Findings.Count} finding(s)")}"));
    foreach (var f in result.Findings)
    {
        failed = true;
        Console.WriteLine($"  FINDING {f.Target} --seed {f.Seed} --index {f.Index}");
        Console.WriteLine($"    input: {f.Input}");
        Console.WriteLine($"    {f.Error.Replace("\n", "\n    ", StringComparison.Ordinal)}");
        if (findingsDir is not null)
        {
            Directory.CreateDirectory(findingsDir);
            File.WriteAllText(Path.Combine(findingsDir, $"{f.Target}-{f.Seed}-{f.Index}.txt"), $"{f.Input}\n\n{f.Error}\n");
        }
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total          {total,12:N0} inputs  {clock.Elapsed.TotalSeconds,8:F1} s  {(failed ? "FINDINGS" : "clean")}"));
return failed ? 1 : 0;
