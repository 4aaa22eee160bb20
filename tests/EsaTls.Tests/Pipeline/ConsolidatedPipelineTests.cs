using System.Text;
using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Parsing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Tests.Parsing;

namespace EsaTls.Tests.Pipeline;

/// <summary>Consolidated event lines through framing, parsing and correlation, as the sources feed them.</summary>
public class ConsolidatedPipelineTests
{
    private const string Serial = "4229E1A0B1C2-ESA1CEF";
    private const string Cef = "CEF:0|Cisco|C300V Secure Email Gateway Virtual|15.5.1-055|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|";

    private sealed class Run
    {
        public Run(CorrelatorOptions? options = null) =>
            Correlator = new Correlator(options ?? new CorrelatorOptions(), r => Documents[r.Id] = r);

        public Correlator Correlator { get; }
        public Dictionary<string, MessageRecord> Documents { get; } = [];
        public IngestStats Stats { get; } = new();
        public List<(string Line, string Reason)> Unrecognised { get; } = [];

        public SourceProcessor Source(string fallback, TimeZoneSpec? zone = null) =>
            new(new SourceSettings
            {
                FallbackIdentity = fallback,
                Framing = new FramingOptions { Zone = zone, Year = 2025, NowUtc = new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc) },
            }, Stats, Correlator, (line, reason) => Unrecognised.Add((Encoding.UTF8.GetString(line), reason)));

        public MessageDocument Doc(long mid)
        {
            Correlator.FlushAll();
            return Documents.Values.Select(r => r.Document).Should().ContainSingle(d => d.Esa.Mid == mid).Subject;
        }
    }

    private static void Feed(SourceProcessor source, params string[] lines)
    {
        foreach (var line in lines)
        {
            source.ProcessLine(Encoding.UTF8.GetBytes(line));
        }
    }

    [Fact]
    public void Every_fixture_line_becomes_an_event_of_its_appliance()
    {
        var run = new Run();
        var source = run.Source("consolidated_event");
        Feed(source, ConsolidatedFixtures.Lines);

        run.Stats.ConsolidatedEvents.Should().Be(ConsolidatedFixtures.Lines.Length);
        run.Stats.Events.Should().Be(ConsolidatedFixtures.Lines.Length);
        run.Stats.Unrecognised.Should().Be(0);
        run.Correlator.Counters.ConsolidatedLines.Should().Be(ConsolidatedFixtures.Lines.Length);
        run.Correlator.FlushAll();
        var docs = run.Documents.Values.Select(r => r.Document).ToList();
        docs.Should().Contain(d => d.Observer.Hostname == "myHostname" && d.Esa.Mid == 35073371, "the syslog host names the appliance");
        docs.Should().Contain(d => d.Observer.Hostname == "test.hostname.co" && d.Esa.Mid == 786324);
        docs.Should().Contain(d => d.Observer.Hostname == "422084EE64B1B0454D49-AAFBF6B55869" && d.Esa.Mid == 153634,
            "without a host, the serial the line names");
        docs.Should().OnlyContain(d => d.Esa.Sources!.SequenceEqual(new[] { DocumentSources.Consolidated }));
    }

    [Theory]
    [InlineData("<14>Jul 04 06:21:54 consolidated_event: CEF:0|Cisco|C100V|14.3.0-032|ESA_CONSOLIDATED_LOG_EVENT", "cef_malformed")]
    [InlineData("<14>Jul 04 06:21:54 consolidated_event: CEF:0|Cisco|C100V|14.3.0-032|ESA_AUDIT|Audit|5|ESAMID=5", "cef_other_event")]
    [InlineData("<14>Jul 04 06:21:54 consolidated_event: " + Cef + "ESAICID=5 act=DELIVERED", "cef_no_mid")]
    public void Lines_that_give_no_event_are_counted_by_reason(string line, string reason)
    {
        var run = new Run();
        Feed(run.Source("x"), line);
        run.Stats.ConsolidatedEvents.Should().Be(1);
        run.Stats.UnrecognisedByReason.Should().Equal(new Dictionary<string, long> { [reason] = 1 });
        run.Unrecognised.Should().Equal((line, reason));
    }

    [Fact]
    public void A_text_file_named_by_its_header_serial_meets_the_consolidated_lines_of_that_serial()
    {
        var run = new Run();
        var text = run.Source("mail_logs");
        var consolidated = run.Source("consolidated_event");
        Feed(text,
            "Mon Jun  2 04:00:00 2025 Info: Begin Logfile",
            $"Mon Jun  2 04:00:00 2025 Info: Version: 15.5.1-055 SN: {Serial}",
            "Mon Jun  2 04:00:00 2025 Info: Time offset from UTC: -21600 seconds",
            "Mon Jun  2 04:00:01 2025 Info: New SMTP ICID 11 interface IncomingMail (10.0.0.10) address 192.0.2.10 reverse dns host mx.partner.example verified yes",
            "Mon Jun  2 04:00:02 2025 Info: Start MID 21 ICID 11",
            "Mon Jun  2 04:00:02 2025 Info: MID 21 ICID 11 RID 0 To: <bob@corp.example>",
            "Mon Jun  2 04:00:03 2025 Info: New SMTP DCID 31 interface 10.0.0.11 address 10.1.1.25 port 25",
            "Mon Jun  2 04:00:03 2025 Info: DCID 31 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384",
            "Mon Jun  2 04:00:03 2025 Info: Delivery start DCID 31 MID 21 to RID [0]",
            "Mon Jun  2 04:00:04 2025 Info: Message done DCID 31 MID 21 to RID [0]",
            "Mon Jun  2 04:00:04 2025 Info: Message finished MID 21 done");
        // The consolidated file of the same appliance, written in the same zone, with the same header.
        Feed(consolidated,
            $"Mon Jun  2 04:00:00 2025 Info: Version: 15.5.1-055 SN: {Serial}",
            "Mon Jun  2 04:00:00 2025 Info: Time offset from UTC: -21600 seconds",
            $"Mon Jun  2 04:00:05 2025 {Cef}deviceExternalId={Serial} ESAMID=21 ESAICID=11 ESADCID=31 start=Mon Jun  2 04:00:02 2025 "
                + "end=Mon Jun  2 04:00:04 2025 act=DELIVERED duser=bob@corp.example msg='Hello' ESATLSInConnStatus=Success ESATLSInProtocol=TLSv1.3 "
                + "ESATLSOutConnStatus=Success ESATLSOutProtocol=TLSv1.2");

        run.Stats.Unrecognised.Should().Be(0);
        var doc = run.Doc(21);
        doc.Observer.Hostname.Should().Be(Serial);
        doc.Esa.Sources.Should().Equal(DocumentSources.Text, DocumentSources.Consolidated);
        doc.Timestamp.Should().Be(new DateTime(2025, 6, 2, 10, 0, 2, DateTimeKind.Utc), "both times are read with the header's offset");
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
        doc.Esa.Conflicts.Should().Equal([Fields.ReceiveStatus], "the text log saw the opening and no TLS line");
        doc.Email.Subject.Should().Be("Hello");
    }

    [Fact]
    public void Times_inside_a_syslog_line_are_read_in_the_configured_zone()
    {
        TimeZoneSpec.TryParse("Europe/Berlin", out var berlin, out _).Should().BeTrue();
        var run = new Run();
        Feed(run.Source("x", berlin), $"<22>Jun  2 12:00:05 esa1 consolidated_event: {Cef}ESAMID=5 start=Mon Jun  2 12:00:01 2025 act=DELIVERED");
        run.Doc(5).Timestamp.Should().Be(new DateTime(2025, 6, 2, 10, 0, 1, DateTimeKind.Utc));
    }

    [Fact]
    public void A_line_the_length_of_a_relay_cut_is_partial_evidence()
    {
        var run = new Run(new CorrelatorOptions { Consolidated = new ConsolidatedOptions { TlsFieldsSelected = true } });
        var head = $"{Cef}deviceExternalId={Serial} ESAMID=6 act=DELIVERED duser=a@corp.example ESASPFVerdict={{'mailfrom': {{'result': 'Pass'}}}} ESAURLDetails=";
        var cut = head + new string('u', ConsolidatedTruncation.ObservedCutLength - head.Length);
        Feed(run.Source("x"), "<22>Jun  2 12:00:05 esa1 consolidated_event: " + cut);
        var doc = run.Doc(6);
        doc.Esa.Evidence!.Partial.Should().BeTrue();
        doc.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Unknown, "the TLS keys may have been cut away");
        doc.Esa.Deliver.Tls.Status.Should().Be(DeliverTlsStatus.Unknown);
    }

    [Fact]
    public void Over_the_reader_cap_is_partial_evidence()
    {
        var run = new Run(new CorrelatorOptions { Consolidated = new ConsolidatedOptions { TlsFieldsSelected = true } });
        run.Source("x").ProcessLine(Encoding.UTF8.GetBytes($"<22>Jun  2 12:00:05 esa1 consolidated_event: {Cef}ESAMID=8 act=DELIVERED msg='x'"), oversized: true);
        run.Doc(8).Esa.Tls.Unknown.Should().BeTrue();
    }
}
