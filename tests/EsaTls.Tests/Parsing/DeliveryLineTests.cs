using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

public class DeliveryLineTests
{
    public static TheoryData<string, MailEvent> ConnectionLines => new()
    {
        { "<166>Mar 17 18:24:37 mail_logs: Info: New SMTP DCID 8 interface 1.128.3.4 address 1.128.3.4", new DcidOpened(8, "1.128.3.4", "1.128.3.4", null) },
        { "Tue Jun 28 19:28:31 2005 Info: New SMTP DCID 2386069 interface 10.10.10.2 address 192.168.2.2", new DcidOpened(2386069, "10.10.10.2", "192.168.2.2", null) },
        { "Info: New SMTP DCID 16 interface PublicNet address 172.17.0.113", new DcidOpened(16, "PublicNet", "172.17.0.113", null) },
        { "Info: New SMTP DCID 6565544 interface 10.0.0.3 address 203.0.113.25 port 25", new DcidOpened(6565544, "10.0.0.3", "203.0.113.25", 25) },
        { "<166>Mar 17 18:24:37 mail_logs: Info: DCID 8 close", new DcidClosed(8) },
        { "Info: DCID 9 CLOSE ", new DcidClosed(9) },
    };

    public static TheoryData<string, MailEvent> TlsLines => new()
    {
        { "Wed Sep  6 13:13:16 2023 Info: DCID 30 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384", Tls(30, TlsOutcome.Success, "TLSv1.2", "ECDHE-RSA-AES256-SHA384") },
        { "Info: DCID 6565544 TLS success protocol TLSv1 cipher AES128-SHA ", Tls(6565544, TlsOutcome.Success, "TLSv1", "AES128-SHA") },
        { "Tue Jun 28 19:28:31 2005 Info: DCID 2386069 TLS success CN: <common>", Tls(2386069, TlsOutcome.Success, cn: "common") },
        { "Info: DCID 5 TLS success CN=mx.example.com", Tls(5, TlsOutcome.Success, cn: "mx.example.com") },
        { "Info: DCID 6 TLS success protocol TLSv1/SSLv3 cipher DHE-RSA-AES256-SHA CN=mx.example.com", Tls(6, TlsOutcome.Success, "TLSv1/SSLv3", "DHE-RSA-AES256-SHA", "mx.example.com") },
        { "Info: DCID 7 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 for dummy_domain.com", Tls(7, TlsOutcome.Success, "TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", domain: "dummy_domain.com") },
        { "Info: DCID 8 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384 CN=mx.example.com for example.com", Tls(8, TlsOutcome.Success, "TLSv1.3", "TLS_AES_256_GCM_SHA384", "mx.example.com", domain: "example.com") },
        { "Info: DCID 9 TLS success", Tls(9, TlsOutcome.Success) },
        { "Fri Jul 22 22:00:05 2005 Info: DCID 2386070 IP 192.168.2.2 TLS failed: STARTTLS unexpected response", Tls(2386070, TlsOutcome.Failed, error: "STARTTLS unexpected response", ip: "192.168.2.2") },
        { "Info: DCID 10 TLS failed: STARTTLS unexpected response", Tls(10, TlsOutcome.Failed, error: "STARTTLS unexpected response") },
        {
            "Info: DCID 11 TLS failed: (336151570, 'error:14090086:SSL routines:ssl3_get_server_certificate:certificate verify failed')",
            Tls(11, TlsOutcome.Failed, error: "(336151570, 'error:14090086:SSL routines:ssl3_get_server_certificate:certificate verify failed')")
        },
        { "Info: DCID 12 TLS failed", Tls(12, TlsOutcome.Failed) },
        { "Info: DCID 13 IP 203.0.113.9 TLS was required but could not be successfully negotiated", Tls(13, TlsOutcome.RequiredNotNegotiated, ip: "203.0.113.9") },
        { "Info: DCID 14 TLS was required but could not be successfully negotiated", Tls(14, TlsOutcome.RequiredNotNegotiated) },
        { "Info: DCID 15 STARTTLS command not supported.", Tls(15, TlsOutcome.StartTlsNotSupported) },
    };

    public static TheoryData<string, MailEvent> DeliveryLines => new()
    {
        { "Tue Jun 28 19:28:31 2005 Info: Delivery start DCID 2386069 MID 200257075 to RID [0]", new DeliveryStarted(2386069, 200257075, [0]) },
        { "Info: Delivery start DCID 1 MID 2 to RID [0, 1]", new DeliveryStarted(1, 2, [0, 1]) },
        { "Info: Delivery start DCID 4901127 MID 10288263 to [0]", new DeliveryStarted(4901127, 10288263, [0]) },
        { "Info: delivery START dcid 3  mid 4  to  RID [ 2 ,5,  7 ]", new DeliveryStarted(3, 4, [2, 5, 7]) },
        { "<166>Mar 17 18:24:37 mail_logs: Info: Message done DCID 8 MID 6 to RID [0]", new DeliveryDone(8, 6, [0], false) },
        { "Info: Message done DCID 3312 MID 4806 to [0]", new DeliveryDone(3312, 4806, [0], false) },
        { "Info: Message done DCID 6565554 MID 30631618 to RID [0, 1, 2] (external quarantine)", new DeliveryDone(6565554, 30631618, [0, 1, 2], true) },
        { "Info: Message done DCID 1 MID 2 to RID [0] [('X-SBRS', 'None')]", new DeliveryDone(1, 2, [0], false) },
        { @"Info: Message done DCID 1 MID 2 to RID [0] [('from', '""Amy Phillips"" <midlandThoth\'s@moscowmail.com>')]", new DeliveryDone(1, 2, [0], false) },
        { "Info: Message done DCID 1 MID 2 to RID [0, 1] [('X-Weird', 'a ] b (external quarantine)')]", new DeliveryDone(1, 2, [0, 1], false) },
        { @"Info: Message done DCID 1 MID 2 to RID [3] [('X-SBRS', '3.5'), ('Subject', 'it\'s [x] \\')] (external quarantine)", new DeliveryDone(1, 2, [3], true) },
        { "Info: Message done DCID 1 MID 2 to RID [712290] ", new DeliveryDone(1, 2, [712290], false) },
        { "Fri Sep 12 11:00:00 2022 Info: MID 68119155 RID [0] Response '2.0.0 OK  1687954632 redactedstring - gsmtp'", new DeliveryResponse(68119155, [0], "2.0.0 OK  1687954632 redactedstring - gsmtp") },
        { "Info: MID 30631618 RID [0, 1] Response 'ok:  Message 30631618 accepted'", new DeliveryResponse(30631618, [0, 1], "ok:  Message 30631618 accepted") },
        { "Info: MID 7 RID [0] Response 2.6.0 <37@example.com> Queued mail for delivery", new DeliveryResponse(7, [0], "2.6.0 <37@example.com> Queued mail for delivery") },
        { "Info: MID 8 RID [0] Response ok 1083092729 qp 3998", new DeliveryResponse(8, [0], "ok 1083092729 qp 3998") },
        { "Info: MID 9 RID [0] Response \"250 it's queued\"", new DeliveryResponse(9, [0], "250 it's queued") },
        { "Info: Possible Delivery: DCID: 12 MID 34 to [0]", new PossibleDelivery(12, 34, [0]) },
        { "Info: RPC Delivery start RCID 5 MID 99 to local IronPort Spam Quarantine", new RpcDelivery(5, 99, false) },
        { "Info: RPC Message done RCID 5 MID 99", new RpcDelivery(5, 99, true) },
        { "Info: Start delivery of MID 4433 over RPC connection 0", new RpcDelivery(0, 4433, false) },
        { "Info: Delivery of MID 4433 over RPC completed on connection 0", new RpcDelivery(0, 4433, true) },
    };

    public static TheoryData<string, MailEvent> FailureLines => new()
    {
        {
            "Info: Bounced: DCID 0 MID 8 to RID 0 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up example.invalid (MX): NXDomain']) []",
            new DeliveryBounced(0, 8, [0], "5.1.2", "Bad destination host ('000', ['DNS Hard Error looking up example.invalid (MX): NXDomain'])")
        },
        {
            "Info: Bounced: DCID 57 MID 90 to RID [0, 1] - 5.1.1 - Unknown address error ('550', ['5.1.1 User unknown'])",
            new DeliveryBounced(57, 90, [0, 1], "5.1.1", "Unknown address error ('550', ['5.1.1 User unknown'])")
        },
        {
            "Info: Bounced: DCID: 1911 Message 3993 to 0 - 5.1.0 - Unknown address error ('550', ['No such user']) []",
            new DeliveryBounced(1911, 3993, [0], "5.1.0", "Unknown address error ('550', ['No such user'])")
        },
        {
            "Wed Jan 29 00:06:30 2003 Info: Bounced: DCID 2 MID 15232 From:<example.com> To:<example.com> RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 The email account that you tried to reach does not exist. Please try', \"5.1.1 double-checking the recipient's email address for typos or\", '5.1.1 unnecessary spaces. Learn more at', '5.1.1  xxxxx ay44si12078156oib.94 - gsmtp'])",
            new DeliveryBounced(2, 15232, [0], "5.1.0", "Unknown address error ('550', ['5.1.1 The email account that you tried to reach does not exist. Please try', \"5.1.1 double-checking the recipient's email address for typos or\", '5.1.1 unnecessary spaces. Learn more at', '5.1.1  xxxxx ay44si12078156oib.94 - gsmtp'])")
        },
        {
            "Info: Delayed: DCID 5 MID 6 to RID 0 - 4.4.0 - Other network problem ('000', ['[Errno 54] Connection reset by peer'])[]",
            new DeliveryDelayed(5, 6, [0], "4.4.0", "Other network problem ('000', ['[Errno 54] Connection reset by peer'])")
        },
        {
            "Info: Delayed: DCID: 4370 Message 10800 to 0 - 4.4.0 - Other network problem ('000', ['[Errno 54] Connection reset by peer']) []",
            new DeliveryDelayed(4370, 10800, [0], "4.4.0", "Other network problem ('000', ['[Errno 54] Connection reset by peer'])")
        },
        { "Info: Delayed: DCID 7 MID 8 to RID [1]", new DeliveryDelayed(7, 8, [1], null, null) },
        { "Info: Message 10800 to RID [0] pending till Tue Jun 28 20:08:49 2005", new DeliveryPending(10800, [0], "Tue Jun 28 20:08:49 2005") },
        { "Info: MID 4195162 to [0] pending till Wed Jul 20 19:47:40 2005 [Default]", new DeliveryPending(4195162, [0], "Wed Jul 20 19:47:40 2005") },
        { "Info: Double bounce: Message 77 to 0 - 5.1.0 - Unknown address error ('550', ['x'])", new DeliveryBounced(0, 77, [0], "5.1.0", "Unknown address error ('550', ['x'])") },
        { "Info: Double bounce: MID 78 to 0 - 5.4.7 - Delivery expired", new DeliveryBounced(0, 78, [0], "5.4.7", "Delivery expired") },
        {
            "Info: Connection Error: DCID 57 domain: example.com IP: 203.0.113.5 port: 25 details: [Errno 0] Error interface: 10.0.0.3 reason: network error",
            new DcidConnectionError(57, "example.com", "203.0.113.5", "[Errno 0] Error; network error")
        },
        {
            "Info: Connection Error: DCID 58 domain: IP: 203.0.113.5 port: 25 details: [Errno 0] Error interface: reason: network error",
            new DcidConnectionError(58, null, "203.0.113.5", "[Errno 0] Error; network error")
        },
        {
            "Info: Connection Error: connection timed out DCID: 2804 IP: 203.0.113.6 details: timeout interface: 10.0.0.3",
            new DcidConnectionError(2804, null, "203.0.113.6", "connection timed out; timeout")
        },
        {
            "Info: Connection Error: DCID: 263 IP: 203.0.113.7 details: EOF interface: 10.0.0.3 reason: network error",
            new DcidConnectionError(263, null, "203.0.113.7", "EOF; network error")
        },
    };

    private static DcidTls Tls(long dcid, TlsOutcome outcome, string? protocol = null, string? cipher = null, string? cn = null,
        string? error = null, string? domain = null, string? ip = null) =>
        new(dcid, outcome, protocol, cipher, cn, error, domain, ip);

    [Theory]
    [MemberData(nameof(ConnectionLines))]
    public void Delivery_connection(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [MemberData(nameof(TlsLines))]
    public void Outbound_tls(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [MemberData(nameof(DeliveryLines))]
    public void Delivery_done_response_and_rpc(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [MemberData(nameof(FailureLines))]
    public void Bounces_delays_and_connection_errors(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [InlineData("Info: Mail delivery client with DCID 5 exited due to the maximum concurrency configuration.")]
    [InlineData("Info: SMTP client connection killed DCID: 78")]
    [InlineData("Info: Deliveries are currently suspended [mx.example.com]")]
    [InlineData("Info: DNS Error example.com MX - NXDomain")]
    [InlineData("Info: DNS Temporary Failure example.com MX - timeout")]
    [InlineData("Info: DNS failure for SMTP route destination smtp.example.com")]
    [InlineData("Info: Deleted: MID 3 to [0]")]
    public void Delivery_side_lines_without_verdict_value_are_informational(string line) =>
        TestLines.Parse(line).Should().Be(ParseResult.Informational);
}
