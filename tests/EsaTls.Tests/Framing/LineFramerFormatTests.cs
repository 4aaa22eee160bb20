using System.Text;
using EsaTls.Core.Framing;
using static EsaTls.Tests.Framing.FramingTestHelpers;

namespace EsaTls.Tests.Framing;

/// <summary>Every framing variant of esa-mail-logs.md §1.1/§1.2, with real lines from the samples.</summary>
public class LineFramerFormatTests
{
    [Theory]
    [InlineData("Wed Sep  6 13:13:16 2023 Info: DCID 30 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384",
        2023, 9, 6, 13, 13, 16, "Info", "DCID 30 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384")]
    [InlineData("Mon Mar 5 14:21:04 2018 Info: ICID 5 close", 2018, 3, 5, 14, 21, 4, "Info", "ICID 5 close")]
    // Sanitized sample with an impossible weekday (12 Sep 2022 was a Monday).
    [InlineData("Fri Sep 12 11:00:00 2022 Info: MID 68119155 queued for delivery", 2022, 9, 12, 11, 0, 0, "Info", "MID 68119155 queued for delivery")]
    [InlineData("Fri Mar 25 20:50:10 2022 Critical: Internal SMTP giving up on message to example.com with subject 'Warning <System> example.com: Your \"IronPort Email Encryption\" key will expire in under 60...': Unrecoverable error.",
        2022, 3, 25, 20, 50, 10, "Critical", "Internal SMTP giving up on message to example.com with subject 'Warning <System> example.com: Your \"IronPort Email Encryption\" key will expire in under 60...': Unrecoverable error.")]
    [InlineData("Wed Jan 29 00:06:30 2003 Warning: Internal SMTP Error: x", 2003, 1, 29, 0, 6, 30, "Warning", "Internal SMTP Error: x")]
    [InlineData("Thu Sep  7 01:02:03 2023 Debug: MID 5 ICID 6 TLS read 100 bytes", 2023, 9, 7, 1, 2, 3, "Debug", "MID 5 ICID 6 TLS read 100 bytes")]
    [InlineData("Thu Sep  7 01:02:03 2023 Trace: something", 2023, 9, 7, 1, 2, 3, "Trace", "something")]
    [InlineData("Thu Sep  7 01:02:03 2023 Alert: something", 2023, 9, 7, 1, 2, 3, "Alert", "something")]
    [InlineData("Mon Jul  2 08:57:18 2018 Info:   MID 86 Malformed header detected during message parsing",
        2018, 7, 2, 8, 57, 18, "Info", "MID 86 Malformed header detected during message parsing")]
    [InlineData("Tue Aug  3 10:00:00 2010 Info: DCID 5 TLS success protocol TLSv1 cipher AES128-SHA \t ",
        2010, 8, 3, 10, 0, 0, "Info", "DCID 5 TLS success protocol TLSv1 cipher AES128-SHA")]
    [InlineData("Wed May  4 00:24:31 2005 Info: Begin Logfile", 2005, 5, 4, 0, 24, 31, "Info", "Begin Logfile")]
    [InlineData("Wed May  4 00:24:31 2005 Info: Time offset from UTC: -21600 seconds", 2005, 5, 4, 0, 24, 31, "Info", "Time offset from UTC: -21600 seconds")]
    [InlineData("Wed May  4 00:24:31 2005 Info:", 2005, 5, 4, 0, 24, 31, "Info", "")]
    public void Native_lines(string line, int y, int mo, int d, int h, int mi, int s, string level, string message)
    {
        Framer().Frame(line).Should().Be(new Framed(FrameKind.Native, Utc(y, mo, d, h, mi, s), level, "", "", message));
    }

    [Fact]
    public void Native_spans_point_into_the_line()
    {
        var line = "Wed Sep  6 13:13:16 2023 Info:   MID 1 x  "u8.ToArray();
        Framer().TryFrame(line, out var f).Should().Be(FrameError.None);
        OffsetIn(line, f.Level).Should().Be(25);
        f.Level.Length.Should().Be(4);
        OffsetIn(line, f.Message).Should().Be(33);
        f.Message.Length.Should().Be(7);
        f.Host.IsEmpty.Should().BeTrue();
        f.Tag.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Native_consolidated_event_lines_have_no_level()
    {
        var real = SampleFiles.Lines("elastic-integration-fixtures.log").First(l => l.StartsWith("Fri Mar 25 20:50:10 2022 CEF:0|", StringComparison.Ordinal));
        Framer().Frame(real).Should().Be(new Framed(FrameKind.Native, Utc(2022, 3, 25, 20, 50, 10), "", "", "", real[25..]));
        real[25..].Should().StartWith("CEF:0|Cisco|C100V Email Security Virtual Appliance|14.0.0-657|");

        // As Cisco documents it when written to file: a colon after the year.
        Framer().Frame("Tue Aug 13 15:15:49 2019: CEF:0|Cisco|C100V Email Security Virtual Appliance|13.0.0-252|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|ESAMID=1")
            .Should().Be(new Framed(FrameKind.Native, Utc(2019, 8, 13, 15, 15, 49), "", "", "",
                "CEF:0|Cisco|C100V Email Security Virtual Appliance|13.0.0-252|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|ESAMID=1"));
    }

    [Theory]
    // <PRI>Mmm dd HH:MM:SS tag: Level: msg (no host)
    [InlineData("<166>Mar 17 18:24:37 mail_logs: Info: Start MID 6 ICID 5", 3, 17, 18, 24, 37, "", "mail_logs", "Info", "Start MID 6 ICID 5")]
    [InlineData("<22>Sep 18 10:24:43 sample_logs: Info: MID 21226453 ready 63907 bytes from <>", 9, 18, 10, 24, 43, "", "sample_logs", "Info", "MID 21226453 ready 63907 bytes from <>")]
    [InlineData("<166>Mar 17 18:24:37 mail_logs: Warning: Internal SMTP Error: Failed", 3, 17, 18, 24, 37, "", "mail_logs", "Warning", "Internal SMTP Error: Failed")]
    // <PRI>Mmm dd HH:MM:SS host tag: Level: msg
    [InlineData("<94>Nov 24 14:22:57 REDACTED.africa.example.net mail_logs: Info: MID 204841507 queued for delivery", 11, 24, 14, 22, 57, "REDACTED.africa.example.net", "mail_logs", "Info", "MID 204841507 queued for delivery")]
    [InlineData("<38>Nov  8 10:18:57 ccz133qqg1.diamond.tube mail_logs: Info: MID 118210542 SHA 58f2c6 filename GCNS3 Security Bob Requirements .pptx queued for possible file analysis upload", 11, 8, 10, 18, 57, "ccz133qqg1.diamond.tube", "mail_logs", "Info", "MID 118210542 SHA 58f2c6 filename GCNS3 Security Bob Requirements .pptx queued for possible file analysis upload")]
    // Without PRI, as written by the receiving syslogd.
    [InlineData("Jun 26 10:42:23 ip1out.temple.edu mail_logs: Info: Start MID 38637862 ICID 69610481", 6, 26, 10, 42, 23, "ip1out.temple.edu", "mail_logs", "Info", "Start MID 38637862 ICID 69610481")]
    [InlineData("Sep 29 15:00:00 zi1lxmta02 mail_logs: Info: ICID 139894256 close", 9, 29, 15, 0, 0, "zi1lxmta02", "mail_logs", "Info", "ICID 139894256 close")]
    // Host is an IP, tag is custom.
    [InlineData("Aug  2 23:59:52 10.0.1.1 MAIL_SecurityAudit: Info: MID 308049623 ICID 1 From: <a@b.c>", 8, 2, 23, 59, 52, "10.0.1.1", "MAIL_SecurityAudit", "Info", "MID 308049623 ICID 1 From: <a@b.c>")]
    // Tag with a pid.
    [InlineData("<22>Sep 18 10:24:43 esa1 sc4s_mail_logs[4711]: Info: ICID 5 close", 9, 18, 10, 24, 43, "esa1", "sc4s_mail_logs", "Info", "ICID 5 close")]
    // Legacy 3.x/4.x: weekday, no year, tag smail.
    [InlineData("Thu Feb  1 08:32:59 c60 smail: Info: ICID 12 close", 2, 1, 8, 32, 59, "c60", "smail", "Info", "ICID 12 close")]
    [InlineData("Feb  1 08:32:59 c60 smail: Info: ICID 12 close", 2, 1, 8, 32, 59, "c60", "smail", "Info", "ICID 12 close")]
    // Zero-padded day.
    [InlineData("<166>Apr 03 12:20:40 mail_logs: Info: x", 4, 3, 12, 20, 40, "", "mail_logs", "Info", "x")]
    public void Syslog_lines(string line, int mo, int d, int h, int mi, int s, string host, string tag, string level, string message)
    {
        Framer(year: 2024).Frame(line).Should().Be(new Framed(FrameKind.Syslog, Utc(2024, mo, d, h, mi, s), level, host, tag, message));
    }

    [Fact]
    public void Syslog_spans_point_into_the_line()
    {
        var line = "<94>Nov 24 14:22:57 esa.example.net mail_logs[12]: Info: MID 2 queued "u8.ToArray();
        Framer(year: 2024).TryFrame(line, out var f).Should().Be(FrameError.None);
        OffsetIn(line, f.Host).Should().Be(20);
        f.Host.Length.Should().Be(15);
        OffsetIn(line, f.Tag).Should().Be(36);
        f.Tag.Length.Should().Be(9);
        OffsetIn(line, f.Level).Should().Be(51);
        OffsetIn(line, f.Message).Should().Be(57);
        f.Message.Length.Should().Be(12);
    }

    [Fact]
    public void Year_in_the_syslog_header_is_used()
    {
        Framer(year: 2020).Frame("Jul 16 10:46:46 2013 dummy_source_Domain2 mail_logs: Info: Version: 8.7.2-001 SN: 942B2B684C96-29WTPQ2")
            .Should().Be(new Framed(FrameKind.Syslog, Utc(2013, 7, 16, 10, 46, 46), "Info", "dummy_source_Domain2", "mail_logs",
                "Version: 8.7.2-001 SN: 942B2B684C96-29WTPQ2"));
    }

    [Fact]
    public void Year_and_weekday_in_the_syslog_header()
    {
        Framer(year: 2020).Frame("Thu Feb  1 08:32:59 2007 c60 smail: Info: ICID 12 close")
            .Should().Be(new Framed(FrameKind.Syslog, Utc(2007, 2, 1, 8, 32, 59), "Info", "c60", "smail", "ICID 12 close"));
        Framer(year: 2020).Frame("Thu Feb  1 08:32:59 2007 smail: Info: ICID 12 close")
            .Should().Be(new Framed(FrameKind.Syslog, Utc(2007, 2, 1, 8, 32, 59), "Info", "", "smail", "ICID 12 close"));
    }

    [Fact]
    public void Syslog_without_a_tag_takes_the_level_after_the_header()
    {
        Framer(year: 2024).Frame("<166>Mar 17 18:24:37 Info: Start MID 6 ICID 5")
            .Should().Be(new Framed(FrameKind.Syslog, Utc(2024, 3, 17, 18, 24, 37), "Info", "", "", "Start MID 6 ICID 5"));
        Framer(year: 2024).Frame("<166>Mar 17 18:24:37 esa1.example.com Info: Start MID 6 ICID 5")
            .Should().Be(new Framed(FrameKind.Syslog, Utc(2024, 3, 17, 18, 24, 37), "Info", "esa1.example.com", "", "Start MID 6 ICID 5"));
        Framer(year: 2024).Frame("<13>Mon Aug 10 09:52:59 2020 Warning: ICID 1 lost")
            .Should().Be(new Framed(FrameKind.Syslog, Utc(2020, 8, 10, 9, 52, 59), "Warning", "", "", "ICID 1 lost"));
    }

    [Fact]
    public void Collector_header_with_the_native_timestamp_uses_the_inner_time()
    {
        var framer = Framer(year: 2024, zone: Zone("+02:00"));
        framer.Frame("<13>Aug 10 09:53:01 collector.example.com esa_mail: Mon Aug 10 09:52:59 2020 Info: ICID 442736 ACCEPT SG None match SBRS None")
            .Should().Be(new Framed(FrameKind.Syslog, Utc(2020, 8, 10, 7, 52, 59), "Info", "collector.example.com", "esa_mail",
                "ICID 442736 ACCEPT SG None match SBRS None"));
    }

    [Fact]
    public void Syslog_consolidated_event_lines_have_no_level()
    {
        var lines = SampleFiles.Lines("elastic-integration-fixtures.log");
        var noHost = lines.First(l => l.StartsWith("<166>Mar 17 18:24:37 consolidated_event: CEF:0|", StringComparison.Ordinal));
        Framer(year: 2021).Frame(noHost).Should().Be(new Framed(FrameKind.Syslog, Utc(2021, 3, 17, 18, 24, 37), "", "", "consolidated_event",
            noHost["<166>Mar 17 18:24:37 consolidated_event: ".Length..]));

        var withHost = lines.First(l => l.StartsWith("<14>Jul 24 09:41:35 myHostname consolidated_event: CEF:0|", StringComparison.Ordinal));
        var f = Framer(year: 2024).Frame(withHost);
        f.Should().Be(new Framed(FrameKind.Syslog, Utc(2024, 7, 24, 9, 41, 35), "", "myHostname", "consolidated_event",
            withHost["<14>Jul 24 09:41:35 myHostname consolidated_event: ".Length..].TrimEnd()));
        Subscriptions.IsConsolidatedEvent(Encoding.UTF8.GetBytes(f.Message)).Should().BeTrue();

        var noPri = lines.First(l => l.StartsWith("Sep 16 16:56:06 consolidated_event: CEF:0|", StringComparison.Ordinal));
        Framer(year: 2023).Frame(noPri).Should().Be(new Framed(FrameKind.Syslog, Utc(2023, 9, 16, 16, 56, 6), "", "", "consolidated_event",
            noPri["Sep 16 16:56:06 consolidated_event: ".Length..].TrimEnd()));
    }

    [Fact]
    public void Utf8_bom_at_the_start_of_a_file_is_ignored()
    {
        var line = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("Wed May  4 00:24:31 2005 Info: Begin Logfile"u8.ToArray()).ToArray();
        Framer().TryFrame(line, out var f).Should().Be(FrameError.None);
        Copy(f).Message.Should().Be("Begin Logfile");
    }

    [Fact]
    public void Every_line_of_the_sample_files_is_framed()
    {
        var framer = Framer(year: 2024);
        var kinds = new Dictionary<FrameKind, int>();
        foreach (var file in new[] { "elastic-integration-fixtures.log", "seed-tls-examples.log" })
        {
            foreach (var line in SampleFiles.Lines(file))
            {
                var f = framer.Frame(line);
                kinds[f.Kind] = kinds.GetValueOrDefault(f.Kind) + 1;
                (f.Level.Length > 0 || f.Message.StartsWith("CEF:0|", StringComparison.Ordinal)).Should().BeTrue(line);
            }
        }
        kinds[FrameKind.Native].Should().Be(49);
        kinds[FrameKind.Syslog].Should().Be(48);
    }

    [Theory]
    [InlineData("", FrameError.Blank)]
    [InlineData("   \t ", FrameError.Blank)]
    [InlineData("\r", FrameError.Blank)]
    [InlineData("hello world", FrameError.NoTimestamp)]
    [InlineData("Info: MID 5 queued for delivery", FrameError.NoTimestamp)]
    [InlineData("Fri Sep 12 11:0", FrameError.NoTimestamp)]
    [InlineData("<166>", FrameError.NoTimestamp)]
    [InlineData("<abc>Mar 17 18:24:37 mail_logs: Info: x", FrameError.NoTimestamp)]
    [InlineData("<166>2024-03-17T18:24:37Z host app - - msg", FrameError.NoTimestamp)]
    [InlineData("Mar 17 18:24:37.123 host mail_logs: Info: x", FrameError.NoTimestamp)]
    [InlineData("Fri Sep 31 11:00:00 2022 Info: x", FrameError.BadTimestamp)]
    [InlineData("Fri Sep 00 11:00:00 2022 Info: x", FrameError.BadTimestamp)]
    [InlineData("Fri Sep 12 25:00:00 2022 Info: x", FrameError.BadTimestamp)]
    [InlineData("Fri Sep 12 11:61:00 2022 Info: x", FrameError.BadTimestamp)]
    [InlineData("Fri Xyz 12 11:00:00 2022 Info: x", FrameError.BadTimestamp)]
    [InlineData("Tue Feb 29 11:00:00 2022 Info: x", FrameError.BadTimestamp)]
    [InlineData("Tue Feb 29 11:00:00 0001 Info: x", FrameError.BadTimestamp)]
    [InlineData("<13>Feb 30 11:00:00 mail_logs: Info: x", FrameError.BadTimestamp)]
    [InlineData("<13>Aug 10 09:53:01 c app: Mon Aug 10 29:52:59 2020 Info: x", FrameError.BadTimestamp)]
    [InlineData("Fri Sep 12 11:00:00 2022", FrameError.NoLevel)]
    [InlineData("Fri Sep 12 11:00:00 2022 MID 5 queued for delivery", FrameError.NoLevel)]
    [InlineData("Fri Sep 12 11:00:00 2022 Info:MID 5", FrameError.NoLevel)]
    [InlineData("<166>Mar 17 18:24:37", FrameError.NoLevel)]
    [InlineData("<166>Mar 17 18:24:37 mail_logs: MID 5 queued", FrameError.NoLevel)]
    [InlineData("<166>Mar 17 18:24:37 host only words here", FrameError.NoLevel)]
    public void Errors(string line, FrameError expected)
    {
        Framer(year: 2024).Error(line).Should().Be(expected);
    }

    [Fact]
    public void A_leap_second_is_kept_as_the_last_second_of_the_minute()
    {
        Framer().Frame("Sat Dec 31 23:59:60 2016 Info: x").Utc.Should().Be(Utc(2016, 12, 31, 23, 59, 59));
    }

    [Fact]
    public void Errors_do_not_change_the_year_state()
    {
        var framer = Framer(year: 2023);
        framer.Frame("<13>Dec 31 23:00:00 mail_logs: Info: x").Utc.Year.Should().Be(2023);
        var state = framer.SaveState();
        framer.Error("<13>Jun 31 23:00:00 mail_logs: Info: x").Should().Be(FrameError.BadTimestamp);
        framer.Error("<13>Jun 30 23:00:00 mail_logs: no level").Should().Be(FrameError.NoLevel);
        framer.SaveState().Should().Be(state);
    }
}
