namespace EsaTls.Core.Framing;

/// <summary>
/// A ctime-like timestamp prefix taken apart: <c>[Www ]Mmm [ ]d HH:MM:SS[ YYYY]</c>. Values are checked for
/// range but the weekday is not (public samples carry impossible weekdays).
/// </summary>
internal readonly struct Stamp
{
    public bool HasWeekday { get; init; }
    public int Year { get; init; }   // 0 when the timestamp has no year (syslog)
    public int Month { get; init; }
    public int Day { get; init; }
    public int Hour { get; init; }
    public int Minute { get; init; }
    public int Second { get; init; }

    public bool HasYear => Year != 0;

    public const int MinYear = 1970;
    public const int MaxYear = 9000;

    /// <summary>
    /// Parses a timestamp at <paramref name="pos"/> and moves <paramref name="pos"/> after it. NoTimestamp when
    /// the text does not have the shape; BadTimestamp when it has it but a value is impossible.
    /// </summary>
    public static FrameError TryParse(ReadOnlySpan<byte> s, ref int pos, out Stamp stamp)
    {
        stamp = default;
        var p = pos;
        var hasWeekday = false;
        if (IsWord3(s, p) && p + 3 < s.Length && s[p + 3] == (byte)' ' && IsWord3(s, p + 4))
        {
            hasWeekday = true;
            p += 4;
        }
        if (!IsWord3(s, p))
        {
            return FrameError.NoTimestamp;
        }
        var month = MonthOf(s[p], s[p + 1], s[p + 2]);
        p += 3;

        // Day: space padded in ctime ("Sep  6"), single space in copies ("Sep 6"), zero padded in syslog ("Apr 03").
        if (p >= s.Length || s[p] != (byte)' ')
        {
            return FrameError.NoTimestamp;
        }
        p++;
        if (p < s.Length && s[p] == (byte)' ')
        {
            p++;
        }
        var day = 0;
        var dayDigits = 0;
        while (p < s.Length && dayDigits < 2 && IsDigit(s[p]))
        {
            day = (day * 10) + (s[p] - '0');
            p++;
            dayDigits++;
        }
        if (dayDigits == 0 || p >= s.Length || s[p] != (byte)' ')
        {
            return FrameError.NoTimestamp;
        }
        p++;

        if (p + 8 > s.Length || s[p + 2] != (byte)':' || s[p + 5] != (byte)':'
            || !TwoDigits(s, p, out var hour) || !TwoDigits(s, p + 3, out var minute) || !TwoDigits(s, p + 6, out var second))
        {
            return FrameError.NoTimestamp;
        }
        p += 8;
        if (p < s.Length && s[p] != (byte)' ')
        {
            return FrameError.NoTimestamp;
        }

        // Year: four digits after one blank, then a blank, a colon ("2019: CEF:0|…") or the end.
        var year = 0;
        if (p + 5 <= s.Length && s[p] == (byte)' ' && TwoDigits(s, p + 1, out var hi) && TwoDigits(s, p + 3, out var lo)
            && (p + 5 == s.Length || s[p + 5] == (byte)' ' || s[p + 5] == (byte)':'))
        {
            year = (hi * 100) + lo;
            p += 5;
            if (year is < MinYear or > MaxYear)
            {
                return FrameError.BadTimestamp;
            }
        }

        // A leap second (":60") is kept as the last second of the minute rather than dropping the line.
        if (second == 60)
        {
            second = 59;
        }
        if (month == 0 || day < 1 || day > (year == 0 ? MaxDays(month) : DateTime.DaysInMonth(year, month))
            || hour > 23 || minute > 59 || second > 59)
        {
            return FrameError.BadTimestamp;
        }

        stamp = new Stamp
        {
            HasWeekday = hasWeekday,
            Year = year,
            Month = month,
            Day = day,
            Hour = hour,
            Minute = minute,
            Second = second,
        };
        pos = p;
        return FrameError.None;
    }

    /// <summary>Wall-clock time in <paramref name="year"/>; false when the date does not exist in it (Feb 29).</summary>
    public bool TryLocal(int year, out DateTime local)
    {
        if (year is < MinYear or > MaxYear || Day > DateTime.DaysInMonth(year, Month))
        {
            local = default;
            return false;
        }
        local = new DateTime(year, Month, Day, Hour, Minute, Second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Days of a month in a leap year: the most a year-less date may have.</summary>
    private static int MaxDays(int month) => month == 2 ? 29 : DateTime.DaysInMonth(2000, month);

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsWord3(ReadOnlySpan<byte> s, int p) =>
        p + 3 <= s.Length && IsLetter(s[p]) && IsLetter(s[p + 1]) && IsLetter(s[p + 2]);

    private static bool TwoDigits(ReadOnlySpan<byte> s, int p, out int value)
    {
        if (p + 2 <= s.Length && IsDigit(s[p]) && IsDigit(s[p + 1]))
        {
            value = ((s[p] - '0') * 10) + (s[p + 1] - '0');
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>Month number of a three-letter English month name (any case); 0 when it is none.</summary>
    private static int MonthOf(byte a, byte b, byte c) =>
        (((a | 0x20) << 16) | ((b | 0x20) << 8) | (c | 0x20)) switch
        {
            ('j' << 16) | ('a' << 8) | 'n' => 1,
            ('f' << 16) | ('e' << 8) | 'b' => 2,
            ('m' << 16) | ('a' << 8) | 'r' => 3,
            ('a' << 16) | ('p' << 8) | 'r' => 4,
            ('m' << 16) | ('a' << 8) | 'y' => 5,
            ('j' << 16) | ('u' << 8) | 'n' => 6,
            ('j' << 16) | ('u' << 8) | 'l' => 7,
            ('a' << 16) | ('u' << 8) | 'g' => 8,
            ('s' << 16) | ('e' << 8) | 'p' => 9,
            ('o' << 16) | ('c' << 8) | 't' => 10,
            ('n' << 16) | ('o' << 8) | 'v' => 11,
            ('d' << 16) | ('e' << 8) | 'c' => 12,
            _ => 0,
        };
}
