using System.Text.RegularExpressions;
using EsaTls.LogGen;
using EsaTls.LogGen.Options;

namespace EsaTls.Tests.LogGen;

/// <summary>The quickstart samples are what the documented command produces, and they cover every verdict kind.</summary>
public partial class SamplesTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>The generator arguments of the command in samples/README.md (after <c>--</c>).</summary>
    private static List<string> DocumentedArguments()
    {
        var readme = File.ReadAllText(Path.Combine(Samples, "README.md"));
        var block = CodeBlock().Matches(readme).Select(m => m.Groups[1].Value)
            .Single(b => b.Contains("--project tools/LogGen", StringComparison.Ordinal));
        var words = block.Replace("\\\n", " ", StringComparison.Ordinal).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        return words.Skip(words.IndexOf("--") + 1).ToList();
    }

    private static GeneratorOptions DocumentedOptions(string outDir, string truth)
    {
        var args = DocumentedArguments();
        args.Should().Contain(["--out", "samples", "--truth", "samples/expected-verdicts.ndjson"]);
        args[args.IndexOf("--out") + 1] = outDir;
        args[args.IndexOf("--truth") + 1] = truth;
        args.Add("--quiet");
        OptionParser.TryParse(args, out var options, out var error).Should().BeTrue(error);
        return options!;
    }

    [Fact]
    public void Samples_are_what_the_documented_command_writes()
    {
        var dir = Path.Combine(Path.GetTempPath(), "esatls-samples-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = DocumentedOptions(Path.Combine(dir, "samples"), Path.Combine(dir, "samples", "expected-verdicts.ndjson"));
            LogGenerator.Run(options);

            var generated = Directory.EnumerateFiles(Path.Combine(dir, "samples"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(dir, "samples"), f)).Order(StringComparer.Ordinal).ToList();
            var checkedIn = Directory.EnumerateFiles(Samples, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Samples, f)).Where(f => f != "README.md").Order(StringComparer.Ordinal).ToList();
            generated.Should().Equal(checkedIn);
            foreach (var file in generated)
            {
                File.ReadAllBytes(Path.Combine(dir, "samples", file)).AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(Samples, file)))
                    .Should().BeTrue($"samples/{file} is up to date (regenerate with the command in samples/README.md)");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Samples_are_small_and_hold_every_verdict_kind_at_least_twice()
    {
        var truth = TruthFile.Read(Path.Combine(Samples, "expected-verdicts.ndjson"));
        truth.Count.Should().BeInRange(200, 600);
        foreach (var receive in new[] { "success", "failed", "none", "unknown", "not_applicable" })
        {
            truth.Values.Count(v => v.Receive == receive).Should().BeGreaterThanOrEqualTo(2, $"receive {receive}");
        }
        foreach (var deliver in new[] { "success", "partial", "failed", "none", "unknown", "not_delivered" })
        {
            truth.Values.Count(v => v.Deliver == deliver).Should().BeGreaterThanOrEqualTo(2, $"deliver {deliver}");
        }
        Directory.EnumerateFiles(Samples, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length).Should().BeLessThan(1_000_000);

        // One native set starts mid-stream (unknown legs), the other does not; the syslog appliance is there too.
        truth.Keys.Select(k => k.Appliance).Distinct().Should().HaveCount(3).And.Contain("esa3.example.net");
        truth.GroupBy(kv => kv.Key.Appliance).Count(g => g.Any(kv => kv.Value.Receive == "unknown")).Should().Be(2);
    }

    [Fact]
    public void Sample_verdicts_agree_with_an_independent_reading_of_the_sample_logs()
    {
        var options = DocumentedOptions(Samples, Path.Combine(Samples, "expected-verdicts.ndjson"));
        var oracle = TruthOracle.Compute(GeneratedRun.ReadOutput(Samples, options));
        TruthFile.ShouldAgree(TruthFile.Read(Path.Combine(Samples, "expected-verdicts.ndjson")), oracle);
    }

    [Fact]
    public void The_counts_in_the_samples_readme_are_those_of_the_truth()
    {
        var truth = TruthFile.Read(Path.Combine(Samples, "expected-verdicts.ndjson"));
        var readme = File.ReadAllText(Path.Combine(Samples, "README.md"));
        foreach (Match row in CountRow().Matches(readme))
        {
            if (row.Groups[1].Success)
            {
                truth.Values.Count(v => v.Receive == row.Groups[1].Value).Should().Be(int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), $"receive {row.Groups[1].Value}");
            }
            truth.Values.Count(v => v.Deliver == row.Groups[3].Value).Should().Be(int.Parse(row.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture), $"deliver {row.Groups[3].Value}");
        }
        CountRow().Matches(readme).Should().HaveCount(6);
        readme.Should().Contain($"{truth.Count} messages (MIDs): {truth.Values.Count(v => v.Lacked)} lacked TLS, {truth.Values.Count(v => v.Unknown)} unknown");
    }

    [GeneratedRegex(@"```\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^\| (?:([a-z_]+) \| (\d+) \| |\| \| )\| ([a-z_]+) \| (\d+) \|$", RegexOptions.Multiline)]
    private static partial Regex CountRow();
}
