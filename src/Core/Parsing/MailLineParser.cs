namespace EsaTls.Core.Parsing;

public enum LineDisposition
{
    /// <summary>A line kind the correlator needs; <see cref="ParseResult.Event"/> is set.</summary>
    Event,
    /// <summary>A known line kind that carries nothing the verdicts need (scanning verdicts, status, …).</summary>
    Informational,
    /// <summary>Not a known line kind; <see cref="ParseResult.Reason"/> says which family it looked like.</summary>
    Unrecognised,
}

/// <summary>Why a mail-log message text was not recognised (counted per reason, reported by <c>check</c>).</summary>
public enum UnrecognisedReason
{
    None,
    /// <summary>Starts like a MID line but no known form matched.</summary>
    UnknownMidLine,
    UnknownIcidLine,
    UnknownDcidLine,
    /// <summary>A delivery-family line (Delivery start, Message done, Bounced, Delayed…) with unparsable ids or RID list.</summary>
    MalformedDeliveryLine,
    /// <summary>Anything else.</summary>
    UnknownLine,
}

public readonly record struct ParseResult(LineDisposition Disposition, MailEvent? Event, UnrecognisedReason Reason)
{
    public static ParseResult Informational => new(LineDisposition.Informational, null, UnrecognisedReason.None);
    public static ParseResult Of(MailEvent e) => new(LineDisposition.Event, e, UnrecognisedReason.None);
    public static ParseResult Unrecognised(UnrecognisedReason reason) => new(LineDisposition.Unrecognised, null, reason);
}

/// <summary>
/// Classifies one text mail-log message (the part after <c>Level: </c>) by its first tokens and parses the
/// kinds the verdicts need into <see cref="MailEvent"/>s. Works on UTF-8 bytes; no regex, no exceptions.
/// </summary>
public static class MailLineParser
{
    public static ParseResult Parse(ReadOnlySpan<byte> message)
    {
        var c = new SpanCursor(Utf8Text.Trim(message));
        var first = c.PeekToken();
        if (first.IsEmpty)
        {
            return Results.UnknownLine;
        }
        // Classify by the first token's letter, then by the token itself; families parse the rest.
        switch (first[0] | 0x20)
        {
            case 'm':
                if (c.TryWord("MID"u8))
                {
                    return MessageLineParser.ParseMid(ref c);
                }
                if (c.TryWord("Message"u8))
                {
                    return ParseMessageWord(ref c);
                }
                if (c.TryWord("Mail"u8))
                {
                    // "Mail delivery client with DCID d exited due to the maximum concurrency configuration."
                    return c.TryWord("delivery"u8) ? Results.Info : Results.UnknownLine;
                }
                break;
            case 'i':
                if (c.TryWord("ICID"u8))
                {
                    return ConnectionLineParser.ParseIcid(ref c);
                }
                if (c.TryWord("Internal"u8))
                {
                    return c.TryWord("SMTP"u8) ? Results.Info : Results.UnknownLine;
                }
                if (c.TryWordOrColon("ISQ"u8))
                {
                    return Results.Info; // "ISQ: Tagging MID m for quarantine"
                }
                break;
            case 'd':
                if (c.TryWord("DCID"u8))
                {
                    return DeliveryConnectionParser.ParseDcid(ref c);
                }
                if (c.TryWord("Delivery"u8))
                {
                    return DeliveryLineParser.ParseDelivery(ref c);
                }
                if (c.TryWordOrColon("Delayed"u8))
                {
                    return BounceLineParser.ParseBounce(ref c, delayed: true);
                }
                if (c.TryWordOrColon("Deleted"u8))
                {
                    // 3.x "Deleted: MID 3 to [0]": those RIDs were removed from the queue. Not a whole-message abort
                    // (other RIDs may be delivered); without a Message done the RIDs already count as undelivered.
                    return Results.Info;
                }
                if (c.TryWord("Double"u8))
                {
                    return BounceLineParser.ParseDoubleBounce(ref c);
                }
                if (c.TryWord("DNS"u8) || c.TryWord("Deliveries"u8) || c.TryWord("Dropping"u8))
                {
                    return Results.Info; // DNS errors, suspended deliveries, directory-harvest drops
                }
                break;
            case 'n':
                if (c.TryWord("New"u8) && c.TryWord("SMTP"u8))
                {
                    if (c.TryWord("ICID"u8))
                    {
                        return ConnectionLineParser.ParseNewIcid(ref c);
                    }
                    if (c.TryWord("DCID"u8))
                    {
                        return DeliveryConnectionParser.ParseNewDcid(ref c);
                    }
                }
                break;
            case 's':
                if (c.TryWord("Start"u8))
                {
                    if (c.TryWord("MID"u8))
                    {
                        return MessageLineParser.ParseStart(ref c);
                    }
                    if (c.TryWord("delivery"u8))
                    {
                        return DeliveryLineParser.ParseRpcStart(ref c);
                    }
                    break;
                }
                if (c.TryWord("SMTP"u8))
                {
                    // "SMTP Auth[:] (ICID n) …", "SMTP server connection killed ICID: n", "SMTP client connection killed DCID: d"
                    return c.TryWordOrColon("Auth"u8) || c.TryWord("server"u8) || c.TryWord("client"u8)
                        ? Results.Info
                        : Results.UnknownLine;
                }
                if (c.TryWordOrColon("Status"u8))
                {
                    return Results.Info;
                }
                break;
            case 'b':
                if (c.TryWordOrColon("Bounced"u8))
                {
                    return BounceLineParser.ParseBounce(ref c, delayed: false);
                }
                if (c.TryWord("Begin"u8))
                {
                    return HeaderLineParser.ParseBegin(ref c);
                }
                break;
            case 'c':
                if (c.TryWord("Connection"u8))
                {
                    return DeliveryConnectionParser.ParseConnectionError(ref c);
                }
                if (c.TryWord("Checkpoint"u8))
                {
                    return Results.Info;
                }
                if (c.TryWord("Custom"u8))
                {
                    return Results.Info; // "Custom Log Entry: …" written by a content/message filter
                }
                break;
            case 'e':
                if (c.TryWordOrColon("EUQ"u8))
                {
                    return RelationLineParser.ParseEuq(ref c);
                }
                if (c.TryWord("End"u8))
                {
                    return HeaderLineParser.ParseEnd(ref c);
                }
                break;
            case 'p':
                if (c.TryWord("Possible"u8))
                {
                    return DeliveryLineParser.ParsePossibleDelivery(ref c);
                }
                break;
            case 'r':
                if (c.TryWord("RPC"u8))
                {
                    return DeliveryLineParser.ParseRpc(ref c);
                }
                break;
            case 't':
                if (c.TryWord("Time"u8))
                {
                    return HeaderLineParser.ParseTimeOffset(ref c);
                }
                break;
            case 'v':
                if (c.TryWordOrColon("Version"u8))
                {
                    return HeaderLineParser.ParseVersion(ref c);
                }
                break;
        }
        return Results.UnknownLine;
    }

    /// <summary>After a leading <c>Message</c>: <c>done</c>, <c>finished</c>, <c>aborted</c>, or <c>m to RID […] pending till …</c>.</summary>
    private static ParseResult ParseMessageWord(ref SpanCursor c)
    {
        if (c.TryWord("done"u8))
        {
            return DeliveryLineParser.ParseMessageDone(ref c);
        }
        if (c.TryWord("finished"u8))
        {
            return RelationLineParser.ParseFinished(ref c);
        }
        if (c.TryWord("aborted"u8))
        {
            return RelationLineParser.ParseAborted(ref c);
        }
        if (c.TryId(out var mid))
        {
            return c.TryWord("to"u8) ? DeliveryLineParser.ParsePending(ref c, mid) : Results.MalformedDelivery;
        }
        return Results.UnknownLine;
    }
}
