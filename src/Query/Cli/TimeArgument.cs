using System.Globalization;

namespace EsaTls.Query.Cli;

/// <summary>
/// <c>--since</c>/<c>--until</c> values: an ISO date (<c>2024-03-01</c>, midnight UTC), date and time
/// (<c>2024-03-01T10:00</c>, <c>2024-03-01 10:00:05.250</c>; UTC unless an offset such as <c>Z</c> or
/// <c>+02:00</c> is given), or a time before now (<c>30m</c>, <c>24h</c>, <c>7d</c>, also <c>s</c> and <c>w</c>).
/// </summary>
public static class TimeArgument
{
    private static readonly string[] Formats = BuildFormats();

    public static DateTime Parse(string option, string text, DateTimeOffset now)
    {
        var value = text.Trim();
        if (TryParseRelative(value, out var ago))
        {
            return (now - ago).UtcDateTime;
        }
        if (DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time.UtcDateTime;
        }
        throw new UsageException(
            $"{option}: '{text}' is not a time; use an ISO date or date-time (2024-03-01, 2024-03-01T10:00, 2024-03-01T10:00:00+02:00) or a duration before now (30m, 24h, 7d)");
    }

    private static bool TryParseRelative(string value, out TimeSpan ago)
    {
        ago = default;
        if (value.Length < 2 || !long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }
        var unit = value[^1] switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            'w' => TimeSpan.FromDays(7),
            _ => TimeSpan.Zero,
        };
        // Up to about a century back: anything larger is a typo, not a window.
        if (unit == TimeSpan.Zero || n > 36_500L * TimeSpan.TicksPerDay / unit.Ticks)
        {
            return false;
        }
        ago = unit * n;
        return true;
    }

    private static string[] BuildFormats()
    {
        var formats = new List<string> { "yyyy-MM-dd" };
        foreach (var separator in new[] { "'T'", " " })
        {
            foreach (var time in new[] { "HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF" })
            {
                foreach (var zone in new[] { "", "'Z'", "zzz" })
                {
                    formats.Add("yyyy-MM-dd" + separator + time + zone);
                }
            }
        }
        return [.. formats];
    }
}
