using EsaTls.Core.Contract;

namespace EsaTls.Core.Parsing;

// One typed event per recognised line kind of esa-mail-logs.md §3–§7. Events carry ids and the
// values the documents need, nothing else; the time and appliance of the line travel beside them.
// Strings are the logged text (trimmed, quotes removed where the log quotes); absent parts are null.

public abstract record MailEvent;

// ---- file header (§1.3) -------------------------------------------------------------------------

public sealed record LogfileBegin : MailEvent;

/// <summary><c>Version: 14.0.0-657 SN: 42127C7D…</c></summary>
public sealed record ApplianceVersion(string Version, string? Serial) : MailEvent;

/// <summary><c>Time offset from UTC: -21600 seconds</c>: the zone of every native timestamp in this file.</summary>
public sealed record UtcOffsetHeader(int Seconds) : MailEvent;

// ---- inbound connection (§3) ----------------------------------------------------------------------

/// <summary><c>New SMTP ICID n interface NAME (IP) address IP reverse dns host H verified yes|no</c></summary>
public sealed record IcidOpened(long Icid, string? InterfaceName, string? InterfaceIp, string? RemoteIp, string? ReverseDns, bool? Verified) : MailEvent;

/// <summary>HAT verdict: <c>ICID n ACCEPT SG name match crit SBRS score [country c]</c>.</summary>
public sealed record IcidPolicy(long Icid, string Action, string? SenderGroup, string? Sbrs, string? Country) : MailEvent;

public enum TlsOutcome
{
    /// <summary><c>TLS success</c> in any variant.</summary>
    Success,
    /// <summary><c>TLS failed</c>, with or without a reason; STARTTLS attempted and not achieved.</summary>
    Failed,
    /// <summary>I6: <c>TLS was required but remote host did not initiate it</c> (inbound).</summary>
    RequiredNotInitiated,
    /// <summary>O8/O9: <c>TLS was required but could not be successfully negotiated</c> (outbound).</summary>
    RequiredNotNegotiated,
    /// <summary>O10: <c>STARTTLS command not supported.</c> (outbound).</summary>
    StartTlsNotSupported,
}

/// <summary>I1–I6: TLS on a receiving connection.</summary>
public sealed record IcidTls(long Icid, TlsOutcome Outcome, string? Protocol, string? Cipher, string? Error) : MailEvent;

/// <summary><c>ICID n close</c> / <c>ICID n lost</c>.</summary>
public sealed record IcidClosed(long Icid, bool Lost) : MailEvent;

// ---- message reception (§4) -----------------------------------------------------------------------

/// <summary><c>Start MID m ICID i [(note)]</c></summary>
public sealed record MidStarted(long Mid, long Icid, string? Note) : MailEvent;

/// <summary><c>MID m ICID i From: &lt;addr&gt;</c> (ICID absent in 3.x form).</summary>
public sealed record MidFrom(long Mid, long? Icid, string Address) : MailEvent;

/// <summary><c>MID m ICID i RID r To: &lt;addr&gt;</c>; rejected recipients have no RID and a reason.</summary>
public sealed record MidRecipient(long Mid, long? Icid, int? Rid, string Address, string? RejectedBy) : MailEvent;

public sealed record MidMessageId(long Mid, string MessageId) : MailEvent;

public sealed record MidSubject(long Mid, string Subject) : MailEvent;

/// <summary><c>MID m ready n bytes from &lt;addr&gt;</c></summary>
public sealed record MidReady(long Mid, long Bytes, string? From) : MailEvent;

/// <summary><c>MID m matched all recipients for per-recipient policy P in the inbound|outbound table</c></summary>
public sealed record MidPolicyMatched(long Mid, string Policy, MailDirection Direction) : MailEvent;

public sealed record MidQueued(long Mid) : MailEvent;

/// <summary>I8 (Debug level): <c>MID m ICID i TLS read n bytes</c> — evidence that MID m was received over TLS.</summary>
public sealed record MidTlsRead(long Mid, long Icid) : MailEvent;

public enum MidRelationKind
{
    /// <summary><c>MID p was split creating MID c due to …</c></summary>
    Split,
    /// <summary><c>MID p rewritten to MID c by …</c></summary>
    Rewritten,
    /// <summary><c>MID c was generated based on MID p by …</c> (copies, BCC, notify).</summary>
    Generated,
    /// <summary><c>MID c was generated for bounce of MID p</c>: a DSN the appliance writes itself.</summary>
    BounceOf,
    /// <summary><c>EUQ: Reinjected MID p as MID c</c>, SMA release.</summary>
    Reinjected,
}

public sealed record MidRelated(long ParentMid, long ChildMid, MidRelationKind Kind, string? Detail) : MailEvent;

/// <summary><c>MID m quarantined to "Q" (reason)</c></summary>
public sealed record MidQuarantined(long Mid, string Quarantine) : MailEvent;

/// <summary><c>Message aborted MID m reason</c> / <c>MID m was dropped by content filter …</c></summary>
public sealed record MessageAborted(long Mid, string? Reason) : MailEvent;

/// <summary><c>Message finished MID m done|aborted</c> — the last line for the MID.</summary>
public sealed record MessageFinished(long Mid, bool Aborted) : MailEvent;

// ---- delivery (§5) -------------------------------------------------------------------------------

/// <summary><c>New SMTP DCID d interface I address A [port p]</c></summary>
public sealed record DcidOpened(long Dcid, string? Interface, string? RemoteIp, int? Port) : MailEvent;

/// <summary>O1–O10: TLS on a delivery connection. <see cref="RemoteIp"/> from the O8 form.</summary>
public sealed record DcidTls(long Dcid, TlsOutcome Outcome, string? Protocol, string? Cipher, string? PeerCn, string? Error, string? Domain, string? RemoteIp) : MailEvent;

public sealed record DcidClosed(long Dcid) : MailEvent;

/// <summary><c>Delivery start DCID d MID m to RID [r, …]</c></summary>
public sealed record DeliveryStarted(long Dcid, long Mid, int[] Rids) : MailEvent;

/// <summary><c>Message done DCID d MID m to RID [r, …] [headers] [(external quarantine)]</c></summary>
public sealed record DeliveryDone(long Dcid, long Mid, int[] Rids, bool ExternalQuarantine) : MailEvent;

/// <summary><c>MID m RID [r, …] Response 'text'</c></summary>
public sealed record DeliveryResponse(long Mid, int[] Rids, string Response) : MailEvent;

/// <summary><c>Bounced: DCID d MID m to RID r - x.y.z - text …</c> (hard bounce).</summary>
public sealed record DeliveryBounced(long Dcid, long Mid, int[] Rids, string? Status, string? Text) : MailEvent;

/// <summary><c>Delayed: DCID d MID m to RID r - x.y.z - text …</c> (soft bounce; the message stays queued).</summary>
public sealed record DeliveryDelayed(long Dcid, long Mid, int[] Rids, string? Status, string? Text) : MailEvent;

/// <summary><c>Message m to RID [r] pending till …</c></summary>
public sealed record DeliveryPending(long Mid, int[] Rids, string? Until) : MailEvent;

/// <summary><c>Connection Error: DCID d domain: D IP: A port: p details: … reason: …</c></summary>
public sealed record DcidConnectionError(long Dcid, string? Domain, string? RemoteIp, string? Details) : MailEvent;

/// <summary><c>Possible Delivery: DCID: d MID m to [r]</c> — data sent, final reply not seen.</summary>
public sealed record PossibleDelivery(long Dcid, long Mid, int[] Rids) : MailEvent;

/// <summary>Spam quarantine over RPC (RCID): not a delivery to a recipient.</summary>
public sealed record RpcDelivery(long Rcid, long Mid, bool Done) : MailEvent;

// ---- consolidated event log (appendix of esa-mail-logs.md) ----------------------------------------

/// <summary>What a consolidated event line states about TLS on one leg.</summary>
public enum ConsolidatedTlsStatus
{
    /// <summary><c>ESATLSIn|OutConnStatus=Success</c>.</summary>
    Success,
    /// <summary><c>…ConnStatus=Failure</c>: TLS was attempted and failed.</summary>
    Failure,
    /// <summary>Protocol or cipher keys of the leg are there, its status key is not.</summary>
    NotStated,
    /// <summary>A status word that is neither (a value cut by a relay, or a new word).</summary>
    Unrecognised,
}

/// <summary>The <c>ESATLSIn*</c> or <c>ESATLSOut*</c> keys of one line.</summary>
public sealed record ConsolidatedTls(ConsolidatedTlsStatus Status, string? Protocol, string? Cipher);

/// <summary>
/// One consolidated event log line (<c>CEF:0|Cisco|…|ESA_CONSOLIDATED_LOG_EVENT|…</c>): the appliance's one-line
/// summary of a message. Absent keys are null (fields are chosen per subscription); values are as logged after CEF
/// unescaping, with the Python quotes of <c>msg</c> and <c>cs4</c> removed.
/// </summary>
public sealed record ConsolidatedMessage : MailEvent
{
    /// <summary><c>ESAMID</c>.</summary>
    public long Mid { get; init; }
    public long? Icid { get; init; }
    /// <summary><c>ESADCID</c>: one per line, even when recipients went over several connections.</summary>
    public long? Dcid { get; init; }

    /// <summary><c>deviceExternalId</c>: the appliance serial (or VM id).</summary>
    public string? Serial { get; init; }
    /// <summary>CEF header product (<c>C100V Email Security Virtual Appliance</c>, <c>C300V Secure Email Gateway Virtual</c>…).</summary>
    public string? Product { get; init; }
    /// <summary>CEF header device version: the AsyncOS build (<c>14.3.0-032</c>).</summary>
    public string? Version { get; init; }

    /// <summary><c>startTime</c> (≤ 14.x) / <c>start</c> (≥ 15.0) in UTC; the line has no zone, the source's zone applies.</summary>
    public DateTime? StartUtc { get; init; }
    /// <summary><c>endTime</c> / <c>end</c> in UTC.</summary>
    public DateTime? EndUtc { get; init; }

    /// <summary><c>deviceDirection</c>: 0 incoming, 1 outgoing; Unknown when absent or another value.</summary>
    public MailDirection Direction { get; init; }
    /// <summary><c>ESAMailFlowPolicy</c> (<c>ACCEPT</c>, <c>RELAY</c>, …).</summary>
    public string? MailFlowPolicy { get; init; }
    public string? SenderGroup { get; init; }
    /// <summary>The <c>cfpN</c> labelled <c>SBRSScore</c>, as logged (<c>3.4</c>, <c>None</c>, <c>not enabled</c>).</summary>
    public string? Sbrs { get; init; }
    /// <summary><c>sourceAddress</c> / <c>src</c>.</summary>
    public string? SourceIp { get; init; }
    /// <summary><c>sourceHostName</c> / <c>shost</c> (<c>unknown</c> kept as logged).</summary>
    public string? SourceHost { get; init; }

    /// <summary><c>suser</c>: envelope sender.</summary>
    public string? From { get; init; }
    /// <summary><c>duser</c> split on <c>;</c>; empty when absent.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
    /// <summary><c>msg</c>; null when absent or empty.</summary>
    public string? Subject { get; init; }
    /// <summary>The <c>csN</c> labelled <c>ExternalMsgID</c>; null when absent or empty.</summary>
    public string? MessageId { get; init; }

    /// <summary><c>act</c>: final action (<c>DELIVERED</c>, <c>BOUNCED</c>, <c>QUARANTINED</c>, <c>DQ</c>, <c>ABORTED</c>…).</summary>
    public string? Action { get; init; }
    /// <summary><c>ESAFinalActionDetails</c>.</summary>
    public string? ActionDetails { get; init; }

    /// <summary>Receiving connection: null when the line has no <c>ESATLSIn*</c> key.</summary>
    public ConsolidatedTls? TlsIn { get; init; }
    /// <summary>Delivery connection: null when the line has no <c>ESATLSOut*</c> key.</summary>
    public ConsolidatedTls? TlsOut { get; init; }

    public string? DaneStatus { get; init; }
    public string? DaneHost { get; init; }

    /// <summary>The line may have been cut (by a relay, or at the reader's cap): keys missing from it may have been
    /// there, so their absence says nothing. Its last value was dropped unless it was a closed quote or dict.</summary>
    public bool Partial { get; init; }
}
