using System.Globalization;
using EsaTls.Fuzz;
using EsaTls.Fuzz.Targets;
using Xunit.Abstractions;

namespace EsaTls.Tests.Fuzz;

/// <summary>
/// Every fuzz target (tests/EsaTls.Fuzz) at a volume that fits the test run: 20,000 inputs for a one-line
/// target, fewer for the costly ones. <c>ESATLS_FUZZ_ITERATIONS</c> raises it; the full runs use the console
/// harness (<c>dotnet run -c Release --project tests/EsaTls.Fuzz</c>, see its README).
/// </summary>
public sealed class FuzzTargetTests(ITestOutputHelper output)
{
    private static long Volume =>
        long.TryParse(Environment.GetEnvironmentVariable("ESATLS_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 20_000;

    public static TheoryData<string> Targets()
    {
        var data = new TheoryData<string>();
        foreach (var t in FuzzTargets.All)
        {
            data.Add(t.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Target_runs_clean(string name)
    {
        var target = FuzzTargets.Find(name)!;
        // A fixed seed per target: the default run is reproducible; the console harness explores new seeds.
        var result = FuzzEngine.Run(target, Math.Max(20, Volume / target.Cost), seed: 20_250_301);
        output.WriteLine($"{name}: {result.Iterations:N0} inputs in {result.Elapsed.TotalSeconds:F1} s");
        foreach (var f in result.Findings)
        {
            output.WriteLine($"--seed {f.Seed} --index {f.Index}\n{f.Input}\n{f.Error}\n");
        }
        result.Findings.Should().BeEmpty(result.Findings.Count > 0
            ? $"first finding: --seed {result.Findings[0].Seed} --index {result.Findings[0].Index}: {result.Findings[0].Error}"
            : "");
        result.Iterations.Should().Be(Math.Max(20, Volume / target.Cost));
    }

    [Fact]
    public void An_input_replays_from_its_seed_and_index()
    {
        var target = new RecordingTarget();
        FuzzEngine.Run(target, 50, seed: 7, threads: 2);
        var all = target.Seen.ToDictionary(x => x.Index, x => x.Value);
        target.Seen.Clear();
        FuzzEngine.Run(target, 1, seed: 7, threads: 1, firstIndex: 31);
        target.Seen.Should().ContainSingle().Which.Should().Be((31L, all[31]));
    }

    [Fact]
    public void A_throwing_input_is_reported_with_its_index()
    {
        var result = FuzzEngine.Run(new ThrowingTarget(), 100, seed: 1, threads: 2);
        result.Findings.Should().NotBeEmpty();
        result.Findings.Should().OnlyContain(f => f.Index % 10 == 3 && f.Error.Contains("boom", StringComparison.Ordinal));
    }

    private sealed class RecordingTarget : FuzzTarget
    {
        public System.Collections.Concurrent.ConcurrentBag<(long Index, int Value)> Seen { get; } = [];
        public override string Name => "recording";
        public override string Description => "";
        public override void Run(Random random, FuzzInput input) => Seen.Add((input.Index, random.Next()));
    }

    private sealed class ThrowingTarget : FuzzTarget
    {
        public override string Name => "throwing";
        public override string Description => "";
        public override void Run(Random random, FuzzInput input)
        {
            if (input.Index % 10 == 3)
            {
                throw new InvalidOperationException("boom");
            }
        }
    }
}
