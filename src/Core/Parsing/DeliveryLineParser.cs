using static EsaTls.Core.Parsing.Results;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Delivery of a message (esa-mail-logs.md §5.3, §5.4): <c>Delivery start</c>, <c>Message done</c>, <c>Response</c>,
/// <c>pending till</c>, <c>Possible Delivery</c> and the spam-quarantine RPC forms. Unparsable ids or RID lists in
/// this family are <see cref="UnrecognisedReason.MalformedDeliveryLine"/>.
/// </summary>
internal static class DeliveryLineParser
{
    /// <summary>
    /// After <c>Delivery</c>: <c>start DCID d MID m to [RID] [r, …]</c>, or the 4.x RPC completion
    /// <c>of MID m over RPC completed on connection c</c>.
    /// </summary>
    public static ParseResult ParseDelivery(ref SpanCursor c)
    {
        if (c.TryWord("start"u8))
        {
            if (!TryReadDcidMid(ref c, out var dcid, out var mid) || !TryReadTo(ref c, out var rids))
            {
                return MalformedDelivery;
            }
            return ParseResult.Of(new DeliveryStarted(dcid, mid, rids));
        }
        if (c.TryWord("of"u8))
        {
            if (!c.TryWord("MID"u8) || !c.TryId(out var mid) || !c.TryWord("over"u8) || !c.TryWord("RPC"u8)
                || !c.TryWord("completed"u8) || !c.TryWord("on"u8) || !c.TryWord("connection"u8) || !c.TryId(out var rcid))
            {
                return MalformedDelivery;
            }
            return ParseResult.Of(new RpcDelivery(rcid, mid, Done: true));
        }
        return MalformedDelivery;
    }

    /// <summary>After <c>Start delivery</c> (4.x): <c>of MID m over RPC connection c</c>.</summary>
    public static ParseResult ParseRpcStart(ref SpanCursor c)
    {
        if (!c.TryWord("of"u8) || !c.TryWord("MID"u8) || !c.TryId(out var mid) || !c.TryWord("over"u8)
            || !c.TryWord("RPC"u8) || !c.TryWord("connection"u8) || !c.TryId(out var rcid))
        {
            return MalformedDelivery;
        }
        return ParseResult.Of(new RpcDelivery(rcid, mid, Done: false));
    }

    /// <summary>
    /// After <c>Message done</c>: <c>DCID d MID m to [RID] [r, …] [logged headers] [(external quarantine)]</c>. The
    /// logged-headers tail is a Python list that may hold brackets and escaped quotes, so it is skipped as a literal
    /// before looking for the suffix.
    /// </summary>
    public static ParseResult ParseMessageDone(ref SpanCursor c)
    {
        if (!TryReadDcidMid(ref c, out var dcid, out var mid) || !TryReadTo(ref c, out var rids))
        {
            return MalformedDelivery;
        }
        var tail = c.Rest();
        if (!tail.IsEmpty && tail[0] == (byte)'[')
        {
            var end = PythonLiteral.SkipBracketed(tail);
            tail = end < 0 ? default : Trim(tail[end..]);
        }
        var external = EndsWithIgnoreCase(tail, "(external quarantine)"u8);
        return ParseResult.Of(new DeliveryDone(dcid, mid, rids, external));
    }

    /// <summary>After <c>MID m RID</c>: <c>[r, …] Response 'text'</c> (quoted with repr rules, or bare in 3.x).</summary>
    public static ParseResult ParseResponse(ref SpanCursor c, long mid)
    {
        if (!RidList.TryRead(ref c, out var rids) || !c.TryWord("Response"u8))
        {
            return MalformedDelivery;
        }
        return ParseResult.Of(new DeliveryResponse(mid, rids, LogText.Unquote(c.Rest())));
    }

    /// <summary>
    /// After <c>Message m to</c> / <c>MID m to</c>: <c>[RID] [r] pending till DATE [profile]</c>; the bounce-profile
    /// suffix (<c>[Default]</c>) is not part of the date.
    /// </summary>
    public static ParseResult ParsePending(ref SpanCursor c, long mid)
    {
        c.TryWord("RID"u8);
        if (!RidList.TryRead(ref c, out var rids) || !c.TryWord("pending"u8))
        {
            return MalformedDelivery;
        }
        c.TryWord("till"u8);
        var until = c.Rest();
        if (!until.IsEmpty && until[^1] == (byte)']')
        {
            var open = until.LastIndexOf((byte)'[');
            if (open >= 0)
            {
                until = until[..open];
            }
        }
        return ParseResult.Of(new DeliveryPending(mid, rids, LogText.DecodeOrNull(until)));
    }

    /// <summary>After <c>Possible</c>: <c>Delivery: DCID: d MID m to [r]</c>.</summary>
    public static ParseResult ParsePossibleDelivery(ref SpanCursor c)
    {
        if (!c.TryWordOrColon("Delivery"u8))
        {
            return UnknownLine;
        }
        if (!TryReadDcidMid(ref c, out var dcid, out var mid) || !TryReadTo(ref c, out var rids))
        {
            return MalformedDelivery;
        }
        return ParseResult.Of(new PossibleDelivery(dcid, mid, rids));
    }

    /// <summary>After <c>RPC</c>: <c>Delivery start RCID r MID m …</c> / <c>Message done RCID r MID m</c>.</summary>
    public static ParseResult ParseRpc(ref SpanCursor c)
    {
        bool done;
        if (c.TryWord("Delivery"u8) && c.TryWord("start"u8))
        {
            done = false;
        }
        else if (c.TryWord("Message"u8) && c.TryWord("done"u8))
        {
            done = true;
        }
        else
        {
            return UnknownLine;
        }
        if (!c.TryWord("RCID"u8) || !c.TryId(out var rcid) || !c.TryWord("MID"u8) || !c.TryId(out var mid))
        {
            return MalformedDelivery;
        }
        return ParseResult.Of(new RpcDelivery(rcid, mid, done));
    }

    /// <summary><c>DCID d MID m</c>, also <c>DCID: d</c> and 3.x <c>Message m</c>.</summary>
    public static bool TryReadDcidMid(ref SpanCursor c, out long dcid, out long mid)
    {
        dcid = 0;
        mid = 0;
        if (!c.TryWordOrColon("DCID"u8) || !c.TryId(out dcid))
        {
            return false;
        }
        return (c.TryWord("MID"u8) || c.TryWord("Message"u8)) && c.TryId(out mid);
    }

    /// <summary><c>to RID [r, …]</c>, 3.x <c>to [r]</c>, or a bare <c>to r</c>.</summary>
    public static bool TryReadTo(ref SpanCursor c, out int[] rids)
    {
        rids = [];
        if (!c.TryWord("to"u8))
        {
            return false;
        }
        c.TryWord("RID"u8);
        return RidList.TryRead(ref c, out rids);
    }
}
