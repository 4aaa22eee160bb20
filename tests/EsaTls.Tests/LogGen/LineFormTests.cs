using System.Text.RegularExpressions;

namespace EsaTls.Tests.LogGen;

/// <summary>Every line the generator writes has one of the forms of esa-mail-logs.md, and the scenario kinds all occur.</summary>
public partial class LineFormTests
{
    /// <summary>Documented forms (esa-mail-logs.md section in the comment), as message texts after the level.</summary>
    private static readonly (string Kind, Regex Form)[] Forms =
    [
        ("header", new(@"^(Begin Logfile|Version: \d+\.\d+\.\d+-\d{3} SN: [0-9A-F]{20}-[0-9A-F]{12}|Time offset from UTC: -?\d+ seconds)$")), // §1.3
        ("icid open", new(@"^New (SMTP|smtp) ICID \d+ interface [^()]+ \(\d+\.\d+\.\d+\.\d+\) address \d+\.\d+\.\d+\.\d+ reverse dns host \S+ verified (yes|no)$")), // §3.1
        ("hat", new(@"^ICID \d+ (ACCEPT|RELAY|REJECT) SG \S+ match \S+ SBRS (-?\d+\.\d|None|not enabled)( country [A-Za-z ]+)?$")), // §3.2
        ("icid tls success", new(@"^ICID \d+ TLS success( protocol TLSv[\d.]+ cipher [A-Z0-9_-]+)?$")), // §3.3 I1, I2
        ("icid tls failed", new(@"^ICID \d+ TLS failed(: (\[Errno \d+\] .+|\(\d+, '.+'\)))?$")), // §3.3 I3-I5
        ("icid tls required", new(@"^ICID \d+ TLS was required but remote host did not initiate it$")), // §3.3 I6
        ("icid end", new(@"^ICID \d+ (close|lost)$")), // §3.5
        ("start mid", new(@"^Start MID \d+ ICID \d+$")), // §4.1
        ("from", new(@"^MID \d+ ICID \d+ From: <[^<>\s]*>$")), // §4.2
        ("to", new(@"^MID \d+ ICID \d+ RID \d+ To: <[^<>\s]+>$")), // §4.3
        ("to rejected", new(@"^MID \d+ ICID \d+ To: <[^<>\s]+> Rejected by (RAT|LDAPACCEPT)$")), // §4.3
        ("message-id", new(@"^MID \d+ Message-ID ('[^'\\]*'|""[^""]*"")$")), // §4.4
        ("subject", new(@"^MID \d+ Subject ('([^'\\]|\\.)*'|""([^""\\]|\\.)*"")$")), // §4.5
        ("ready", new(@"^MID \d+ ready \d+ bytes from <[^<>\s]*>$")), // §4.6
        ("tls read", new(@"^MID \d+ ICID \d+ TLS read \d+ bytes \(\d+\.\d{3} seconds\)$")), // §3.3 I8
        ("policy", new(@"^MID \d+ matched all recipients for per-recipient policy \S+ in the (inbound|outbound) table$")), // §4.7
        ("scanning", new(@"^MID \d+ (interim verdict using engine: CASE spam negative|using engine: CASE spam (negative|positive)|interim AV verdict using Sophos CLEAN|antivirus (negative|positive '[^']+')|Outbreak Filters: verdict negative|using engine: GRAYMAIL (negative|marketing_mail)|AMP file reputation verdict : SKIPPED \(no attachment in message\)|SPF: mailfrom identity \S+@\S+ Pass \(v=spf1\)|DKIM: pass signature verified \(d=\S+ s=selector1 i=@\S+\)|DMARC: Message from domain \S+, DMARC pass \(SPF aligned True, DKIM aligned True\)|SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain\(s\) : N/A \(other reasons for verdict\)\. Sender Maturity: 30 days \(or greater\) for domain: \S+)$")), // §4.9
        ("queued", new(@"^MID \d+ queued for delivery$")), // §4.8
        ("split", new(@"^MID \d+ was split creating MID \d+ due to a per-recipient policy \S+ in the inbound table$")), // §6.3
        ("rewritten", new(@"^MID \d+ rewritten to MID \d+ by .+$")), // §6.2
        ("bcc", new(@"^MID \d+ (was )?generated based on MID \d+ by bcc filter '[^']+'$")), // §6.1
        ("bounce of", new(@"^MID \d+ (was )?generated for bounce of MID \d+$")), // §6.4
        ("aborted", new(@"^Message aborted MID \d+ (Receiving aborted|Dropped by CASE|Dropped by filter '[^']+')$")), // §6.6
        ("finished", new(@"^Message finished MID \d+ (done|aborted)$")), // §7
        ("dcid open", new(@"^New SMTP DCID \d+ interface \d+\.\d+\.\d+\.\d+ address \d+\.\d+\.\d+\.\d+( port \d+)?$")), // §5.1
        ("dcid tls success", new(@"^DCID \d+ TLS success( protocol TLSv[\d.]+ cipher [A-Z0-9_-]+( CN=\S+| for \S+| )?| CN: <\S+>| CN=\S+)$")), // §5.2 O1-O5
        ("dcid tls failed", new(@"^DCID \d+ TLS failed: (STARTTLS unexpected response|\(\d+, '.+'\)|\[Errno \d+\] .+)$")), // §5.2 O6, O7
        ("dcid starttls", new(@"^DCID \d+ STARTTLS command not supported\.$")), // §5.2 O10
        ("dcid tls required", new(@"^DCID \d+ (IP \d+\.\d+\.\d+\.\d+ )?TLS was required but could not be successfully negotiated$")), // §5.2 O8, O9
        ("dcid close", new(@"^DCID \d+ close$")), // §5.5
        ("connection error", new(@"^Connection Error: DCID \d+ domain: \S+ IP: \d+\.\d+\.\d+\.\d+ port: \d+ details: \S+ interface: \d+\.\d+\.\d+\.\d+ reason: .+$")), // §5.4
        ("delivery start", new(@"^Delivery start DCID \d+ MID \d+ to RID \[\d+(, \d+)*\]$")), // §5.3
        ("message done", new(@"^Message done DCID \d+ MID \d+ to RID \[\d+(, \d+)*\]( \(external quarantine\)| )?$")), // §5.3
        ("response", new(@"^MID \d+ RID \[\d+(, \d+)*\] Response '[^']*'$")), // §5.3
        ("bounced", new(@"^Bounced: DCID \d+ MID \d+ to RID \d+ - 5\.\d\.\d - [A-Za-z ,]+ \('\d{3}', \['[^']*'\]\) \[\]$")), // §5.4
        ("delayed", new(@"^Delayed: DCID \d+ MID \d+ to RID \d+ - 4\.\d\.\d - [A-Za-z ,]+ \('\d{3}', \['[^']*'\]\) \[\]$")), // §5.4
        ("pending", new(@"^Message \d+ to RID \[\d+\] pending till [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$")), // §5.4
        ("rpc start", new(@"^RPC Delivery start RCID \d+ MID \d+ to local IronPort Spam Quarantine$")), // §5.3
        ("rpc done", new(@"^RPC Message done RCID \d+ MID \d+$")), // §5.3
    ];

    private static Dictionary<string, int> Classify(IEnumerable<LogLine> lines, List<string> unmatched)
    {
        var counts = Forms.ToDictionary(f => f.Kind, _ => 0);
        foreach (var line in lines)
        {
            var kind = Forms.FirstOrDefault(f => f.Form.IsMatch(line.Text)).Kind;
            if (kind is null)
            {
                unmatched.Add(line.Text);
                continue;
            }
            counts[kind]++;
            if (kind == "tls read")
            {
                line.Level.Should().Be("Debug");
            }
            else
            {
                line.Level.Should().Be("Info", line.Text);
            }
        }
        return counts;
    }

    [Fact]
    public void Every_line_has_a_documented_form_and_every_kind_occurs()
    {
        using var run = GeneratedRun.Create("--appliances", "3", "--framing", "mixed", "--messages", "4000", "--duration", "6h",
            "--start", "2025-03-03T06:00:00Z", "--variants", "0.15", "--debug-tls-read", "0.2", "--reorder", "0.05",
            "--file-size", "256KB", "--seed", "21", "--tls-mix", "success=60,failed=20,none=20", "--campaign", "2@-1m/120/3m");
        var unmatched = new List<string>();
        var counts = Classify(run.Lines(), unmatched);

        unmatched.Should().BeEmpty();
        counts.Where(kv => kv.Value == 0).Select(kv => kv.Key).Should().BeEmpty("the scenario exercises every line kind");
    }

    [Fact]
    public void Older_forms_appear_only_when_asked()
    {
        using var run = GeneratedRun.Create("--messages", "800", "--duration", "2h", "--seed", "4");
        var texts = run.Lines().Select(l => l.Text).ToList();
        texts.Should().NotContain(t => t.StartsWith("New smtp ICID", StringComparison.Ordinal));
        texts.Should().NotContain(t => t.EndsWith(" TLS success", StringComparison.Ordinal));
        texts.Should().NotContain(t => t.Contains(" generated based on", StringComparison.Ordinal) && !t.Contains("was generated", StringComparison.Ordinal));
        texts.Should().NotContain(t => t.StartsWith("New SMTP DCID", StringComparison.Ordinal) && !t.Contains(" port ", StringComparison.Ordinal));
        texts.Should().NotContain(t => t.EndsWith(' '));

        using var old = GeneratedRun.Create("--messages", "800", "--duration", "2h", "--seed", "4", "--variants", "0.5");
        var oldTexts = old.Lines().Select(l => l.Text).ToList();
        oldTexts.Should().Contain(t => t.StartsWith("New smtp ICID", StringComparison.Ordinal));
        oldTexts.Should().Contain(t => t.StartsWith("ICID", StringComparison.Ordinal) && t.EndsWith(" TLS success", StringComparison.Ordinal));
        oldTexts.Should().Contain(t => t.Contains(" TLS success CN", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_with_quotes_use_python_repr_quoting()
    {
        using var run = GeneratedRun.Create("--messages", "1500", "--duration", "2h", "--seed", "8");
        var texts = run.Lines().Select(l => l.Text).ToList();
        texts.Should().Contain(t => t.EndsWith(@" Subject ""O'Brien & Sons proposal""", StringComparison.Ordinal));
        texts.Should().Contain(t => t.EndsWith(@" Subject 'It\'s \'urgent\' say ""they""'", StringComparison.Ordinal));
        texts.Should().Contain(t => t.EndsWith(@" Subject 'Path C:\\Temp\\report.xlsx'", StringComparison.Ordinal));
        texts.Should().Contain(t => t.EndsWith(@" Subject 'Tab\tseparated values'", StringComparison.Ordinal));
        texts.Should().Contain(t => t.EndsWith(" Subject 'Angebot für Müller GmbH'", StringComparison.Ordinal));
        texts.Should().Contain(t => t.Contains(@" Message-ID ""<O'Neill.", StringComparison.Ordinal));
    }

    [Fact]
    public void Native_files_roll_over_with_a_header_each_and_the_last_one_current()
    {
        using var run = GeneratedRun.Create("--appliances", "2", "--messages", "1500", "--duration", "4h", "--file-size", "64KB", "--seed", "2",
            "--utc-offset", "-18000,19800");
        foreach (var host in new[] { "esa1.example.net", "esa2.example.net" })
        {
            var files = Directory.GetFiles(Path.Combine(run.OutDir, host)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            files.Count.Should().BeGreaterThan(2);
            files.Should().AllSatisfy(f => MailLogName().IsMatch(f!).Should().BeTrue(f));
            files.Count(f => f!.EndsWith(".c", StringComparison.Ordinal)).Should().Be(1);
            string.CompareOrdinal(files.Last(f => f!.EndsWith(".s", StringComparison.Ordinal)), files.Single(f => f!.EndsWith(".c", StringComparison.Ordinal)))
                .Should().BeNegative("the current file is the newest");
            foreach (var file in files)
            {
                var head = File.ReadLines(Path.Combine(run.OutDir, host, file!)).Take(3).ToList();
                head[0].Should().EndWith(" Info: Begin Logfile");
                head[1].Should().MatchRegex(@" Info: Version: \d+\.\d+\.\d+-\d{3} SN: [0-9A-F-]+$");
                head[2].Should().EndWith(host == "esa1.example.net" ? " Info: Time offset from UTC: -18000 seconds" : " Info: Time offset from UTC: 19800 seconds");
            }
        }
    }

    [GeneratedRegex(@"^mail_logs\.@\d{8}T\d{6}\.(s|c)$")]
    private static partial Regex MailLogName();
}
