namespace EsaTls.Core.Framing;

public enum FrameKind
{
    /// <summary><c>Www Mmm dd HH:MM:SS YYYY Level: text</c> (file written by the appliance).</summary>
    Native,
    /// <summary>RFC 3164 syslog push: <c>[&lt;PRI&gt;]Mmm dd HH:MM:SS [host] tag: Level: text</c>.</summary>
    Syslog,
}

/// <summary>
/// One line with its framing taken apart. Spans point into the reader's buffer and are valid until the
/// next line is read.
/// </summary>
public readonly ref struct FramedLine
{
    public FrameKind Kind { get; init; }

    /// <summary>UTC time of the line (zone and year resolved by the framer).</summary>
    public DateTime TimestampUtc { get; init; }

    /// <summary><c>Info</c>, <c>Warning</c>, <c>Debug</c>…; empty for consolidated-event (CEF) lines, which have no level.</summary>
    public ReadOnlySpan<byte> Level { get; init; }

    /// <summary>Syslog hostname; empty when absent (native framing, or syslog without a host).</summary>
    public ReadOnlySpan<byte> Host { get; init; }

    /// <summary>Syslog tag = the log subscription's name (<c>mail_logs</c>, …); empty in native framing.</summary>
    public ReadOnlySpan<byte> Tag { get; init; }

    /// <summary>The message text after the level (trailing blanks removed); for CEF lines it starts at <c>CEF:</c>.</summary>
    public ReadOnlySpan<byte> Message { get; init; }
}

/// <summary>Why a line could not be framed (counted by the pipeline; never fatal).</summary>
public enum FrameError
{
    None,
    /// <summary>Empty or blank line.</summary>
    Blank,
    /// <summary>No native or syslog timestamp where one must be.</summary>
    NoTimestamp,
    /// <summary>A timestamp-shaped prefix with impossible values (month 13, day 0, 25:00…).</summary>
    BadTimestamp,
    /// <summary>Timestamp present but no <c>Level:</c> and no CEF payload after it.</summary>
    NoLevel,
}
