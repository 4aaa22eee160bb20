namespace EsaTls.Tests.LogGen;

public class DeterminismTests
{
    private static readonly string[] Args =
    [
        "--appliances", "3", "--framing", "mixed", "--messages", "700", "--duration", "3h", "--seed", "99",
        "--reorder", "0.05", "--variants", "0.1", "--debug-tls-read", "0.1", "--file-size", "64KB", "--utc-offset", "3600,-18000",
        "--campaign", "1@-1m/40/2m",
    ];

    private static Dictionary<string, byte[]> Snapshot(GeneratedRun run) =>
        Directory.EnumerateFiles(run.Dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(run.Dir, f), File.ReadAllBytes);

    [Fact]
    public void Same_seed_gives_the_same_bytes()
    {
        using var a = GeneratedRun.Create(Args);
        using var b = GeneratedRun.Create(Args);
        var first = Snapshot(a);
        var second = Snapshot(b);

        first.Keys.Should().BeEquivalentTo(second.Keys);
        first.Count.Should().BeGreaterThan(4);
        foreach (var (name, bytes) in first)
        {
            bytes.AsSpan().SequenceEqual(second[name]).Should().BeTrue($"{name} is identical in both runs");
        }
    }

    [Fact]
    public void Another_seed_gives_other_traffic()
    {
        using var a = GeneratedRun.Create(Args);
        using var b = GeneratedRun.Create([.. Args[..^2], "--seed", "100"]);
        File.ReadAllBytes(a.TruthPath).AsSpan().SequenceEqual(File.ReadAllBytes(b.TruthPath)).Should().BeFalse();
    }

    [Fact]
    public void Line_forms_and_reordering_change_the_text_not_the_traffic()
    {
        string[] common = ["--appliances", "2", "--framing", "syslog", "--messages", "500", "--duration", "2h", "--seed", "31"];
        using var plain = GeneratedRun.Create(common);
        using var varied = GeneratedRun.Create([.. common, "--variants", "0.3", "--reorder", "0.1"]);

        File.ReadAllBytes(varied.TruthPath).AsSpan().SequenceEqual(File.ReadAllBytes(plain.TruthPath)).Should().BeTrue();
        varied.RawLines().Should().NotEqual(plain.RawLines());
        varied.RawLines().Count.Should().Be(plain.RawLines().Count);
    }
}
