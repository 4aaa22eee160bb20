using EsaTls.Core.Contract;
using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

public class MessageLineTests
{
    public static TheoryData<string, MailEvent> EnvelopeLines => new()
    {
        { "Wed Jul 20 19:47:40 2005 Info: Start MID 200257070 ICID 282204970", new MidStarted(200257070, 282204970, null) },
        { "<166>Mar 17 18:24:37 mail_logs: Info: Start MID 6 ICID 5", new MidStarted(6, 5, null) },
        { "Jun 26 10:42:23 ip1out.temple.edu mail_logs: Info: Start MID 38637862 ICID 69610481", new MidStarted(38637862, 69610481, null) },
        { "Info: Start MID 9 ICID 0 (ISQ Notification)", new MidStarted(9, 0, "ISQ Notification") },
        { "<166>Mar 17 18:24:37 mail_logs: Info: MID 6 ICID 5 From: <example.com>", new MidFrom(6, 5, "example.com") },
        { "Info: MID 7 ICID 8 From: <>", new MidFrom(7, 8, "") },
        { "Info: MID 9 ICID 10 From: ******@domainsample1.com", new MidFrom(9, 10, "******@domainsample1.com") },
        { "Info: MID 68615 From: <> To: <blah2@example.com>, ... 1 total recipients", new MidFrom(68615, null, "") },
        { "Info: mid 11  icid 12  from:  <Sender@Example.COM>  ", new MidFrom(11, 12, "Sender@Example.COM") },
        { "<166>Mar 17 18:24:37 mail_logs: Info: MID 6 ICID 5 RID 0 To: <example.com>", new MidRecipient(6, 5, 0, "example.com", null) },
        { "Info: MID 24611528 ICID 0 RID 0 To: <first@example.com>", new MidRecipient(24611528, 0, 0, "first@example.com", null) },
        { "Info: MID 24611528 ICID 0 RID 12 To: last@example.com", new MidRecipient(24611528, 0, 12, "last@example.com", null) },
        { "Info: MID 1 ICID 2 To: <user@example.com> Rejected by RAT", new MidRecipient(1, 2, null, "user@example.com", "RAT") },
        { "Info: MID 100543 ICID 50525 To: <x@example.com> Rejected by Receiving Control", new MidRecipient(100543, 50525, null, "x@example.com", "Receiving Control") },
        { "Info: MID 100544 ICID 50525 To: <y@example.com> Rejected by LDAPACCEPT", new MidRecipient(100544, 50525, null, "y@example.com", "LDAPACCEPT") },
        { "Info: MID 100545 ICID 50525 To: <z@example.com> Rejected by Injection Control", new MidRecipient(100545, 50525, null, "z@example.com", "Injection Control") },
        { "<166>Mar 17 18:24:37 mail_logs: Info: MID 6 ready 100 bytes from <example.com>", new MidReady(6, 100, "example.com") },
        { "<22>Sep 18 10:24:43 sample_logs: Info: MID 21226453 ready 63907 bytes from <>", new MidReady(21226453, 63907, "") },
        { "Info: MID 21226454 ready 5 bytes", new MidReady(21226454, 5, null) },
        { "Debug: MID 12 ICID 13 TLS read 2345 bytes (0.01 seconds)", new MidTlsRead(12, 13) },
    };

    public static TheoryData<string, MailEvent> HeaderLines => new()
    {
        { "Fri Sep 12 11:00:00 2022 Info: MID 68119155 Message-ID '<redacted@redactedMailFrom.com>'", new MidMessageId(68119155, "<redacted@redactedMailFrom.com>") },
        { "Info: MID 24611467 Message-ID \"<Lands'End.6cl2sv--1f.tlmd@email.landsend.com>\"", new MidMessageId(24611467, "<Lands'End.6cl2sv--1f.tlmd@email.landsend.com>") },
        { "Info: MID 2 Message-ID 'abc123@host.example'", new MidMessageId(2, "abc123@host.example") },
        { "Info: MID 3 Message-ID <bare@host.example>", new MidMessageId(3, "<bare@host.example>") },
        { "Fri Sep 12 11:00:00 2022 Info: MID 68119155 Subject \"redacted subject\"", new MidSubject(68119155, "redacted subject") },
        { "Info: MID 4 Subject 'Quarterly report'", new MidSubject(4, "Quarterly report") },
        { @"Info: MID 5 Subject 'It\'s a back\\slash \""test\""'", new MidSubject(5, @"It's a back\slash ""test""") },
        { @"Info: MID 6 Subject ""Say 'hi' and \""bye\""""", new MidSubject(6, @"Say 'hi' and ""bye""") },
        { @"Info: MID 7 Subject Re: Invoice for ACME AFRICA\r\n (PTY) LTD", new MidSubject(7, @"Re: Invoice for ACME AFRICA\r\n (PTY) LTD") },
        { @"Info: MID 8 Subject 'line one\r\nline two'", new MidSubject(8, @"line one\r\nline two") },
        { "Info: MID 9 Subject ''", new MidSubject(9, "") },
        { "Info: MID 10 Subject 'truncated by the collector", new MidSubject(10, "truncated by the collector") },
        { "Info: MID 11 Subject 'Grüße aus Köln'", new MidSubject(11, "Grüße aus Köln") },
    };

    public static TheoryData<string, MailEvent> LifecycleLines => new()
    {
        { "Fri Sep 12 11:00:00 2022 Info: MID 68119155 matched all recipients for per-recipient policy DEFAULT in the inbound table", new MidPolicyMatched(68119155, "DEFAULT", MailDirection.Inbound) },
        { "Info: MID 24611509 matched all recipients for per-recipient policy DEFAULT in the outbound table", new MidPolicyMatched(24611509, "DEFAULT", MailDirection.Outbound) },
        { "Info: MID 5 matched all recipients for per-recipient policy Sales Team in the Inbound table", new MidPolicyMatched(5, "Sales Team", MailDirection.Inbound) },
        { "Fri Sep 12 11:00:00 2022 Info: MID 68119155 queued for delivery", new MidQueued(68119155) },
        { "<94>Nov 24 14:22:57 REDACTED.africa.example.net mail_logs: Info: MID 204841507 queued for delivery", new MidQueued(204841507) },
        { "Info: MID 10 quarantined to \"Policy\" (content filter:quarantine_pdf)", new MidQuarantined(10, "Policy") },
        { "Info: MID 11 quarantined to \"Outbreak\" (Outbreak rule:Phish: Phish Threat Level 4)", new MidQuarantined(11, "Outbreak") },
        { "Info: MID 12 quarantined to \"Virus\" (a/v verdict:VIRAL)", new MidQuarantined(12, "Virus") },
        { "Info: MID 13 quarantined to Unscannable (a/v verdict:UNSCANNABLE)", new MidQuarantined(13, "Unscannable") },
    };

    [Theory]
    [MemberData(nameof(EnvelopeLines))]
    public void Envelope_and_start(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [MemberData(nameof(HeaderLines))]
    public void Message_id_and_subject_in_every_quoting_style(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [MemberData(nameof(LifecycleLines))]
    public void Policy_queue_and_quarantine(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Fact]
    public void Invalid_utf8_in_a_kept_value_becomes_replacement_characters()
    {
        byte[] line = [.. "MID 5 Subject 'caf"u8, 0xC3, (byte)'(', (byte)' ', 0xFF, (byte)'\''];
        var result = MailLineParser.Parse(line);
        result.Event.Should().BeEquivalentTo(new MidSubject(5, "caf\uFFFD( \uFFFD"));
    }

    [Theory]
    // §4.9 scanning verdicts (elastic fixtures verbatim) and §4.10 quarantine bookkeeping
    [InlineData("<166>Mar 17 18:24:37 mail_logs: Info: MID 111 DLP violation. Severity: LOW (Risk Factor: 15). DLP policy match: 'PCI-DSS (Payment Card Industry Data Security Standard)'.")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 interim verdict using engine: CASE bulk")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 interim AV verdict using Sophos CLEAN")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 using engine: GRAYMAIL marketing_mail")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 Outbreak Filters: verdict negative")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 using engine: SPF Verdict Cache using cached verdict")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 DMARC: Verification passed")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 SPF: mailfrom identity no-reply@redactedMailFrom.com Pass (v=spf1)")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 SDR: Tracker Header : redactedTrackerHeader")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: redacted.redactedMailFrom.com")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 DMARC: Message from domain redactedMailFrom.com, DMARC pass (SPF aligned True, DKIM aligned True)")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 DKIM: pass signature verified (d=redactedMailFrom.com s=srsa2048 i=@redactedMailFrom.com)")]
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 AMP file reputation verdict : SKIPPED (no attachment in message)")]
    [InlineData("Info: MID 5 antivirus negative ")]
    [InlineData("Info: MID 5 antivirus positive 'EICAR-AV-Test'")]
    [InlineData("Info: MID 5 using engine: CASE spam positive")]
    [InlineData("Info: MID 5 attachment 'invoice.pdf'")]
    [InlineData("Info: MID 5 was too big (20000000/10000000) for scanning by CASE")]
    [InlineData("Info: MID 5 Virus Threat Level=3")]
    [InlineData("Info: MID 5 Threat Level=3 Category=Phish Type=Phish")]
    [InlineData("Info: MID 5 URL https://example.com/x has reputation -6.5 matched Action: URL blocked")]
    [InlineData("Info: MID 5 IncomingRelay(myrelay): Header Received found, IP 198.51.100.1 being used, SBRS 3.5")]
    [InlineData("Info: MID 5 Custom Log Entry: large attachment")]
    [InlineData("Info:   MID 86 Malformed header detected during message parsing")]
    [InlineData("Info: MID 5 released from quarantine \"Policy\" (admin release) t=120")]
    [InlineData("Info: MID 5 deleted from quarantine \"Policy\" (expired)")]
    [InlineData("Info: MID 5 quarantine \"Policy\" new reason (content filter:x)")]
    [InlineData("Info: MID 5 enqueued for transfer to centralized quarantine \"Outbreak\" (Outbreak rule:Phish)")]
    [InlineData("Info: ISQ: Tagging MID 5 for quarantine")]
    [InlineData("Info: EUQ: Quarantined MID 5")]
    [InlineData("Info: MID 5: scanning error (Message Scan Error)")]
    [InlineData("Info: MID 5, Message Scanning Problem: Continuation line seen before first header")]
    [InlineData("<38>Nov  8 10:27:41 3ebphetsy.arsenal.bar mail_logs: Info: MID 96521668 SHA 74fef9f3b5c3676826dff7a53b9b6e0532a535ea428c8aeba27b7fef9676d0d5 filename CHG0187610- XXXXXXX(RHEL 7.9 Nov 2024) on MSP IVR  Prod server (cwyppw-81) as on 15th Nov'24.docx queued for possible file analysis upload")]
    [InlineData("<38>Nov 15 00:13:29 ccz133qqg1.diamond.tube mail_logs: Info: MID 119039446 SHA 14555e88180b303b140e55af9bcdeaad1dc1017f41a01e000bf630234f7816b1 filename signature queued for possible file analysis upload")]
    public void Scanning_and_quarantine_bookkeeping_is_informational(string line) =>
        TestLines.Parse(line).Should().Be(ParseResult.Informational);
}
