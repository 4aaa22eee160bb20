using EsaTls.Core.Framing;

namespace EsaTls.Fuzz.Targets;

/// <summary>Zones and framing options the targets draw from: fixed offsets and zones with DST and odd offsets.</summary>
internal static class FuzzZones
{
    private static readonly TimeZoneSpec[] Zones = Build();

    private static TimeZoneSpec[] Build()
    {
        var list = new List<TimeZoneSpec>();
        foreach (var text in new[] { "UTC", "+02:00", "-05:30", "+14:00", "-12:00", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns" })
        {
            if (TimeZoneSpec.TryParse(text, out var zone, out _))
            {
                list.Add(zone);
            }
        }
        return [.. list];
    }

    public static TimeZoneSpec? Zone(Random random) => random.Next(4) == 0 ? null : Zones[random.Next(Zones.Length)];

    public static FramingOptions Framing(Random random) => new()
    {
        Zone = Zone(random),
        Year = random.Next(3) == 0 ? null : random.Next(1990, 2101),
        NowUtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.NextDouble() * 60 * 365.25 * 86400),
    };
}
