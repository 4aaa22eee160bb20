using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

/// <summary>Whole sample excerpts, line by line, as the pipeline will see them.</summary>
public class SampleLogTests
{
    /// <summary>The Cisco technote examples the product starts from (samples/seed-tls-examples.log), verbatim.</summary>
    private static readonly string[] SeedLog =
    [
        "Wed Jul 20 19:47:40 2005 Info: New smtp ICID 282204970 interface Management (10.10.10.1) address 192.168.1.1 reverse dns host unknown verified no",
        "Wed Jul 20 19:47:40 2005 Info: ICID 282204970 ACCEPT SG None match SBRS None",
        "Wed Jul 20 19:47:40 2005 Info: ICID 282204970 TLS success",
        "Wed Jul 20 19:47:40 2005 Info: Start MID 200257070 ICID 282204970",
        "Tue Jun 28 19:08:49 2005 Info: New SMTP ICID 282204971 interface Management (10.10.10.1) address 192.168.1.1 reverse dns host unknown verified no",
        "Tue Jun 28 19:08:49 2005 Info: ICID 282204971 ACCEPT SG None match SBRS None",
        "Tue Jun 28 19:08:49 2005 Info: ICID 282204971 TLS failed",
        "Tue Jun 28 19:08:49 2005 Info: ICID 282204971 lost",
        "Tue Jun 28 19:08:49 2005 Info: ICID 282204971 TLS was required but remote host did not initiate it",
        "Tue Jun 28 19:08:49 2005 Info: ICID 282204971 close",
        "Tue Jun 28 19:28:31 2005 Info: DCID 2386069 TLS success CN: <common>",
        "Tue Jun 28 19:28:31 2005 Info: New SMTP DCID 2386069 interface 10.10.10.2 address 192.168.2.2",
        "Tue Jun 28 19:28:31 2005 Info: Delivery start DCID 2386069 MID 200257075 to RID [0]",
        "Fri Jul 22 22:00:05 2005 Info: DCID 2386070 IP 192.168.2.2 TLS failed: STARTTLS unexpected response",
    ];

    [Fact]
    public void Seed_log_parses_to_the_expected_event_sequence()
    {
        var events = new List<MailEvent?>();
        foreach (var line in SeedLog)
        {
            events.Add(TestLines.Parse(line).Event);
        }

        events.Should().BeEquivalentTo(
            new MailEvent[]
            {
                new IcidOpened(282204970, "Management", "10.10.10.1", "192.168.1.1", "unknown", false),
                new IcidPolicy(282204970, "ACCEPT", "None", "None", null),
                new IcidTls(282204970, TlsOutcome.Success, null, null, null),
                new MidStarted(200257070, 282204970, null),
                new IcidOpened(282204971, "Management", "10.10.10.1", "192.168.1.1", "unknown", false),
                new IcidPolicy(282204971, "ACCEPT", "None", "None", null),
                new IcidTls(282204971, TlsOutcome.Failed, null, null, null),
                new IcidClosed(282204971, true),
                new IcidTls(282204971, TlsOutcome.RequiredNotInitiated, null, null, null),
                new IcidClosed(282204971, false),
                new DcidTls(2386069, TlsOutcome.Success, null, null, "common", null, null, null),
                new DcidOpened(2386069, "10.10.10.2", "192.168.2.2", null),
                new DeliveryStarted(2386069, 200257075, [0]),
                new DcidTls(2386070, TlsOutcome.Failed, null, null, null, "STARTTLS unexpected response", null, "192.168.2.2"),
            },
            o => o.RespectingRuntimeTypes().WithStrictOrdering());
    }

    /// <summary>The text mail-log lines of samples/elastic-integration-fixtures.log (native file), verbatim.</summary>
    private static readonly string[] ElasticMailLog =
    [
        "Fri Mar 25 20:50:10 2022 Info: MID 111 DLP violation. Severity: LOW (Risk Factor: 15). DLP policy match: 'PCI-DSS (Payment Card Industry Data Security Standard)'.",
        "Fri Mar 25 20:50:10 2022 Info: New SMTP ICID 5 interface Management (1.128.3.4) address 1.128.3.4 reverse dns host example.com verified yes",
        "Fri Mar 25 20:50:10 2022 Info: Start MID 6 ICID 5",
        "Fri Mar 25 20:50:10 2022 Info: MID 6 ICID 5 From: <example.com>",
        "Fri Mar 25 20:50:10 2022 Info: MID 6 ICID 5 RID 0 To: <example.com>",
        "Fri Mar 25 20:50:10 2022 Info: MID 6 ready 100 bytes from <example.com>",
        "Fri Mar 25 20:50:10 2022 Info: ICID 5 close",
        "Fri Mar 25 20:50:10 2022 Info: New SMTP DCID 8 interface 1.128.3.4 address 1.128.3.4",
        "Fri Mar 25 20:50:10 2022 Info: Delivery start DCID 8 MID 6 to RID [0]",
        "Fri Mar 25 20:50:10 2022 Info: Message done DCID 8 MID 6 to RID [0]",
        "Fri Mar 25 20:50:10 2022 Info: DCID 8 close",
        "Fri Mar 25 20:50:10 2022 Info: Internal SMTP system successfully sent a message to example.com with subject 'Warning <System> cisco.esa: Your \"Sophos Anti-Virus\" key will expire in under 60 day(s)....'.",
        "Fri Mar 25 20:50:10 2022 Critical: Internal SMTP giving up on message to example.com with subject 'Warning <System> example.com: Your \"IronPort Email Encryption\" key will expire in under 60...': Unrecoverable error.",
        "Fri Mar 25 20:50:10 2022 Warning: Internal SMTP Error: Failed to send message to host 1.128.3.4:000 for recipient example: Unexpected SMTP response \"553\", expecting code starting with \"2\", response was ['#5.1.8 Domain of sender address <example.xxx> does not exist'].",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 RID [0] Response '2.0.0 OK  1687954632 redactedstring - gsmtp'",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 Subject \"redacted subject\"",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 queued for delivery",
        "Fri Sep 12 11:00:00 2022 Info: Message finished MID 68119155 done",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 interim verdict using engine: CASE bulk",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 interim AV verdict using Sophos CLEAN",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 using engine: GRAYMAIL marketing_mail",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 Outbreak Filters: verdict negative",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 using engine: SPF Verdict Cache using cached verdict",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 Message-ID '<redacted@redactedMailFrom.com>'",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 DMARC: Verification passed",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 SPF: mailfrom identity no-reply@redactedMailFrom.com Pass (v=spf1)",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 matched all recipients for per-recipient policy DEFAULT in the inbound table",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 SDR: Tracker Header : redactedTrackerHeader",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 SDR: Domains for which SDR is requested: reverse DNS host: redacted.redactedMailFrom.com, helo: redacted.redactedMailFrom.com, env-from: redactedMailFrom.com, header-from: redactedMailFrom.com, reply-to: redactedMailFrom.com",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: redacted.redactedMailFrom.com",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 DMARC: Message from domain redactedMailFrom.com, DMARC pass (SPF aligned True, DKIM aligned True)",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 DKIM: pass signature verified (d=redactedMailFrom.com s=srsa2048 i=@redactedMailFrom.com)",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 AMP file reputation verdict : SKIPPED (no attachment in message)",
    ];

    [Fact]
    public void Every_elastic_mail_log_line_is_recognised()
    {
        var events = 0;
        foreach (var line in ElasticMailLog)
        {
            var result = TestLines.Parse(line);
            result.Disposition.Should().NotBe(LineDisposition.Unrecognised, "line: {0}", line);
            events += result.Event is null ? 0 : 1;
        }
        // 10 lifecycle lines of the first message + Response, Subject, queued, finished, Message-ID, policy of the second
        events.Should().Be(16);
    }
}
