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
    public static ParseResult Parse(ReadOnlySpan<byte> message) => throw new NotImplementedException();
}
