using System.Text;
using EsaTls.Core.Framing;

namespace EsaTls.Tests.Framing;

/// <summary>A framed line copied out of its spans, for assertions.</summary>
internal sealed record Framed(FrameKind Kind, DateTime Utc, string Level, string Host, string Tag, string Message);

internal static class FramingTestHelpers
{
    public static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    public static LineFramer Framer(int? year = null, TimeZoneSpec? zone = null, DateTime? now = null) =>
        new(new FramingOptions { Year = year, Zone = zone, NowUtc = now ?? Utc(2025, 6, 15, 12, 0, 0) });

    public static TimeZoneSpec Zone(string text)
    {
        TimeZoneSpec.TryParse(text, out var spec, out var error).Should().BeTrue(error);
        return spec!;
    }

    public static Framed Frame(this LineFramer framer, string line)
    {
        var error = framer.TryFrame(Encoding.UTF8.GetBytes(line), out var f);
        error.Should().Be(FrameError.None, "line: {0}", line);
        return Copy(f);
    }

    public static FrameError Error(this LineFramer framer, string line) =>
        framer.TryFrame(Encoding.UTF8.GetBytes(line), out _);

    public static Framed Copy(in FramedLine f) =>
        new(f.Kind, f.TimestampUtc, S(f.Level), S(f.Host), S(f.Tag), S(f.Message));

    private static string S(ReadOnlySpan<byte> s) => Encoding.UTF8.GetString(s);

    /// <summary>Offset of <paramref name="part"/> inside <paramref name="whole"/>; -1 when it is not a slice of it.</summary>
    public static int OffsetIn(ReadOnlySpan<byte> whole, ReadOnlySpan<byte> part) =>
        whole.Overlaps(part, out var offset) && offset >= 0 && offset + part.Length <= whole.Length ? offset : -1;
}
