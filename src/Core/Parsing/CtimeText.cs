namespace EsaTls.Core.Parsing;

/// <summary>
/// Reads a ctime timestamp as AsyncOS writes it inside consolidated event values: <c>Thu Nov  3 14:05:43 2022</c>
/// (day space-padded or not, weekday optional and never validated — sanitised samples carry impossible ones).
/// The result is wall-clock time with no zone.
/// </summary>
internal static class CtimeText
{
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTime local)
    {
        local = default;
        var c = new SpanCursor(Utf8Text.Trim(text));
        var first = c.ReadToken();
        if (first.Length != 3)
        {
            return false;
        }
        var month = MonthOf(first);
        if (month == 0)
        {
            // A weekday came first.
            month = MonthOf(c.ReadToken());
            if (month == 0)
            {
                return false;
            }
        }
        if (!c.TryInt(out var day) || !TryClock(c.ReadToken(), out var hour, out var minute, out var second)
            || !c.TryInt(out var year) || !c.IsAtEnd())
        {
            return false;
        }
        if (year is < 1970 or > 9000 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryClock(ReadOnlySpan<byte> t, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        if (t.Length != 8 || t[2] != (byte)':' || t[5] != (byte)':')
        {
            return false;
        }
        return TwoDigits(t, 0, out hour) && TwoDigits(t, 3, out minute) && TwoDigits(t, 6, out second)
            && hour < 24 && minute < 60 && second < 60;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> t, int at, out int value)
    {
        value = 0;
        if (!Utf8Text.IsDigit(t[at]) || !Utf8Text.IsDigit(t[at + 1]))
        {
            return false;
        }
        value = ((t[at] - '0') * 10) + (t[at + 1] - '0');
        return true;
    }

    private static int MonthOf(ReadOnlySpan<byte> token)
    {
        if (token.Length != 3)
        {
            return 0;
        }
        ReadOnlySpan<byte> names = "janfebmaraprmayjunjulaugsepoctnovdec"u8;
        Span<byte> lower = [(byte)(token[0] | 0x20), (byte)(token[1] | 0x20), (byte)(token[2] | 0x20)];
        for (var m = 0; m < 12; m++)
        {
            if (names.Slice(m * 3, 3).SequenceEqual(lower))
            {
                return m + 1;
            }
        }
        return 0;
    }
}
