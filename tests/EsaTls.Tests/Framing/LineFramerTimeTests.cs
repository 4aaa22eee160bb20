using EsaTls.Core.Framing;
using static EsaTls.Tests.Framing.FramingTestHelpers;

namespace EsaTls.Tests.Framing;

/// <summary>Zones, header offsets, syslog year inference and saved state.</summary>
public class LineFramerTimeTests
{
    private const string NativeLine = "Wed Sep  6 13:13:16 2023 Info: x";

    [Fact]
    public void Default_zone_is_utc()
    {
        Framer().Frame(NativeLine).Utc.Should().Be(Utc(2023, 9, 6, 13, 13, 16));
    }

    [Fact]
    public void Configured_zone_applies_to_native_and_syslog_lines()
    {
        var framer = Framer(year: 2023, zone: Zone("+02:00"));
        framer.Frame(NativeLine).Utc.Should().Be(Utc(2023, 9, 6, 11, 13, 16));
        framer.Frame("<166>Sep  6 13:13:17 mail_logs: Info: x").Utc.Should().Be(Utc(2023, 9, 6, 11, 13, 17));
    }

    [Fact]
    public void Header_offset_overrides_the_configured_zone()
    {
        var framer = Framer(zone: Zone("Europe/Berlin"));
        framer.Frame(NativeLine).Utc.Should().Be(Utc(2023, 9, 6, 11, 13, 16));
        framer.ApplyUtcOffset(-21600);
        framer.HeaderUtcOffsetSeconds.Should().Be(-21600);
        framer.Zone.ToString().Should().Be("-06:00");
        framer.Frame(NativeLine).Utc.Should().Be(Utc(2023, 9, 6, 19, 13, 16));
    }

    [Fact]
    public void Implausible_header_offsets_are_refused()
    {
        LineFramer.IsPlausibleUtcOffset(-28800).Should().BeTrue();
        LineFramer.IsPlausibleUtcOffset(90000).Should().BeFalse();
        var act = () => Framer().ApplyUtcOffset(90000);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Iana_zone_around_the_autumn_dst_change_gives_increasing_utc_times()
    {
        // Europe/Berlin 2024-10-27: 03:00 CEST falls back to 02:00 CET; the appliance writes 02:xx twice.
        var framer = Framer(zone: Zone("Europe/Berlin"));
        string[] wallClock = ["01:59:00", "02:30:00", "02:59:59", "02:00:01", "02:30:00", "03:00:00"];
        var utc = wallClock.Select(t => framer.Frame($"Sun Oct 27 {t} 2024 Info: x").Utc).ToList();
        utc.Should().Equal(
            Utc(2024, 10, 26, 23, 59, 0),
            Utc(2024, 10, 27, 0, 30, 0),
            Utc(2024, 10, 27, 0, 59, 59),
            Utc(2024, 10, 27, 1, 0, 1),
            Utc(2024, 10, 27, 1, 30, 0),
            Utc(2024, 10, 27, 2, 0, 0));
    }

    [Fact]
    public void Iana_zone_around_the_spring_dst_change()
    {
        var framer = Framer(year: 2024, zone: Zone("Europe/Berlin"));
        framer.Frame("<166>Mar 31 01:59:59 mail_logs: Info: x").Utc.Should().Be(Utc(2024, 3, 31, 0, 59, 59));
        framer.Frame("<166>Mar 31 03:00:00 mail_logs: Info: x").Utc.Should().Be(Utc(2024, 3, 31, 1, 0, 0));
    }

    [Fact]
    public void Given_year_applies_to_the_first_syslog_line()
    {
        Framer(year: 2019, now: Utc(2025, 1, 1, 0, 0, 0)).Frame("<166>Mar 17 18:24:37 mail_logs: Info: x").Utc
            .Should().Be(Utc(2019, 3, 17, 18, 24, 37));
    }

    [Fact]
    public void Year_rolls_forward_at_new_year_and_a_reordered_old_line_stays_in_the_old_year()
    {
        var framer = Framer(year: 2023);
        framer.Frame("<13>Dec 31 23:59:58 mail_logs: Info: a").Utc.Should().Be(Utc(2023, 12, 31, 23, 59, 58));
        framer.Frame("<13>Jan  1 00:00:02 mail_logs: Info: b").Utc.Should().Be(Utc(2024, 1, 1, 0, 0, 2));
        // Reordered by syslog: belongs to the old year, and does not move the state back.
        framer.Frame("<13>Dec 31 23:59:59 mail_logs: Info: c").Utc.Should().Be(Utc(2023, 12, 31, 23, 59, 59));
        framer.SaveState().Should().Contain("ref=2024-01-01T00:00:02");
        framer.Frame("<13>Jan  1 00:00:05 mail_logs: Info: d").Utc.Should().Be(Utc(2024, 1, 1, 0, 0, 5));
        framer.Frame("<13>Dec 31 23:00:00 mail_logs: Info: e").Utc.Should().Be(Utc(2023, 12, 31, 23, 0, 0));
        framer.Frame("<13>Jan  2 10:00:00 mail_logs: Info: f").Utc.Should().Be(Utc(2024, 1, 2, 10, 0, 0));
    }

    [Fact]
    public void Year_follows_a_long_stream_across_several_years()
    {
        var framer = Framer(year: 2021);
        var expected = new DateTime(2021, 1, 3, 4, 5, 6, DateTimeKind.Utc);
        for (var i = 0; i < 80; i++)
        {
            var line = $"<13>{expected:MMM} {expected.Day,2} {expected:HH:mm:ss} mail_logs: Info: MID {i}";
            framer.Frame(line).Utc.Should().Be(expected, line);
            expected = expected.AddDays(23).AddHours(5);
        }
        expected.Year.Should().BeGreaterThan(2024);
    }

    [Theory]
    [InlineData("Mar 10 11:00:00", 2024)]  // earlier today
    [InlineData("Mar 11 23:00:00", 2024)]  // ahead, but within the clock-skew allowance
    [InlineData("Mar 20 00:00:00", 2023)]  // would be in the future: last year
    [InlineData("Dec 31 23:59:59", 2023)]
    [InlineData("Jan  1 00:00:00", 2024)]
    public void First_year_is_inferred_from_now(string stamp, int year)
    {
        var framer = Framer(now: Utc(2024, 3, 10, 12, 0, 0));
        framer.Frame($"<13>{stamp} mail_logs: Info: x").Utc.Year.Should().Be(year);
    }

    [Fact]
    public void Inferring_from_now_uses_the_zone_of_the_source()
    {
        // 23:30 UTC on Dec 31 is already Jan 1 at UTC+1: a line at 00:15 local is from the new year.
        var framer = Framer(zone: Zone("+01:00"), now: Utc(2023, 12, 31, 23, 30, 0));
        framer.Frame("<13>Jan  1 00:15:00 mail_logs: Info: x").Utc.Should().Be(Utc(2023, 12, 31, 23, 15, 0));
    }

    [Fact]
    public void February_29_is_inferred_into_the_last_leap_year()
    {
        Framer(now: Utc(2025, 3, 1, 0, 0, 0)).Frame("<13>Feb 29 10:00:00 mail_logs: Info: x").Utc.Should().Be(Utc(2024, 2, 29, 10, 0, 0));
        Framer(year: 2023).Error("<13>Feb 29 10:00:00 mail_logs: Info: x").Should().Be(FrameError.BadTimestamp);
    }

    [Fact]
    public void Native_lines_set_the_reference_for_later_syslog_lines()
    {
        var framer = Framer(year: 2010);
        framer.Frame("Wed Dec 31 23:59:00 2014 Info: header");
        framer.Frame("<13>Jan  1 00:01:00 mail_logs: Info: x").Utc.Should().Be(Utc(2015, 1, 1, 0, 1, 0));
    }

    private static readonly string[] ResumeLines =
    [
        "Sun Oct 27 01:50:00 2024 Info: native before the change",
        "<13>Oct 27 02:10:00 esa mail_logs: Info: first 02:10",
        "<13>Oct 27 02:50:00 esa mail_logs: Info: first 02:50",
        "<13>Oct 27 02:05:00 esa mail_logs: Info: second 02:05",
        "<13>Oct 27 02:40:00 esa mail_logs: Info: second 02:40",
        "<13>Dec 31 23:59:00 esa mail_logs: Info: old year",
        "<13>Jan  1 00:00:10 esa mail_logs: Info: new year",
        "<13>Dec 31 23:59:30 esa mail_logs: Info: reordered",
        "<13>Jan  1 00:01:00 esa mail_logs: Info: new year again",
        "<13>Feb 28 10:00:00 esa mail_logs: Info: later",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Restoring_saved_state_continues_exactly_like_not_stopping(bool headerOffset)
    {
        var options = new FramingOptions { Zone = Zone("Europe/Berlin"), NowUtc = Utc(2025, 3, 1, 0, 0, 0) };
        LineFramer Start()
        {
            var framer = new LineFramer(options);
            if (headerOffset)
            {
                framer.ApplyUtcOffset(7200);
            }
            return framer;
        }

        var reference = Start();
        var expected = ResumeLines.Select(l => reference.Frame(l)).ToList();

        for (var stopAt = 0; stopAt <= ResumeLines.Length; stopAt++)
        {
            var first = Start();
            var got = ResumeLines.Take(stopAt).Select(l => first.Frame(l)).ToList();
            var state = first.SaveState();

            // Different "now" and year on purpose: the saved state must win.
            var resumed = new LineFramer(options with { NowUtc = Utc(2030, 1, 1, 0, 0, 0), Year = 1999 });
            resumed.RestoreState(state);
            got.AddRange(ResumeLines.Skip(stopAt).Select(l => resumed.Frame(l)));
            got.Should().Equal(expected, "stopped after {0} lines with state {1}", stopAt, state);
            resumed.HeaderUtcOffsetSeconds.Should().Be(headerOffset ? 7200 : null);
        }
    }

    [Fact]
    public void Saved_state_is_compact_and_readable()
    {
        var framer = Framer(year: 2024);
        framer.SaveState().Should().Be("v1");
        framer.ApplyUtcOffset(-21600);
        framer.Frame("<13>Mar  4 05:06:07 mail_logs: Info: x");
        framer.SaveState().Should().Be("v1;ref=2024-03-04T05:06:07;utc=2024-03-04T11:06:07;offset=-21600");
    }

    [Fact]
    public void Empty_state_means_a_fresh_source()
    {
        var framer = Framer(year: 2020);
        framer.ApplyUtcOffset(3600);
        framer.Frame("<13>Mar  4 05:06:07 mail_logs: Info: x");
        framer.RestoreState("");
        framer.HeaderUtcOffsetSeconds.Should().BeNull();
        framer.Frame("<13>Jun  4 05:06:07 mail_logs: Info: x").Utc.Should().Be(Utc(2020, 6, 4, 5, 6, 7));
    }

    [Theory]
    [InlineData("v2;ref=2024-01-01T00:00:00")]
    [InlineData("v1;ref=yesterday")]
    [InlineData("v1;offset=abc")]
    [InlineData("v1;offset=999999")]
    [InlineData("v1;color=blue")]
    public void Corrupt_state_is_refused_with_a_clear_message(string state)
    {
        var act = () => Framer().RestoreState(state);
        act.Should().Throw<FormatException>().WithMessage("*framer state*");
    }
}
