using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

public class InformationalLineTests
{
    /// <summary>Known line kinds that carry nothing the verdicts need (one per kind; the family tests hold more).</summary>
    public static readonly string[] Lines =
    [
        "<166>Mar 17 18:24:37 mail_logs: Info: Internal SMTP system successfully sent a message to example.com with subject 'Warning <System> cisco.esa: Your \"Sophos Anti-Virus\" key will expire in under 60 day(s)....'.",
        "<166>Mar 17 18:24:37 mail_logs: Critical: Internal SMTP giving up on message to example.com with subject 'Warning <System> example.com: Your \"IronPort Email Encryption\" key will expire in under 60...': Unrecoverable error.",
        "<166>Mar 17 18:24:37 mail_logs: Warning: Internal SMTP Error: Failed to send message to host 1.128.3.4:000 for recipient example: Unexpected SMTP response \"553\", expecting code starting with \"2\", response was ['#5.1.8 Domain of sender address <example.com> does not exist'].",
        "Info: Status: CPULd 0 DskIO 0 RAMUtil 4 QKUsd 0 QKFre 8388608 CrtMID 68 CrtICID 123 CrtDCID 12 InjMsg 1 InjRcp 1",
        "Info: Checkpoint Finished",
        "Info: SMTP Auth: (ICID 30) succeeded for user: cisco using AUTH mechanism: LOGIN with profile: ldap_smpt",
        "Info: SMTP Auth (ICID 31) was required but remote host did not initiate it",
        "Info: SMTP server connection killed ICID: 77",
        "Info: SMTP client connection killed DCID: 78",
        "Info: Dropping connection due to potential Directory Harvest Attack from host=('198.51.100.9', 'h.example'), dhap_limit=10, sender_group=SUSPECTLIST, listener=IncomingMail, reverse_dns=198.51.100.9, ICID 99",
        "<38>Nov  8 10:18:57 ccz133qqg1.diamond.tube mail_logs: Info: MID 118210542 SHA 58f2c62743e509a5305ea09b865282d8fd83bdaaac6a46801768ac6cecce7831 filename GCNS3 Security Bob Requirements .pptx queued for possible file analysis upload",
        "Info: Custom Log Entry: attachment over 10 MB",
        "Info: MID 5 Custom Log Entry: \\xef\\xbf\\xbd binary text",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 interim verdict using engine: CASE bulk",
        "Fri Sep 12 11:00:00 2022 Info: MID 68119155 DKIM: pass signature verified (d=redactedMailFrom.com s=srsa2048 i=@redactedMailFrom.com)",
        "Info: MID 5 antivirus negative",
        "Info: MID 5: scanning error (Message Scan Error)",
        "Info: MID 5, Message Scanning Problem: Continuation line seen before first header",
        "Info: MID 5 released from quarantine \"Policy\" (admin release) t=120",
        "Info: ISQ: Tagging MID 5 for quarantine",
        "Info: EUQ: Quarantined MID 5",
        "Info: ICID 13 Delayed HAT REJECT continuing session for recipient logging (198.51.100.9)",
        "Info: ICID 16 Receiving Failed: Message size exceeds limit",
        "Info: ICID 19 MID 20 Invalid recipient address: bar@",
        "Info: Mail delivery client with DCID 5 exited due to the maximum concurrency configuration.",
        "Info: Deliveries are currently suspended [mx.example.com]",
        "Info: DNS Error example.com MX - NXDomain",
        "Info: DNS Temporary Failure example.com MX - timeout",
        "Info: Deleted: MID 3 to [0]",
        "Info: End Logfile",
    ];

    public static TheoryData<string> LineData => [.. Lines];

    [Theory]
    [MemberData(nameof(LineData))]
    public void Line_is_informational(string line) => TestLines.Parse(line).Should().Be(ParseResult.Informational);

    [Fact]
    public void Informational_and_unrecognised_lines_do_not_allocate()
    {
        var messages = new List<byte[]>();
        foreach (var line in Lines)
        {
            messages.Add(TestLines.Message(line));
        }
        messages.Add("MID 5 frobnicated the widget"u8.ToArray());
        messages.Add("Delivery start DCID 1 MID x to RID [0]"u8.ToArray());
        messages.Add("Something else entirely"u8.ToArray());
        var array = messages.ToArray();
        var events = 0;
        foreach (var message in array)
        {
            events += MailLineParser.Parse(message).Event is null ? 0 : 1; // warm up (JIT) outside the measurement
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 200; round++)
        {
            foreach (var message in array)
            {
                events += MailLineParser.Parse(message).Event is null ? 0 : 1;
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        events.Should().Be(0);
        allocated.Should().Be(0);
    }

    [Fact]
    public void An_event_line_allocates_only_its_event_and_strings()
    {
        var message = TestLines.Message("Info: ICID 5 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384");
        MailLineParser.Parse(message);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = MailLineParser.Parse(message);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.Event.Should().BeOfType<IcidTls>();
        // the record plus two short strings; a regression to per-token strings would be several times this
        allocated.Should().BeLessThan(400);
    }
}
