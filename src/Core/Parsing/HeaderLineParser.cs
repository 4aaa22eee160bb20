using static EsaTls.Core.Parsing.Results;

namespace EsaTls.Core.Parsing;

/// <summary>File header lines (esa-mail-logs.md §1.3): <c>Begin Logfile</c>, <c>Version: … SN: …</c>, <c>Time offset from UTC: n seconds</c>.</summary>
internal static class HeaderLineParser
{
    private static readonly LogfileBegin Begin = new();

    /// <summary>After <c>Begin</c>.</summary>
    public static ParseResult ParseBegin(ref SpanCursor c) =>
        c.TryWord("Logfile"u8) && c.IsAtEnd() ? ParseResult.Of(Begin) : UnknownLine;

    /// <summary>After <c>End</c>: <c>End Logfile</c> is plausible (never seen) and carries nothing.</summary>
    public static ParseResult ParseEnd(ref SpanCursor c) =>
        c.TryWord("Logfile"u8) ? Info : UnknownLine;

    /// <summary>After <c>Version:</c>: <c>14.0.0-657 SN: 42127C7D…</c>; the serial may be missing.</summary>
    public static ParseResult ParseVersion(ref SpanCursor c)
    {
        var version = c.ReadToken();
        if (version.IsEmpty)
        {
            return UnknownLine;
        }
        string? serial = null;
        if (c.TryWordOrColon("SN"u8))
        {
            serial = LogText.DecodeOrNull(c.ReadToken());
        }
        return ParseResult.Of(new ApplianceVersion(LogText.Decode(version), serial));
    }

    /// <summary>After <c>Time</c>: <c>offset from UTC: -21600 seconds</c>.</summary>
    public static ParseResult ParseTimeOffset(ref SpanCursor c)
    {
        if (!c.TryWord("offset"u8) || !c.TryWord("from"u8) || !c.TryWordOrColon("UTC"u8))
        {
            return UnknownLine;
        }
        var negative = c.TryPrefix("-"u8);
        if (!negative)
        {
            c.TryPrefix("+"u8);
        }
        // Real offsets are within ±14 h; anything beyond a day is not an offset.
        if (!c.TryId(out var seconds) || seconds > 86_400)
        {
            return UnknownLine;
        }
        return ParseResult.Of(new UtcOffsetHeader((int)(negative ? -seconds : seconds)));
    }
}
