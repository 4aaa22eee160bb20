using EsaTls.Core.Framing;
using static EsaTls.Tests.Framing.FramingTestHelpers;

namespace EsaTls.Tests.Framing;

public class TimeZoneSpecTests
{
    private static DateTime Local(int y, int mo, int d, int h, int mi, int s) => new(y, mo, d, h, mi, s, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("UTC", "UTC", 0)]
    [InlineData("utc", "UTC", 0)]
    [InlineData("Z", "UTC", 0)]
    [InlineData("+02:00", "+02:00", 120)]
    [InlineData("-0530", "-05:30", -330)]
    [InlineData("+2", "+02:00", 120)]
    [InlineData("-11", "-11:00", -660)]
    [InlineData(" +05:45 ", "+05:45", 345)]
    [InlineData("+0000", "UTC", 0)]
    [InlineData("+14:00", "+14:00", 840)]
    public void Fixed_offsets(string text, string shown, int minutes)
    {
        var zone = Zone(text);
        zone.ToString().Should().Be(shown);
        zone.IsFixedOffset.Should().BeTrue();
        zone.ToUtc(Local(2024, 1, 1, 12, 0, 0)).Should().Be(Utc(2024, 1, 1, 12, 0, 0).AddMinutes(-minutes));
        zone.ToUtc(Local(2024, 1, 1, 12, 0, 0)).Kind.Should().Be(DateTimeKind.Utc);
    }

    [Theory]
    [InlineData("", "empty time zone")]
    [InlineData("+25:00", "out of range")]
    [InlineData("+14:30", "out of range")]
    [InlineData("+02:60", "out of range")]
    [InlineData("+2:0", "not a valid UTC offset")]
    [InlineData("+abc", "not a valid UTC offset")]
    [InlineData("+123456", "not a valid UTC offset")]
    [InlineData("Europe/Berln", "unknown time zone 'Europe/Berln'")]
    [InlineData("Central European Time", "is not a time zone")]
    public void Bad_specs_have_clear_errors(string text, string fragment)
    {
        TimeZoneSpec.TryParse(text, out var spec, out var error).Should().BeFalse();
        spec.Should().BeNull();
        error.Should().Contain(fragment);
    }

    [Fact]
    public void Iana_names_resolve_with_invariant_globalization()
    {
        var berlin = Zone("Europe/Berlin");
        berlin.ToString().Should().Be("Europe/Berlin");
        berlin.IsFixedOffset.Should().BeFalse();
        berlin.ToUtc(Local(2024, 1, 15, 12, 0, 0)).Should().Be(Utc(2024, 1, 15, 11, 0, 0));
        berlin.ToUtc(Local(2024, 7, 15, 12, 0, 0)).Should().Be(Utc(2024, 7, 15, 10, 0, 0));

        var newYork = Zone("America/New_York");
        newYork.ToUtc(Local(2024, 1, 15, 12, 0, 0)).Should().Be(Utc(2024, 1, 15, 17, 0, 0));
        newYork.ToUtc(Local(2024, 7, 15, 12, 0, 0)).Should().Be(Utc(2024, 7, 15, 16, 0, 0));

        Zone("Asia/Kathmandu").ToUtc(Local(2024, 7, 15, 12, 0, 0)).Should().Be(Utc(2024, 7, 15, 6, 15, 0));
        Zone("Etc/UTC").ToUtc(Local(2024, 7, 15, 12, 0, 0)).Should().Be(Utc(2024, 7, 15, 12, 0, 0));
    }

    [Fact]
    public void Iana_conversion_is_correct_on_both_sides_of_the_spring_gap()
    {
        var berlin = Zone("Europe/Berlin");
        // 2024-03-31: 02:00 CET jumps to 03:00 CEST.
        berlin.ToUtc(Local(2024, 3, 31, 1, 59, 59)).Should().Be(Utc(2024, 3, 31, 0, 59, 59));
        berlin.ToUtc(Local(2024, 3, 31, 3, 0, 0)).Should().Be(Utc(2024, 3, 31, 1, 0, 0));
        // A time inside the gap never appears on the appliance; it gets the offset in force before the gap.
        berlin.ToUtc(Local(2024, 3, 31, 2, 30, 0)).Should().Be(Utc(2024, 3, 31, 1, 30, 0));
    }

    [Fact]
    public void Ambiguous_autumn_hour_is_standard_time_unless_a_previous_time_says_otherwise()
    {
        var berlin = Zone("Europe/Berlin");
        // 2024-10-27: 03:00 CEST falls back to 02:00 CET; 02:00-02:59 occurs twice.
        berlin.ToUtc(Local(2024, 10, 27, 2, 30, 0)).Should().Be(Utc(2024, 10, 27, 1, 30, 0));
        berlin.ToUtc(Local(2024, 10, 27, 2, 30, 0), Utc(2024, 10, 27, 0, 20, 0)).Should().Be(Utc(2024, 10, 27, 0, 30, 0));
        berlin.ToUtc(Local(2024, 10, 27, 2, 30, 0), Utc(2024, 10, 27, 1, 20, 0)).Should().Be(Utc(2024, 10, 27, 1, 30, 0));
    }

    [Fact]
    public void Cached_hours_give_the_same_answers_as_the_zone_itself()
    {
        var berlin = Zone("Europe/Berlin");
        var info = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // Walk two years in 7-minute steps twice (the second pass hits the cache) and compare.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var t = Local(2023, 1, 1, 0, 0, 0); t < Local(2025, 1, 1, 0, 0, 0); t = t.AddMinutes(7 * 61))
            {
                var expected = DateTime.SpecifyKind(t - info.GetUtcOffset(t), DateTimeKind.Utc);
                berlin.ToUtc(t).Should().Be(expected, "local {0:O}", t);
            }
        }
    }

    [Fact]
    public void From_utc_is_the_inverse_for_unambiguous_times()
    {
        var berlin = Zone("Europe/Berlin");
        berlin.FromUtc(Utc(2024, 7, 15, 10, 0, 0)).Should().Be(Local(2024, 7, 15, 12, 0, 0));
        Zone("-05:30").FromUtc(Utc(2024, 7, 15, 10, 0, 0)).Should().Be(Local(2024, 7, 15, 4, 30, 0));
    }

    [Fact]
    public void Header_offsets_become_fixed_zones()
    {
        TimeZoneSpec.FromOffsetSeconds(-21600).ToString().Should().Be("-06:00");
        TimeZoneSpec.FromOffsetSeconds(0).Should().BeSameAs(TimeZoneSpec.Utc);
        TimeZoneSpec.FromOffsetSeconds(19800).ToUtc(Local(2024, 1, 1, 5, 30, 0)).Should().Be(Utc(2024, 1, 1, 0, 0, 0));
    }
}
