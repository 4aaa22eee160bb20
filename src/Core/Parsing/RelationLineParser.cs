using static EsaTls.Core.Parsing.Results;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Lines that link or end MIDs (esa-mail-logs.md §6, §7): split, rewrite, generated copy, bounce, re-injection
/// (EUQ and SMA release), content-filter drops, <c>Message aborted</c> and <c>Message finished</c>.
/// </summary>
internal static class RelationLineParser
{
    /// <summary>After <c>MID m was</c>.</summary>
    public static ParseResult ParseWas(ref SpanCursor c, long mid)
    {
        if (c.TryWord("split"u8))
        {
            // "split creating MID c due to a per-recipient policy P in the inbound table"
            if (!c.TryWord("creating"u8) || !c.TryWord("MID"u8) || !c.TryId(out var child))
            {
                return UnknownMid;
            }
            if (c.TryWord("due"u8))
            {
                c.TryWord("to"u8);
            }
            return Related(mid, child, MidRelationKind.Split, c.Rest());
        }
        if (c.TryWord("generated"u8))
        {
            return ParseGenerated(ref c, mid);
        }
        var verb = c.PeekToken();
        if (EqualsIgnoreCase(verb, "dropped"u8) || EqualsIgnoreCase(verb, "bounced"u8))
        {
            // "was dropped|bounced by content filter 'f' in the inbound table": the whole message is gone.
            return ParseResult.Of(new MessageAborted(mid, LogText.DecodeOrNull(c.Rest())));
        }
        if (EqualsIgnoreCase(verb, "too"u8))
        {
            return Info; // "was too big (n/n) for scanning by ENGINE"
        }
        return UnknownMid;
    }

    /// <summary>
    /// After <c>MID c [was] generated</c>: <c>based on MID p by …</c> (copy, BCC, notification) or
    /// <c>for bounce of MID p</c>. The new MID comes first on these lines.
    /// </summary>
    public static ParseResult ParseGenerated(ref SpanCursor c, long child)
    {
        if (c.TryWord("based"u8))
        {
            if (!c.TryWord("on"u8) || !c.TryWord("MID"u8) || !c.TryId(out var parent))
            {
                return UnknownMid;
            }
            c.TryWord("by"u8);
            return Related(parent, child, MidRelationKind.Generated, c.Rest());
        }
        if (c.TryWord("for"u8) && c.TryWord("bounce"u8) && c.TryWord("of"u8) && c.TryWord("MID"u8) && c.TryId(out var original))
        {
            return Related(original, child, MidRelationKind.BounceOf, default);
        }
        return UnknownMid;
    }

    /// <summary>After <c>MID p rewritten</c>: <c>to MID c by agent [filter 'f']</c>; 3.x/4.0 omit the second <c>MID</c>.</summary>
    public static ParseResult ParseRewritten(ref SpanCursor c, long parent)
    {
        if (!c.TryWord("to"u8))
        {
            return UnknownMid;
        }
        c.TryWord("MID"u8);
        if (!c.TryId(out var child))
        {
            return UnknownMid;
        }
        c.TryWord("by"u8);
        return Related(parent, child, MidRelationKind.Rewritten, c.Rest());
    }

    /// <summary>
    /// After <c>MID n received</c>: <c>from the SMA host (MID originally m) on release from …</c> — a message released
    /// from the centralized quarantine comes back as MID n; the detail keeps the <c>release from …</c> part.
    /// </summary>
    public static ParseResult ParseReceivedFromSma(ref SpanCursor c, long child)
    {
        if (!c.TryWord("from"u8) || !c.TryWord("the"u8) || !c.TryWord("SMA"u8))
        {
            return UnknownMid;
        }
        var rest = c.Rest();
        var at = IndexOfIgnoreCase(rest, "(MID originally "u8);
        if (at < 0)
        {
            return UnknownMid;
        }
        var inner = new SpanCursor(rest[(at + "(MID originally "u8.Length)..]);
        if (!inner.TryDigits(out var parent) || !inner.TryByteHere((byte)')'))
        {
            return UnknownMid;
        }
        inner.TryWord("on"u8);
        return Related(parent, child, MidRelationKind.Reinjected, inner.Rest());
    }

    /// <summary>After <c>EUQ:</c>: <c>Reinjected MID a as MID b</c>; other EUQ bookkeeping is informational.</summary>
    public static ParseResult ParseEuq(ref SpanCursor c)
    {
        if (c.TryWord("Reinjected"u8))
        {
            if (!c.TryWord("MID"u8) || !c.TryId(out var parent) || !c.TryWord("as"u8) || !c.TryWord("MID"u8) || !c.TryId(out var child))
            {
                return UnknownMid;
            }
            return Related(parent, child, MidRelationKind.Reinjected, default);
        }
        return c.TryWord("Quarantined"u8) ? Info : UnknownLine;
    }

    /// <summary>After <c>Message finished</c>: <c>MID m done|aborted</c>.</summary>
    public static ParseResult ParseFinished(ref SpanCursor c)
    {
        if (!c.TryWord("MID"u8) || !c.TryId(out var mid))
        {
            return UnknownMid;
        }
        return ParseResult.Of(new MessageFinished(mid, Aborted: c.TryWord("aborted"u8)));
    }

    /// <summary>After <c>Message aborted</c>: <c>MID m reason</c> (<c>Dropped by CASE</c>, <c>Receiving aborted</c>, …).</summary>
    public static ParseResult ParseAborted(ref SpanCursor c)
    {
        if (!c.TryWord("MID"u8) || !c.TryId(out var mid))
        {
            return UnknownMid;
        }
        return ParseResult.Of(new MessageAborted(mid, LogText.DecodeOrNull(c.Rest())));
    }

    private static ParseResult Related(long parent, long child, MidRelationKind kind, ReadOnlySpan<byte> detail) =>
        ParseResult.Of(new MidRelated(parent, child, kind, LogText.DecodeOrNull(detail)));
}
