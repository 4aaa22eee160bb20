namespace EsaTls.Tests.LogGen;

public class TruthTests
{
    public static TheoryData<string> Scenarios => new()
    {
        // Mid-stream native file set with roll-over, mixed TLS, copies, Debug TLS read lines.
        "--appliances 2 --messages 600 --duration 3h --start 2025-03-03T08:00:00Z --warmup 20m --file-size 48KB --seed 11 --debug-tls-read 0.3 --campaign 1@-40s/60/80s",
        // Syslog, interleaved, reordered, older line forms, offsets.
        "--appliances 3 --framing syslog --syslog-layout interleaved --messages 900 --duration 2h --start 2025-03-03T09:00:00Z --reorder 0.08 --variants 0.2 --utc-offset 3600,-18000 --seed 12 --tls-mix success=50,failed=25,none=25",
        // Mixed framing, host names as identity, size-limited (the window ends mid-message).
        "--appliances 3 --framing mixed --size 2MB --duration 6h --host-identity hostname --seed 13 --warmup 5m,0 --reorder 0.02",
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Truth_agrees_with_an_independent_reading_of_the_output(string args)
    {
        using var run = GeneratedRun.Create(args.Split(' '));
        var truth = TruthFile.Read(run.TruthPath);
        var oracle = TruthOracle.Compute(run.Lines());

        truth.Should().NotBeEmpty();
        TruthFile.ShouldAgree(truth, oracle);
        run.Summary.Messages.Should().Be(truth.Count);
    }

    [Fact]
    public void A_log_that_starts_mid_stream_has_unknown_legs_and_a_clean_start_has_none()
    {
        using var midStream = GeneratedRun.Create("--messages", "300", "--duration", "2h", "--start", "2025-03-03T10:00:00Z",
            "--warmup", "30m", "--campaign", "1@-1m/200/2m", "--seed", "5");
        var truth = TruthFile.Read(midStream.TruthPath);
        truth.Values.Should().Contain(v => v.Receive == "unknown");
        truth.Values.Should().Contain(v => v.Deliveries.Any(d => d.Tls == "unknown"));

        using var clean = GeneratedRun.Create("--messages", "300", "--duration", "2h", "--start", "2025-03-03T10:00:00Z", "--warmup", "0", "--seed", "5");
        var cleanTruth = TruthFile.Read(clean.TruthPath);
        cleanTruth.Values.Should().NotContain(v => v.Receive == "unknown");
        cleanTruth.Values.Should().NotContain(v => v.Deliveries.Any(d => d.Tls == "unknown"));
    }

    [Fact]
    public void Size_limit_is_met_exactly_enough()
    {
        using var run = GeneratedRun.Create("--size", "1MB", "--duration", "1d", "--seed", "3");
        var bytes = Directory.EnumerateFiles(run.OutDir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        bytes.Should().BeInRange(1L << 20, (1L << 20) + 4096);
        run.Summary.Bytes.Should().Be(bytes);
    }
}
