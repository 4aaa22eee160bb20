using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Ingest.Sources;
using EsaTls.Tests.Ingest;
using EsaTls.Tests.Pipeline;
using static EsaTls.Tests.Correlation.CorrelatorHarness;

namespace EsaTls.Tests.Correlation;

/// <summary>
/// Caps on open state per appliance (<c>Correlation:MaxOpenMessages</c> / <c>MaxOpenConnections</c>, <c>files
/// --max-open-messages</c> / <c>--max-open-connections</c>): over them the least recently active state goes, a message
/// always written first with what is known, and every eviction counted where the operator sees it.
/// </summary>
public sealed class CorrelatorCapTests
{
    [Fact]
    public void A_message_evicted_over_the_cap_is_written_with_what_is_known_and_counted()
    {
        var h = new CorrelatorHarness(new CorrelatorOptions { MaxOpenMessages = 3 });
        h.At(0, Open(1), IcidOk(1), Start(100, 1), From(100, "first@sender.example", 1), To(100, 0, "a@rcpt.example", 1));
        h.At(1, Start(101, 1), Start(102, 1));
        h.Emitted.Should().BeEmpty("under the cap nothing is flushed");
        h.At(2, Start(103, 1));
        h.Correlator.Counters.EvictedByCap.Should().Be(1);
        var flushed = h.Emitted.Should().ContainSingle().Which.Document;
        flushed.Esa.Mid.Should().Be(100, "the least recently active goes first");
        flushed.Email.From!.Address.Should().Equal("first@sender.example");
        flushed.Email.To!.Address.Should().Equal("a@rcpt.example");
        flushed.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success, "what was known of its connection is kept");
        flushed.Esa.Final.Should().BeFalse("it was still open");
        h.Correlator.Counters.OpenMessages.Should().Be(3);
    }

    [Fact]
    public void Connections_evicted_over_the_cap_are_counted_and_later_messages_still_written()
    {
        var h = new CorrelatorHarness(new CorrelatorOptions { MaxOpenConnections = 10 });
        for (var i = 1; i <= 11; i++)
        {
            h.At(i, Open(i));
        }
        h.Correlator.Counters.EvictedConnections.Should().Be(1);
        h.Correlator.Counters.OpenConnections.Should().Be(10);
        // A message on the forgotten connection is still correlated and written, its receiving TLS not judged.
        h.At(20, Start(500, 1), To(500, 0, "x@rcpt.example", 1), Finished(500));
        h.Flush();
        h.Latest.Values.Should().ContainSingle(r => r.Document.Esa.Mid == 500);
    }

    [Fact]
    public async Task Files_takes_the_caps_and_the_summary_shows_the_evictions()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "esa1.example.net", "mail_logs.@20250302T190000.s");
        var run = await IngestCli.RunAsync("files", sample, "--dry-run", "--max-open-messages", "2", "--max-open-connections", "3");
        run.ExitCode.Should().Be(0, run.All);
        run.Out.Should().MatchRegex(@"over the cap\s+[1-9][0-9,]* open messages flushed with what was known, [1-9][0-9,]* open connections forgotten");

        var plain = await IngestCli.RunAsync("files", sample, "--dry-run");
        plain.Out.Should().NotContain("over the cap");

        // Every message of the uncapped run is written by the capped one too: evicted means flushed, never dropped.
        async Task<HashSet<string>> Ids(CorrelatorOptions options)
        {
            var sink = new MemorySink();
            var runner = new FileIngestRunner(sink, new FileIngestOptions { Correlator = options, Framing = new FramingOptions { NowUtc = DateTime.UtcNow } });
            await runner.RunAsync(InputFiles.ToInputs(InputFiles.Expand([sample])), CancellationToken.None);
            return [.. sink.Documents.Keys];
        }
        var all = await Ids(new CorrelatorOptions());
        all.Should().NotBeEmpty();
        all.Should().BeSubsetOf(await Ids(new CorrelatorOptions { MaxOpenMessages = 2, MaxOpenConnections = 3 }));

        var bad = await IngestCli.RunAsync("files", sample, "--dry-run", "--max-open-messages", "0");
        bad.ExitCode.Should().NotBe(0);
        bad.Error.Should().Contain("--max-open-messages");
    }
}
