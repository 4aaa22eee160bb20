using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Parsing;

namespace EsaTls.Core.Pipeline;

/// <summary>How one input source is read.</summary>
public sealed record SourceSettings
{
    /// <summary>Last-resort appliance identity: the file group (directory + base name) or the listener.</summary>
    public required string FallbackIdentity { get; init; }

    /// <summary>Configured appliance name (<c>--host</c>): overrides every other identity.</summary>
    public string? Appliance { get; init; }

    public FramingOptions Framing { get; init; } = new();

    /// <summary>Serial learnt from an earlier file of the same group (a file that starts without a header).</summary>
    public string? InheritedSerial { get; init; }
}

/// <summary>
/// framing → parsing → correlation for the lines of one source. Appliance identity per line (design.md §1):
/// configured name, else the syslog hostname, else the file header serial, else the source's fallback.
/// </summary>
public sealed class SourceProcessor
{
    private readonly SourceSettings _settings;
    private readonly IngestStats _stats;
    private readonly ICorrelatorInput? _correlator;
    private readonly LineFramer _framer;
    private readonly Action<ReadOnlySpan<byte>, string>? _onUnrecognised;
    private byte[] _lastHostBytes = [];
    private string _lastHost = "";

    /// <param name="correlator">Null for parse-only runs (<c>check</c>); a recorder when correlation runs on another thread.</param>
    /// <param name="onUnrecognised">Receives every unrecognised line verbatim and its reason.</param>
    public SourceProcessor(SourceSettings settings, IngestStats stats, ICorrelatorInput? correlator, Action<ReadOnlySpan<byte>, string>? onUnrecognised = null)
    {
        _settings = settings;
        _stats = stats;
        _correlator = correlator;
        _onUnrecognised = onUnrecognised;
        _framer = new LineFramer(settings.Framing);
        Serial = settings.InheritedSerial;
    }

    /// <summary>The appliance serial from this source's header (or inherited).</summary>
    public string? Serial { get; private set; }

    /// <summary>Latest line time seen: how far this source has got in log time (sources are read in step by it).</summary>
    public DateTime LastTimestampUtc { get; private set; }

    public void ProcessLine(ReadOnlySpan<byte> line, bool oversized = false)
    {
        _stats.Line(line.Length);
        if (oversized)
        {
            _stats.TooLong();
        }
        if (!Utf8.IsValid(line))
        {
            // Kept: strings taken from the line decode invalid sequences as U+FFFD.
            _stats.BadUtf8();
        }
        // Garbage must not steer the lines after it (a bogus year, a time far ahead): undone when unrecognised.
        var mark = _framer.Mark();
        var lastTime = LastTimestampUtc;
        var error = _framer.TryFrame(line, out var framed);
        if (error == FrameError.None && framed.TimestampUtc > LastTimestampUtc)
        {
            LastTimestampUtc = framed.TimestampUtc;
        }
        if (error != FrameError.None)
        {
            if (error == FrameError.Blank)
            {
                _stats.BlankLine();
            }
            else
            {
                Unrecognised(line, UnrecognisedReasons.Of(error));
            }
            return;
        }
        if (!framed.Tag.IsEmpty && Subscriptions.IsOtherSubscription(framed.Tag))
        {
            _stats.Other();
            return;
        }
        if (Subscriptions.IsConsolidatedEvent(framed.Message))
        {
            _stats.Consolidated();
            if (!ProcessConsolidated(line, framed, oversized))
            {
                _framer.Rewind(mark);
                LastTimestampUtc = lastTime;
            }
            return;
        }
        var result = MailLineParser.Parse(framed.Message);
        switch (result.Disposition)
        {
            case LineDisposition.Event:
                _stats.Event();
                Dispatch(framed, result.Event!);
                break;
            case LineDisposition.Informational:
                _stats.Info();
                break;
            default:
                _framer.Rewind(mark);
                LastTimestampUtc = lastTime;
                Unrecognised(line, UnrecognisedReasons.Of(result.Reason));
                break;
        }
    }

    /// <summary>False when the line gave no event.</summary>
    private bool ProcessConsolidated(ReadOnlySpan<byte> line, in FramedLine framed, bool oversized)
    {
        var mayBeCut = oversized || ConsolidatedTruncation.MayBeCut(line.Length, framed.Message.Length);
        // Times inside the line have no zone: they are read in the zone the framer reads this source's timestamps in.
        var result = ConsolidatedEventParser.Parse(framed.Message, _framer.Zone, mayBeCut, framed.TimestampUtc);
        if (result.Event is not { } e)
        {
            Unrecognised(line, UnrecognisedReasons.Of(result.Error));
            return false;
        }
        _stats.Event();
        // The appliance of a consolidated line: configured name, else syslog host, else the serial it names, so that
        // it meets the text log file identified by the same serial in its header.
        var appliance = _settings.Appliance is null && framed.Host.IsEmpty && e.Serial is { } serial
            ? serial
            : Identity(framed.Host);
        _correlator?.Apply(appliance, framed.TimestampUtc, e);
        return true;
    }

    private void Unrecognised(ReadOnlySpan<byte> line, string reason)
    {
        _stats.Unknown(reason);
        _onUnrecognised?.Invoke(line, reason);
    }

    private void Dispatch(in FramedLine framed, MailEvent e)
    {
        switch (e)
        {
            case UtcOffsetHeader offset:
                _framer.ApplyUtcOffset(offset.Seconds);
                return;
            case ApplianceVersion { Serial: { } serial }:
                Serial = serial;
                var owner = Identity(framed.Host);
                if (!string.Equals(owner, serial, StringComparison.Ordinal))
                {
                    _correlator?.SetSerial(owner, serial);
                }
                return;
            default:
                _correlator?.Apply(Identity(framed.Host), framed.TimestampUtc, e);
                return;
        }
    }

    private string Identity(ReadOnlySpan<byte> host)
    {
        if (_settings.Appliance is { } configured)
        {
            return configured;
        }
        if (!host.IsEmpty)
        {
            // Syslog feeds carry the same few hosts over and over: decode only when the host changes.
            if (!host.SequenceEqual(_lastHostBytes))
            {
                _lastHostBytes = host.ToArray();
                _lastHost = Encoding.UTF8.GetString(host);
            }
            return _lastHost;
        }
        return Serial ?? _settings.FallbackIdentity;
    }

    /// <summary>What resuming this source needs besides the byte offset: framing state and the serial.</summary>
    public string SaveState() => JsonSerializer.Serialize(new SourceStateDto(_framer.SaveState(), Serial), SourceStateJson.Default.SourceStateDto);

    /// <exception cref="InvalidDataException">The text is not a saved source state (a damaged checkpoint).</exception>
    public void RestoreState(string state)
    {
        SourceStateDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(state, SourceStateJson.Default.SourceStateDto);
            if (dto is null)
            {
                return;
            }
            _framer.RestoreState(dto.Framer ?? throw new FormatException("no framer state"));
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new InvalidDataException($"the saved state of a source is damaged: {e.Message}", e);
        }
        Serial = dto.Serial ?? Serial;
    }

    /// <summary>The serial recorded in a saved source state (for headerless files that follow it).</summary>
    public static string? SerialOf(string? state)
    {
        if (state is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(state, SourceStateJson.Default.SourceStateDto)?.Serial;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal sealed record SourceStateDto(string Framer, string? Serial);

[JsonSerializable(typeof(SourceStateDto))]
internal sealed partial class SourceStateJson : JsonSerializerContext;
