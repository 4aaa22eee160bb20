using EsaTls.Core.Contract;
using EsaTls.Core.Framing;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>Why a consolidated event line gave no event (counted per reason, never thrown).</summary>
public enum ConsolidatedLineError
{
    None,
    /// <summary>Not a CEF record: fewer than seven header fields, or no extension.</summary>
    Malformed,
    /// <summary>A CEF record of another kind than <c>ESA_CONSOLIDATED_LOG_EVENT</c>.</summary>
    OtherEvent,
    /// <summary>No usable <c>ESAMID</c>: the line cannot be tied to a message.</summary>
    NoMid,
}

public readonly record struct ConsolidatedParseResult(ConsolidatedMessage? Event, ConsolidatedLineError Error);

/// <summary>
/// Parses a consolidated event log line (the message text from <c>CEF:0|</c> on) into a
/// <see cref="ConsolidatedMessage"/>: CEF header and key=value extension on UTF-8 spans, both key generations
/// (<c>startTime/endTime/sourceAddress/sourceHostName</c> up to 14.x, <c>start/end/src/shost</c> from 15.0), custom
/// slots resolved by their labels. No regex, no exceptions; strings only for the values the event keeps.
/// </summary>
public static class ConsolidatedEventParser
{
    /// <param name="message">The text from <c>CEF:</c> on.</param>
    /// <param name="zone">Zone of the line's wall-clock times (the source's framing zone); null reads them as UTC.</param>
    /// <param name="mayBeCut">The source says the line may have been cut (length of a relay's limit, reader cap).</param>
    /// <param name="lineUtc">The line's framing time: picks the instant of a wall-clock time that a zone's DST change repeats.</param>
    public static ConsolidatedParseResult Parse(ReadOnlySpan<byte> message, TimeZoneSpec? zone = null, bool mayBeCut = false, DateTime? lineUtc = null)
    {
        if (!CefHeader.TryParse(Trim(message), out var header) || Trim(header.Extension).IsEmpty)
        {
            return new(null, ConsolidatedLineError.Malformed);
        }
        if (!EqualsIgnoreCase(Trim(header.SignatureId), "ESA_CONSOLIDATED_LOG_EVENT"u8))
        {
            return new(null, ConsolidatedLineError.OtherEvent);
        }

        var extension = header.Extension;
        Span<Slot> slots = stackalloc Slot[(int)Key.Count];
        slots.Fill(Slot.Absent);
        var reader = new CefExtensionReader(extension);
        var last = Key.None;
        var lastClosed = false;
        while (reader.TryNext(out var key, out var value))
        {
            var k = Lookup(key);
            if (k != Key.None)
            {
                slots[(int)k] = new Slot(reader.ValueOffset, value.Length);
            }
            last = k;
            lastClosed = reader.LastValueClosed;
        }
        var partial = mayBeCut || reader.CutEvidence;
        if (partial && last != Key.None && !lastClosed)
        {
            // The last plain value may have lost its tail ("ESAMID=1190" of 11900752, "TLSv1" of TLSv1.2): drop it.
            slots[(int)last] = Slot.Absent;
        }

        if (!TryId(slots[(int)Key.Mid].Of(extension), out var mid))
        {
            return new(null, ConsolidatedLineError.NoMid);
        }
        var e = new ConsolidatedMessage
        {
            Mid = mid,
            Icid = TryId(slots[(int)Key.Icid].Of(extension), out var icid) ? icid : null,
            Dcid = TryId(slots[(int)Key.Dcid].Of(extension), out var dcid) ? dcid : null,
            Serial = Text(slots, Key.Serial, extension),
            Product = NullIfEmpty(CefText.Header(header.Product)),
            Version = NullIfEmpty(CefText.Header(header.DeviceVersion)),
            StartUtc = Time(slots[(int)Key.Start].Of(extension), zone, lineUtc),
            EndUtc = Time(slots[(int)Key.End].Of(extension), zone, lineUtc),
            Direction = DirectionOf(slots[(int)Key.Direction].Of(extension)),
            MailFlowPolicy = Text(slots, Key.MailFlowPolicy, extension),
            SenderGroup = Text(slots, Key.SenderGroup, extension),
            Sbrs = Labelled(slots, Key.Cfp1, Key.Cfp1Label, CfpSlots, "SBRSScore"u8, extension, quoted: false),
            SourceIp = Text(slots, Key.SourceIp, extension),
            SourceHost = Text(slots, Key.SourceHost, extension),
            From = Text(slots, Key.From, extension),
            Recipients = Recipients(slots[(int)Key.To].Of(extension)),
            Subject = slots[(int)Key.Subject].IsPresent ? CefText.QuotedValueOrNull(slots[(int)Key.Subject].Of(extension)) : null,
            MessageId = Labelled(slots, Key.Cs1, Key.Cs1Label, CsSlots, "ExternalMsgID"u8, extension, quoted: true),
            Action = Text(slots, Key.Action, extension),
            ActionDetails = Text(slots, Key.ActionDetails, extension),
            TlsIn = Tls(slots, Key.TlsInStatus, Key.TlsInProtocol, Key.TlsInCipher, extension),
            TlsOut = Tls(slots, Key.TlsOutStatus, Key.TlsOutProtocol, Key.TlsOutCipher, extension),
            DaneStatus = Text(slots, Key.DaneStatus, extension),
            DaneHost = Text(slots, Key.DaneHost, extension),
            Partial = partial,
        };
        return new(e, ConsolidatedLineError.None);
    }

    // ---- keys ---------------------------------------------------------------------------------------

    private const int CsSlots = 6;
    private const int CfpSlots = 4;

    /// <summary>The keys the event keeps; both generations of a key share one slot.</summary>
    private enum Key
    {
        None = -1,
        Mid, Icid, Dcid, Serial, Start, End, Direction, MailFlowPolicy, SenderGroup, SourceIp, SourceHost,
        From, To, Subject, Action, ActionDetails,
        TlsInStatus, TlsInProtocol, TlsInCipher, TlsOutStatus, TlsOutProtocol, TlsOutCipher, DaneStatus, DaneHost,
        Cs1, Cs2, Cs3, Cs4, Cs5, Cs6,
        Cs1Label, Cs2Label, Cs3Label, Cs4Label, Cs5Label, Cs6Label,
        Cfp1, Cfp2, Cfp3, Cfp4,
        Cfp1Label, Cfp2Label, Cfp3Label, Cfp4Label,
        Count,
    }

    private static Key Lookup(ReadOnlySpan<byte> key)
    {
        if (key.Length > 3 && key.StartsWith("ESA"u8))
        {
            return LookupEsa(key[3..]);
        }
        if (key.Length >= 3 && key[0] == (byte)'c')
        {
            // cs1…cs6, cfp1…cfp4 and their …Label keys: the meaning of a slot is its label, not its number.
            var isCs = key[1] == (byte)'s';
            var prefix = isCs ? 2 : key.StartsWith("cfp"u8) ? 3 : 0;
            if (prefix == 0 || key.Length <= prefix || !IsDigit(key[prefix]))
            {
                return Key.None;
            }
            var n = key[prefix] - '0';
            var rest = key[(prefix + 1)..];
            var label = rest.SequenceEqual("Label"u8);
            if ((!rest.IsEmpty && !label) || n < 1 || n > (isCs ? CsSlots : CfpSlots))
            {
                return Key.None;
            }
            var first = isCs ? (label ? Key.Cs1Label : Key.Cs1) : (label ? Key.Cfp1Label : Key.Cfp1);
            return first + (n - 1);
        }
        return key.Length switch
        {
            3 when key.SequenceEqual("src"u8) => Key.SourceIp,
            3 when key.SequenceEqual("end"u8) => Key.End,
            3 when key.SequenceEqual("msg"u8) => Key.Subject,
            3 when key.SequenceEqual("act"u8) => Key.Action,
            5 when key.SequenceEqual("start"u8) => Key.Start,
            5 when key.SequenceEqual("shost"u8) => Key.SourceHost,
            5 when key.SequenceEqual("suser"u8) => Key.From,
            5 when key.SequenceEqual("duser"u8) => Key.To,
            7 when key.SequenceEqual("endTime"u8) => Key.End,
            9 when key.SequenceEqual("startTime"u8) => Key.Start,
            13 when key.SequenceEqual("sourceAddress"u8) => Key.SourceIp,
            14 when key.SequenceEqual("sourceHostName"u8) => Key.SourceHost,
            15 when key.SequenceEqual("deviceDirection"u8) => Key.Direction,
            16 when key.SequenceEqual("deviceExternalId"u8) => Key.Serial,
            _ => Key.None,
        };
    }

    /// <summary>Keys after their <c>ESA</c> prefix.</summary>
    private static Key LookupEsa(ReadOnlySpan<byte> k) => k.Length switch
    {
        3 when k.SequenceEqual("MID"u8) => Key.Mid,
        4 when k.SequenceEqual("ICID"u8) => Key.Icid,
        4 when k.SequenceEqual("DCID"u8) => Key.Dcid,
        8 when k.SequenceEqual("DaneHost"u8) => Key.DaneHost,
        10 when k.SequenceEqual("DaneStatus"u8) => Key.DaneStatus,
        11 when k.SequenceEqual("SenderGroup"u8) => Key.SenderGroup,
        11 when k.SequenceEqual("TLSInCipher"u8) => Key.TlsInCipher,
        12 when k.SequenceEqual("TLSOutCipher"u8) => Key.TlsOutCipher,
        13 when k.SequenceEqual("TLSInProtocol"u8) => Key.TlsInProtocol,
        14 when k.SequenceEqual("MailFlowPolicy"u8) => Key.MailFlowPolicy,
        14 when k.SequenceEqual("TLSOutProtocol"u8) => Key.TlsOutProtocol,
        15 when k.SequenceEqual("TLSInConnStatus"u8) => Key.TlsInStatus,
        16 when k.SequenceEqual("TLSOutConnStatus"u8) => Key.TlsOutStatus,
        18 when k.SequenceEqual("FinalActionDetails"u8) => Key.ActionDetails,
        _ => Key.None,
    };

    /// <summary>Where a value lies in the extension; <see cref="Absent"/> when its key was not seen.</summary>
    private readonly record struct Slot(int Start, int Length)
    {
        public static Slot Absent => new(-1, 0);

        public bool IsPresent => Start >= 0;

        public ReadOnlySpan<byte> Of(ReadOnlySpan<byte> extension) => IsPresent ? extension.Slice(Start, Length) : default;
    }

    // ---- values -------------------------------------------------------------------------------------

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string? Text(Span<Slot> slots, Key key, ReadOnlySpan<byte> extension) =>
        CefText.ValueOrNull(slots[(int)key].Of(extension));

    private static bool TryId(ReadOnlySpan<byte> value, out long id)
    {
        id = 0;
        return !value.IsEmpty && TryParseDigits(value, out id, out var used) && used == value.Length;
    }

    /// <summary>A ctime value (<c>Thu Nov  3 14:05:43 2022</c>, read like the framer reads native timestamps) in UTC.</summary>
    private static DateTime? Time(ReadOnlySpan<byte> value, TimeZoneSpec? zone, DateTime? lineUtc)
    {
        var end = 0;
        if (value.IsEmpty || Stamp.TryParse(value, ref end, out var stamp) != FrameError.None || end != value.Length
            || !stamp.HasYear || !stamp.TryLocal(stamp.Year, out var local))
        {
            return null;
        }
        return zone is null ? DateTime.SpecifyKind(local, DateTimeKind.Utc) : zone.ToUtc(local, lineUtc);
    }

    private static MailDirection DirectionOf(ReadOnlySpan<byte> value) => value switch
    {
        [(byte)'0'] => MailDirection.Inbound,
        [(byte)'1'] => MailDirection.Outbound,
        _ => MailDirection.Unknown,
    };

    private static string[] Recipients(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return [];
        }
        return CefText.Value(value).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The value of the custom slot whose label is <paramref name="label"/> (labels are data: any slot may carry it).</summary>
    private static string? Labelled(Span<Slot> slots, Key firstValue, Key firstLabel, int count, ReadOnlySpan<byte> label, ReadOnlySpan<byte> extension, bool quoted)
    {
        for (var i = 0; i < count; i++)
        {
            var l = slots[(int)firstLabel + i];
            var v = slots[(int)firstValue + i];
            if (l.IsPresent && v.IsPresent && EqualsIgnoreCase(l.Of(extension), label))
            {
                return quoted ? CefText.QuotedValueOrNull(v.Of(extension)) : CefText.ValueOrNull(v.Of(extension));
            }
        }
        return null;
    }

    private static ConsolidatedTls? Tls(Span<Slot> slots, Key status, Key protocol, Key cipher, ReadOnlySpan<byte> extension)
    {
        var s = slots[(int)status];
        var p = slots[(int)protocol];
        var c = slots[(int)cipher];
        if (!s.IsPresent && !p.IsPresent && !c.IsPresent)
        {
            return null;
        }
        var word = s.Of(extension);
        var state = !s.IsPresent ? ConsolidatedTlsStatus.NotStated
            : EqualsIgnoreCase(word, "Success"u8) ? ConsolidatedTlsStatus.Success
            : EqualsIgnoreCase(word, "Failure"u8) || EqualsIgnoreCase(word, "Failed"u8) ? ConsolidatedTlsStatus.Failure
            : ConsolidatedTlsStatus.Unrecognised;
        return new ConsolidatedTls(state, CefText.ValueOrNull(p.Of(extension)), CefText.ValueOrNull(c.Of(extension)));
    }
}
