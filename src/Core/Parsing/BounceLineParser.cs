using static EsaTls.Core.Parsing.Results;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Hard and soft bounces (esa-mail-logs.md §5.4): <c>Bounced:</c>, <c>Delayed:</c> and <c>Double bounce:</c> in the
/// mail-log, 3.x and bounce-log shapes.
/// </summary>
internal static class BounceLineParser
{
    /// <summary>
    /// After <c>Bounced:</c> / <c>Delayed:</c>:
    /// <c>DCID d MID m to RID r - x.y.z - text ('550', […]) []</c>, 3.x <c>DCID: d Message m to r - …</c>,
    /// bounce log <c>DCID d MID m From:&lt;a&gt; To:&lt;b&gt; RID r - …</c>.
    /// </summary>
    public static ParseResult ParseBounce(ref SpanCursor c, bool delayed)
    {
        if (!DeliveryLineParser.TryReadDcidMid(ref c, out var dcid, out var mid) || !TryReadTarget(ref c, out var rids))
        {
            return MalformedDelivery;
        }
        ReadStatus(c.Rest(), out var status, out var text);
        return delayed
            ? ParseResult.Of(new DeliveryDelayed(dcid, mid, rids, status, text))
            : ParseResult.Of(new DeliveryBounced(dcid, mid, rids, status, text));
    }

    /// <summary>
    /// After <c>Double</c>: <c>bounce: Message|MID m to r - …</c>. The bounce (DSN) of a message could not be
    /// delivered either; no connection is named, so it is reported like the DNS hard bounce, with DCID 0.
    /// </summary>
    public static ParseResult ParseDoubleBounce(ref SpanCursor c)
    {
        if (!c.TryWordOrColon("bounce"u8))
        {
            return UnknownLine;
        }
        if (!(c.TryWord("MID"u8) || c.TryWord("Message"u8)) || !c.TryId(out var mid)
            || !DeliveryLineParser.TryReadTo(ref c, out var rids))
        {
            return MalformedDelivery;
        }
        ReadStatus(c.Rest(), out var status, out var text);
        return ParseResult.Of(new DeliveryBounced(0, mid, rids, status, text));
    }

    private static bool TryReadTarget(ref SpanCursor c, out int[] rids)
    {
        if (c.TryWord("to"u8))
        {
            c.TryWord("RID"u8);
            return RidList.TryRead(ref c, out rids);
        }
        rids = [];
        if (!c.TryPrefix("From:"u8))
        {
            return false;
        }
        SkipAddress(ref c);
        if (!c.TryPrefix("To:"u8))
        {
            return false;
        }
        SkipAddress(ref c);
        return c.TryWord("RID"u8) && RidList.TryRead(ref c, out rids);
    }

    private static void SkipAddress(ref SpanCursor c)
    {
        LogText.ReadAddress(c.Rest(), out var used);
        c.Advance(used);
    }

    /// <summary>
    /// <c>- 5.1.0 - Unknown address error ('550', […]) []</c>: the enhanced status code and the text after it (with
    /// the reply tuple, without the empty trailing header list). Either may be missing.
    /// </summary>
    private static void ReadStatus(ReadOnlySpan<byte> rest, out string? status, out string? text)
    {
        status = null;
        if (!rest.IsEmpty && rest[0] == (byte)'-')
        {
            var after = new SpanCursor(rest[1..]);
            var code = after.PeekToken();
            if (!code.IsEmpty && IsDigit(code[0]))
            {
                status = LogText.Decode(after.ReadToken());
                after.TryPrefix("-"u8);
            }
            rest = after.Rest();
        }
        rest = Trim(rest);
        if (rest.EndsWith("[]"u8))
        {
            rest = Trim(rest[..^2]);
        }
        text = LogText.DecodeOrNull(rest);
    }
}
