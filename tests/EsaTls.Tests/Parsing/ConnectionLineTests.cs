using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

public class ConnectionLineTests
{
    public static TheoryData<string, MailEvent> OpenLines => new()
    {
        // seed technote (lower-case "smtp")
        {
            "Wed Jul 20 19:47:40 2005 Info: New smtp ICID 282204970 interface Management (10.10.10.1) address 192.168.1.1 reverse dns host unknown verified no",
            new IcidOpened(282204970, "Management", "10.10.10.1", "192.168.1.1", "unknown", false)
        },
        // elastic fixtures: host is a URL; native and syslog framing
        {
            "<166>Mar 17 18:24:37 mail_logs: Info: New SMTP ICID 5 interface Management (1.128.3.4) address 1.128.3.4 reverse dns host http://example.com/example/example.txt.com verified yes",
            new IcidOpened(5, "Management", "1.128.3.4", "1.128.3.4", "http://example.com/example/example.txt.com", true)
        },
        {
            "Fri Mar 25 20:50:10 2022 Info: New SMTP ICID 5 interface Management (1.128.3.4) address 1.128.3.4 reverse dns host example.com verified yes",
            new IcidOpened(5, "Management", "1.128.3.4", "1.128.3.4", "example.com", true)
        },
        // 3.x: no interface IP, no reverse dns
        {
            "Wed May  4 00:24:31 2005 Info: New SMTP ICID 10292815 interface private address 81.137.223.69",
            new IcidOpened(10292815, "private", null, "81.137.223.69", null, null)
        },
        // interface names with spaces and FQDNs; double space before the host
        {
            "Info: New SMTP ICID 60140302 interface Data 1 (192.168.10.5) address 203.0.113.7 reverse dns host  server.masterplace.com.br verified no",
            new IcidOpened(60140302, "Data 1", "192.168.10.5", "203.0.113.7", "server.masterplace.com.br", false)
        },
        {
            "Info: New SMTP ICID 7 interface Data Port (10.0.0.2) address 10.0.0.9 reverse dns host mx.example.org verified yes",
            new IcidOpened(7, "Data Port", "10.0.0.2", "10.0.0.9", "mx.example.org", true)
        },
        {
            "Info: New SMTP ICID 8 interface mail.example.com (10.1.1.1) address 198.51.100.4 reverse dns host unknown verified no",
            new IcidOpened(8, "mail.example.com", "10.1.1.1", "198.51.100.4", "unknown", false)
        },
        {
            "Info: New SMTP ICID 9 Interface IP-Inbound (10.1.1.2) address 198.51.100.5 reverse dns host a.example verified maybe",
            new IcidOpened(9, "IP-Inbound", "10.1.1.2", "198.51.100.5", "a.example", null)
        },
    };

    public static TheoryData<string, MailEvent> PolicyLines => new()
    {
        { "Info: ICID 282204970 ACCEPT SG None match SBRS None", new IcidPolicy(282204970, "ACCEPT", "None", "None", null) },
        { "Info: ICID 3 ACCEPT SG None match  SBRS rfc1918", new IcidPolicy(3, "ACCEPT", "None", "rfc1918", null) },
        { "Info: ICID 3 ACCEPT SG None SBRS rfc1918", new IcidPolicy(3, "ACCEPT", "None", "rfc1918", null) },
        { "Info: ICID 9461571 SBRS None", new IcidPolicy(9461571, "", null, "None", null) },
        { "Info: ICID 60140302 RELAY SG RELAYLIST match 10.1.1.0/24 SBRS not enabled", new IcidPolicy(60140302, "RELAY", "RELAYLIST", "not enabled", null) },
        { "Info: ICID 42 REJECT SG BLOCKED_LIST match etf-source: hailataxii SBRS -9.9", new IcidPolicy(42, "REJECT", "BLOCKED_LIST", "-9.9", null) },
        { "Info: ICID 43 REJECT SG BLACKLIST match sbrs[-10.0:-2.0] SBRS -5.1 country United States", new IcidPolicy(43, "REJECT", "BLACKLIST", "-5.1", "United States") },
        { "Info: ICID 44 ACCEPT SG UNKNOWNLIST match sbrs[none] SBRS unable to retrieve country not enabled", new IcidPolicy(44, "ACCEPT", "UNKNOWNLIST", "unable to retrieve", "not enabled") },
        { "Info: ICID 3 ACCEPT SG UNKNOWNLIST match ipr[none] ipr not enabled country not enabled", new IcidPolicy(3, "ACCEPT", "UNKNOWNLIST", "not enabled", "not enabled") },
        { "Info: ICID 45 ACCEPT SG WHITELIST match .acmetech.com SBRS 5.1 country Korea, Republic of", new IcidPolicy(45, "ACCEPT", "WHITELIST", "5.1", "Korea, Republic of") },
        { "Info: ICID 0 TCPREFUSE SG BLACKLIST match dnslist[sbl-xbl.spamhaus.org] SBRS -3.0", new IcidPolicy(0, "TCPREFUSE", "BLACKLIST", "-3.0", null) },
        { "Info: ICID 46 accept  SG  ACCEPTLIST  match  ALL  SBRS  3.5  ", new IcidPolicy(46, "ACCEPT", "ACCEPTLIST", "3.5", null) },
    };

    public static TheoryData<string, MailEvent> TlsLines => new()
    {
        { "Wed Jul 20 19:47:40 2005 Info: ICID 282204970 TLS success", new IcidTls(282204970, TlsOutcome.Success, null, null, null) },
        { "Info: ICID 60140302 TLS success protocol TLSv1/SSLv3 cipher DHE-RSA-AES256-SHA", new IcidTls(60140302, TlsOutcome.Success, "TLSv1/SSLv3", "DHE-RSA-AES256-SHA", null) },
        { "Info: ICID 5 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384", new IcidTls(5, TlsOutcome.Success, "TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", null) },
        { "Info: ICID 6 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384", new IcidTls(6, TlsOutcome.Success, "TLSv1.3", "TLS_AES_256_GCM_SHA384", null) },
        { "Info: ICID 7 TLS success protocol TLSv1 cipher RC4-SHA ", new IcidTls(7, TlsOutcome.Success, "TLSv1", "RC4-SHA", null) },
        { "Info: icid 8  tls   SUCCESS  PROTOCOL TLSv1.2  CIPHER AES128-SHA", new IcidTls(8, TlsOutcome.Success, "TLSv1.2", "AES128-SHA", null) },
        { "Tue Jun 28 19:08:49 2005 Info: ICID 282204971 TLS failed", new IcidTls(282204971, TlsOutcome.Failed, null, null, null) },
        { "Info: ICID 4 TLS failed: [Errno 54] Connection reset by peer", new IcidTls(4, TlsOutcome.Failed, null, null, "[Errno 54] Connection reset by peer") },
        {
            "Info: ICID 9 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')",
            new IcidTls(9, TlsOutcome.Failed, null, null, "(336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')")
        },
        { "Info: ICID 10 TLS failed:timeout", new IcidTls(10, TlsOutcome.Failed, null, null, "timeout") },
        { "Tue Jun 28 19:08:49 2005 Info: ICID 282204971 TLS was required but remote host did not initiate it", new IcidTls(282204971, TlsOutcome.RequiredNotInitiated, null, null, null) },
    };

    public static TheoryData<string, MailEvent> CloseLines => new()
    {
        { "<166>Mar 17 18:24:37 mail_logs: Info: ICID 5 close", new IcidClosed(5, false) },
        { "Sep 29 15:00:00 zi1lxmta02 mail_logs: Info: ICID 139894256 close", new IcidClosed(139894256, false) },
        { "Tue Jun 28 19:08:49 2005 Info: ICID 282204971 lost", new IcidClosed(282204971, true) },
        { "Info: ICID 12 CLOSE  ", new IcidClosed(12, false) },
    };

    [Theory]
    [MemberData(nameof(OpenLines))]
    public void New_smtp_icid(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [MemberData(nameof(PolicyLines))]
    public void Hat_verdict(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [MemberData(nameof(TlsLines))]
    public void Inbound_tls(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [MemberData(nameof(CloseLines))]
    public void Close_and_lost(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [InlineData("Info: SMTP Auth (ICID 31) was required but remote host did not initiate it")]
    [InlineData("Info: SMTP Auth: (ICID 30) succeeded for user: cisco using AUTH mechanism: LOGIN with profile: ldap_smpt")]
    [InlineData("Info: SMTP Auth (ICID 32) failed for user: bob using AUTH mechanism: PLAIN with profile: ldap")]
    [InlineData("Info: ICID 13 Delayed HAT REJECT continuing session for recipient logging (198.51.100.9)")]
    [InlineData("Info: ICID 14 disconnected address 198.51.100.9, no messages injected within timeout period")]
    [InlineData("Info: ICID 15 Connection from 198.51.100.9 on interface Data 1 (10.1.1.1) lost after 30 seconds (DNS query took 0 seconds), before any commands were received")]
    [InlineData("Info: ICID 16 Receiving Failed: Message size exceeds limit")]
    [InlineData("Info: ICID 17 Injection Failed: Message loop")]
    [InlineData("Info: ICID 18 Invalid sender address: foo@")]
    [InlineData("Info: ICID 19 MID 20 Invalid recipient address: bar@")]
    [InlineData("Info: ICID 21 Address: <a@b.example> sender rejected, envelope sender domain does not exist")]
    [InlineData("Info: SMTP server connection killed ICID: 77")]
    [InlineData("Info: Dropping connection due to potential Directory Harvest Attack from host=('198.51.100.9', 'h.example'), dhap_limit=10, sender_group=SUSPECTLIST, listener=IncomingMail, reverse_dns=198.51.100.9, ICID 99")]
    public void Connection_level_lines_without_verdict_value_are_informational(string line) =>
        TestLines.Parse(line).Should().Be(ParseResult.Informational);
}
