using System.Globalization;
using EsaTls.Core.Contract;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Ingest.Sources;

namespace EsaTls.Tests.Pipeline;

/// <summary>
/// Each scenario log under Scenarios/ has a <c>.expect</c> file: one line per message that must result,
/// <c>appliance mid receive deliver ok|lacked|unknown [start-utc]</c>. No other message may result.
/// </summary>
public class ScenarioTests
{
    public static string ScenarioDir => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var expect in Directory.GetFiles(ScenarioDir, "*.expect").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(expect));
        }
        return data;
    }

    internal static async Task<MemorySink> IngestAsync(string name, int? year = null, MemorySink? sink = null, int batchDocuments = 5000)
    {
        var input = Path.Combine(ScenarioDir, name);
        var paths = Directory.Exists(input) ? [input] : new[] { input + ".log" };
        var expansion = InputFiles.Expand(paths);
        expansion.Problems.Should().BeEmpty();
        sink ??= new MemorySink();
        var runner = new FileIngestRunner(sink, new FileIngestOptions
        {
            Framing = new FramingOptions { Year = year, NowUtc = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) },
            BatchDocuments = batchDocuments,
        });
        var outcome = await runner.RunAsync(InputFiles.ToInputs(expansion), CancellationToken.None);
        outcome.Stats.Unrecognised.Should().Be(0, "scenario logs hold only known line kinds: " + string.Join(", ", outcome.Stats.UnrecognisedByReason));
        return sink;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_gives_the_expected_verdicts(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(ScenarioDir, name + ".expect"));
        var year = lines.Where(l => l.StartsWith("# year ", StringComparison.Ordinal)).Select(l => (int?)int.Parse(l[7..], CultureInfo.InvariantCulture)).FirstOrDefault();
        var sink = await IngestAsync(name, year);
        var expected = lines.Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var docs = sink.Documents.Values.Select(r => r.Document).ToList();
        docs.Select(d => $"{d.Observer.Hostname} {d.Esa.Mid}").Should().BeEquivalentTo(expected.Select(e => $"{e[0]} {e[1]}"));
        foreach (var e in expected)
        {
            var doc = docs.Single(d => d.Observer.Hostname == e[0] && d.Esa.Mid == long.Parse(e[1], CultureInfo.InvariantCulture));
            var because = $"{e[0]} MID {e[1]}";
            doc.Esa.Receive.Tls.Status.Name().Should().Be(e[2], because);
            doc.Esa.Deliver.Tls.Status.Name().Should().Be(e[3], because);
            var verdict = doc.Esa.Tls.Lacked ? "lacked" : doc.Esa.Tls.Unknown ? "unknown" : "ok";
            verdict.Should().Be(e[4], because);
            if (e.Length > 5)
            {
                doc.Timestamp.Should().Be(DateTime.Parse(e[5], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), because);
            }
        }
    }

    [Fact]
    public async Task Two_subscriptions_of_one_appliance_in_separate_files_merge_into_one_document_per_message()
    {
        var sink = await IngestAsync("two-subscriptions");
        var docs = sink.Documents.Values.Select(r => r.Document).ToList();
        docs.Should().HaveCount(3);
        docs.Should().OnlyContain(d => d.Esa.Sources!.Contains("text") && d.Esa.Sources!.Contains("consolidated"));
        docs.Single(d => d.Esa.Mid == 8001).Email.Subject.Should().Be("Quarterly figures");
        docs.Should().OnlyContain(d => d.Esa.Conflicts == null || d.Esa.Conflicts.Count == 0);
    }
}
