using EsaTls.LogGen.Model;

namespace EsaTls.LogGen.Output;

/// <summary>Where the lines of one or more appliances go: the framing is the sink's business.</summary>
internal interface ILineSink : IDisposable
{
    /// <summary>Frames and writes one message text; returns the bytes the framed line takes.</summary>
    int Write(Appliance appliance, long utcMs, LogLevel level, ReadOnlySpan<byte> message, in LineKeys keys);

    /// <summary>Files written, for the summary.</summary>
    IReadOnlyList<string> Files { get; }
}

internal static class Levels
{
    public static ReadOnlySpan<byte> Prefix(LogLevel level) => level switch
    {
        LogLevel.Debug => "Debug: "u8,
        LogLevel.Warning => "Warning: "u8,
        _ => "Info: "u8,
    };

    /// <summary>Syslog PRI for facility mail (2): 16 + severity.</summary>
    public static ReadOnlySpan<byte> Pri(LogLevel level) => level switch
    {
        LogLevel.Debug => "<23>"u8,
        LogLevel.Warning => "<20>"u8,
        _ => "<22>"u8,
    };
}
