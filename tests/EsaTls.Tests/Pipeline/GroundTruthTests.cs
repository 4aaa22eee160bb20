using System.Globalization;
using System.Text.Json;
using EsaTls.Core.Contract;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Ingest.Sources;

namespace EsaTls.Tests.Pipeline;

/// <summary>
/// The shipped samples were written by the log generator together with the verdicts its own traffic model
/// says they must produce (samples/expected-verdicts.ndjson). The pipeline, knowing only the text, must agree
/// on every message: an independent implementation of the rules checking this one.
/// </summary>
public class GroundTruthTests
{
    private static string SamplesDir => Path.Combine(AppContext.BaseDirectory, "samples");

    internal static async Task<MemorySink> IngestSamplesAsync()
    {
        var expansion = InputFiles.Expand([SamplesDir]);
        var sink = new MemorySink();
        var runner = new FileIngestRunner(sink, new FileIngestOptions
        {
            // The syslog appliance's zone and year, as the README's quickstart gives them.
            Framing = new FramingOptions { Zone = Zone("+05:30"), Year = 2025 },
        });
        var outcome = await runner.RunAsync(InputFiles.ToInputs(expansion), CancellationToken.None);
        outcome.Stats.Unrecognised.Should().Be(0, string.Join(", ", outcome.Stats.UnrecognisedByReason));
        return sink;
    }

    private static TimeZoneSpec Zone(string text)
    {
        TimeZoneSpec.TryParse(text, out var zone, out _).Should().BeTrue();
        return zone!;
    }

    [Fact]
    public async Task Every_sample_message_gets_the_verdict_of_the_generator_model()
    {
        var sink = await IngestSamplesAsync();
        var truth = File.ReadAllLines(Path.Combine(SamplesDir, "expected-verdicts.ndjson"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();
        var docs = sink.Documents.Values.Select(r => r.Document)
            .ToDictionary(d => (d.Observer.Hostname, d.Esa.Mid));
        docs.Keys.Should().BeEquivalentTo(truth.Select(t => (t.GetProperty("appliance").GetString()!, t.GetProperty("mid").GetInt64())));
        var mismatches = new List<string>();
        foreach (var t in truth)
        {
            var key = (t.GetProperty("appliance").GetString()!, t.GetProperty("mid").GetInt64());
            var doc = docs[key];
            var expected = $"receive={t.GetProperty("receive").GetString()} deliver={t.GetProperty("deliver").GetString()} lacked={t.GetProperty("lacked").GetBoolean()} unknown={t.GetProperty("unknown").GetBoolean()} final={t.GetProperty("final").GetBoolean()} start={t.GetProperty("start").GetString()}";
            var actual = $"receive={doc.Esa.Receive.Tls.Status.Name()} deliver={doc.Esa.Deliver.Tls.Status.Name()} lacked={doc.Esa.Tls.Lacked} unknown={doc.Esa.Tls.Unknown} final={doc.Esa.Final} start={doc.Timestamp.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";
            if (expected != actual)
            {
                mismatches.Add($"{key}: expected {expected}, got {actual}");
            }
            var expectedLegs = t.GetProperty("deliveries").EnumerateArray()
                .Select(d => $"{d.GetProperty("dcid").GetInt64()}:{string.Join(',', d.GetProperty("rids").EnumerateArray().Select(r => r.GetInt32()))}:{Outcome(d)}:{Tls(d)}")
                .Order(StringComparer.Ordinal).ToList();
            var actualLegs = (doc.Esa.Deliveries ?? [])
                .Select(d => $"{d.Dcid}:{string.Join(',', d.Rids)}:{d.Outcome?.Name() ?? "null"}:{(d.Dcid == 0 ? "null" : d.Tls.Status.Name())}")
                .Order(StringComparer.Ordinal).ToList();
            if (!expectedLegs.SequenceEqual(actualLegs))
            {
                mismatches.Add($"{key}: deliveries expected [{string.Join(" ", expectedLegs)}], got [{string.Join(" ", actualLegs)}]");
            }
        }
        mismatches.Should().BeEmpty();
    }

    private static string Outcome(JsonElement d) =>
        d.TryGetProperty("outcome", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : "null";

    private static string Tls(JsonElement d) =>
        d.TryGetProperty("tls", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "null";
}
