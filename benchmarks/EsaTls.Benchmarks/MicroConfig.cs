using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace EsaTls.Benchmarks;

/// <summary>The default configuration with a short fixed job (the machines are shared: many iterations buy little) and allocations reported.</summary>
internal static class MicroConfig
{
    public static IConfig Create() => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(8).WithLaunchCount(1))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.JoinSummary);
}
