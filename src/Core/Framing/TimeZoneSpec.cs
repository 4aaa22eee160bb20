using System.Diagnostics.CodeAnalysis;

namespace EsaTls.Core.Framing;

/// <summary>A zone given as IANA name (<c>Europe/Berlin</c>) or fixed offset (<c>+02:00</c>, <c>-0530</c>, <c>UTC</c>).</summary>
public sealed class TimeZoneSpec
{
    /// <summary>UTC (also what an absent zone means).</summary>
    public static TimeZoneSpec Utc { get; } = new(TimeSpan.Zero, "UTC");

    // Fixed offset when _zone is null.
    private readonly TimeSpan _offset;
    private readonly TimeZoneInfo? _zone;
    private readonly string _text;

    // Offsets per local hour, direct-mapped: log lines arrive roughly in time order, so one zone lookup per
    // hour of log serves every line of that hour. Entries are immutable and swapped whole (thread-safe).
    private const int CacheSlots = 64;
    private readonly HourOffsets?[]? _cache;

    private TimeZoneSpec(TimeSpan offset, string text)
    {
        _offset = offset;
        _text = text;
    }

    private TimeZoneSpec(TimeZoneInfo zone)
    {
        _zone = zone;
        _text = zone.Id;
        _cache = new HourOffsets?[CacheSlots];
    }

    /// <summary>True for a fixed offset (UTC included); false for a zone with rules (DST).</summary>
    public bool IsFixedOffset => _zone is null;

    /// <summary>A fixed offset east of UTC (the <c>Time offset from UTC: N seconds</c> file header).</summary>
    public static TimeZoneSpec FromOffsetSeconds(int seconds) =>
        seconds == 0 ? Utc : new TimeZoneSpec(TimeSpan.FromSeconds(seconds), FormatOffset(TimeSpan.FromSeconds(seconds)));

    public static bool TryParse(string text, [NotNullWhen(true)] out TimeZoneSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        error = null;
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
        {
            error = "empty time zone: give an IANA name such as Europe/Berlin, UTC, or an offset such as +02:00";
            return false;
        }

        if (t.Equals("UTC", StringComparison.OrdinalIgnoreCase) || t.Equals("Z", StringComparison.OrdinalIgnoreCase)
            || t.Equals("GMT", StringComparison.OrdinalIgnoreCase))
        {
            spec = Utc;
            return true;
        }

        if (t[0] is '+' or '-')
        {
            if (!TryParseOffset(t, out var offset, out error))
            {
                return false;
            }
            spec = offset == TimeSpan.Zero ? Utc : new TimeZoneSpec(offset, FormatOffset(offset));
            return true;
        }

        if (t.Contains(' ', StringComparison.Ordinal) || t.Contains("..", StringComparison.Ordinal))
        {
            error = $"'{t}' is not a time zone: give an IANA name such as Europe/Berlin, UTC, or an offset such as +02:00";
            return false;
        }

        // IANA names resolve from the system tz database on Linux; this works with invariant globalization
        // (ICU is only needed to map Windows zone ids).
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(t, out var zone))
        {
            error = $"unknown time zone '{t}': give an IANA name such as Europe/Berlin (is the tz database installed?), UTC, or an offset such as +02:00";
            return false;
        }
        spec = zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime && zone.GetAdjustmentRules().Length == 0
            ? new TimeZoneSpec(TimeSpan.Zero, zone.Id)
            : new TimeZoneSpec(zone);
        return true;
    }

    /// <summary>Converts a wall-clock time in this zone to UTC.</summary>
    /// <remarks>A wall-clock time that occurs twice (end of DST) is taken as standard time; times in the gap at
    /// the start of DST, which the zone never shows, get the offset in force before the gap.</remarks>
    public DateTime ToUtc(DateTime local) => ToUtc(local, null);

    /// <summary>
    /// As <see cref="ToUtc(DateTime)"/>, but a wall-clock time that occurs twice is resolved to the candidate
    /// nearest to <paramref name="nearUtc"/> (the previous line's time), so the repeated hour at the end of DST
    /// maps to increasing UTC times.
    /// </summary>
    public DateTime ToUtc(DateTime local, DateTime? nearUtc)
    {
        var ticks = local.Ticks;
        if (_zone is null)
        {
            return new DateTime(Clamp(ticks - _offset.Ticks), DateTimeKind.Utc);
        }

        var hour = ticks / TimeSpan.TicksPerHour;
        var slot = (int)(hour & (CacheSlots - 1));
        var entry = _cache![slot];
        if (entry is null || entry.Hour != hour)
        {
            entry = HourOffsets.Compute(_zone, hour);
            _cache[slot] = entry;
        }

        long offsetTicks;
        if (entry.Uniform)
        {
            offsetTicks = entry.Offset;
            if (entry.Ambiguous && nearUtc is { } near)
            {
                offsetTicks = Nearest(ticks, entry.Offset, entry.OtherOffset, near.Ticks);
            }
        }
        else
        {
            // An hour in which the offset changes at an odd minute (historic rules): look this line up exactly.
            var unspecified = new DateTime(ticks, DateTimeKind.Unspecified);
            offsetTicks = _zone.GetUtcOffset(unspecified).Ticks;
            if (nearUtc is { } near && _zone.IsAmbiguousTime(unspecified))
            {
                var candidates = _zone.GetAmbiguousTimeOffsets(unspecified);
                offsetTicks = Nearest(ticks, candidates[0].Ticks, candidates[^1].Ticks, near.Ticks);
            }
        }
        return new DateTime(Clamp(ticks - offsetTicks), DateTimeKind.Utc);
    }

    /// <summary>Wall-clock time in this zone of a UTC instant.</summary>
    public DateTime FromUtc(DateTime utc)
    {
        var ticks = DateTime.SpecifyKind(utc, DateTimeKind.Utc).Ticks;
        if (_zone is null)
        {
            return new DateTime(Clamp(ticks + _offset.Ticks), DateTimeKind.Unspecified);
        }
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
        return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
    }

    public override string ToString() => _text;

    private static long Nearest(long localTicks, long offsetA, long offsetB, long nearTicks)
    {
        var a = Math.Abs(localTicks - offsetA - nearTicks);
        var b = Math.Abs(localTicks - offsetB - nearTicks);
        return b < a ? offsetB : offsetA;
    }

    private static long Clamp(long ticks) => Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);

    private static bool TryParseOffset(string t, out TimeSpan offset, [NotNullWhen(false)] out string? error)
    {
        offset = default;
        error = null;
        var sign = t[0] == '-' ? -1 : 1;
        var body = t.AsSpan(1);
        int hours, minutes = 0;
        var colon = body.IndexOf(':');
        if (colon >= 0)
        {
            if (!TryDigits(body[..colon], 1, 2, out hours) || !TryDigits(body[(colon + 1)..], 2, 2, out minutes))
            {
                error = BadOffset(t);
                return false;
            }
        }
        else if (body.Length is 3 or 4)
        {
            if (!TryDigits(body[..^2], 1, 2, out hours) || !TryDigits(body[^2..], 2, 2, out minutes))
            {
                error = BadOffset(t);
                return false;
            }
        }
        else if (!TryDigits(body, 1, 2, out hours))
        {
            error = BadOffset(t);
            return false;
        }

        if (minutes > 59 || hours > 14 || (hours == 14 && minutes > 0))
        {
            error = $"'{t}' is out of range: UTC offsets go from -14:00 to +14:00";
            return false;
        }
        offset = new TimeSpan(sign * hours, sign * minutes, 0);
        return true;
    }

    private static string BadOffset(string t) =>
        $"'{t}' is not a valid UTC offset: use +hh:mm, -hhmm or +h (for example +02:00, -0530, +2)";

    private static bool TryDigits(ReadOnlySpan<char> s, int minLength, int maxLength, out int value)
    {
        value = 0;
        if (s.Length < minLength || s.Length > maxLength)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    private static string FormatOffset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return abs.Seconds == 0
            ? $"{sign}{abs.Hours + (abs.Days * 24):00}:{abs.Minutes:00}"
            : $"{sign}{abs.Hours + (abs.Days * 24):00}:{abs.Minutes:00}:{abs.Seconds:00}";
    }

    /// <summary>Zone offsets of one local hour.</summary>
    private sealed class HourOffsets
    {
        public long Hour { get; private init; }

        /// <summary>Every wall-clock time of the hour has the same offset (or the same pair, when ambiguous).</summary>
        public bool Uniform { get; private init; }

        /// <summary>Offset for unambiguous times; the standard-time candidate for ambiguous ones.</summary>
        public long Offset { get; private init; }

        /// <summary>The whole hour occurs twice (end of DST); <see cref="OtherOffset"/> is the other candidate.</summary>
        public bool Ambiguous { get; private init; }

        public long OtherOffset { get; private init; }

        public static HourOffsets Compute(TimeZoneInfo zone, long hour)
        {
            var first = new DateTime(hour * TimeSpan.TicksPerHour, DateTimeKind.Unspecified);
            var last = first.AddTicks(TimeSpan.TicksPerHour - 1);
            var offset = zone.GetUtcOffset(first);
            var firstAmbiguous = zone.IsAmbiguousTime(first);
            var lastAmbiguous = zone.IsAmbiguousTime(last);
            var uniform = zone.GetUtcOffset(last) == offset && firstAmbiguous == lastAmbiguous
                && !zone.IsInvalidTime(first) && !zone.IsInvalidTime(last);
            long other = offset.Ticks;
            if (uniform && firstAmbiguous)
            {
                var a = zone.GetAmbiguousTimeOffsets(first);
                var b = zone.GetAmbiguousTimeOffsets(last);
                uniform = a.Length == 2 && b.Length == 2 && a[0] == b[0] && a[1] == b[1];
                if (uniform)
                {
                    other = a[0] == offset ? a[1].Ticks : a[0].Ticks;
                }
            }
            return new HourOffsets
            {
                Hour = hour,
                Uniform = uniform,
                Offset = offset.Ticks,
                Ambiguous = uniform && firstAmbiguous,
                OtherOffset = other,
            };
        }
    }
}
