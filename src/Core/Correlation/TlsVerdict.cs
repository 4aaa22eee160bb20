using EsaTls.Core.Contract;
using EsaTls.Core.Parsing;

namespace EsaTls.Core.Correlation;

/// <summary>What the log says about TLS on one connection (ICID or DCID), as far as it has been seen.</summary>
public enum ConnectionTls : byte
{
    /// <summary>No TLS line for this connection (yet).</summary>
    NotSeen,
    /// <summary>A <c>TLS success</c> line.</summary>
    Success,
    /// <summary><c>TLS failed…</c>, <c>STARTTLS command not supported</c>, <c>TLS was required…</c>.</summary>
    Failed,
}

/// <summary>
/// The TLS verdict rules of design.md §2 — the only place they are written down in code.
/// Everything here is a pure function of what the log showed; the correlator decides which facts to pass.
/// </summary>
public static class TlsVerdict
{
    /// <summary>
    /// Status of a leg over a connection: <c>success</c> and <c>failed</c> whenever the log says so;
    /// otherwise <c>none</c> only if the connection's opening line is in the data (so its TLS line would
    /// have been too), else <c>unknown</c> — the log window started after the connection opened.
    /// </summary>
    public static LegTlsStatus Leg(ConnectionTls tls, bool openingSeen) => tls switch
    {
        ConnectionTls.Success => LegTlsStatus.Success,
        ConnectionTls.Failed => LegTlsStatus.Failed,
        _ => openingSeen ? LegTlsStatus.None : LegTlsStatus.Unknown,
    };

    /// <summary>How a message came to exist, for its receive leg.</summary>
    public enum Origin
    {
        /// <summary><c>Start MID m ICID i</c> with i ≠ 0: received from the network.</summary>
        Received,
        /// <summary>Carries another message's content (split, rewrite, copy, re-injection): inherits the parent's receive leg.</summary>
        Derived,
        /// <summary>Written by the appliance itself: bounces, notifications, ICID 0 without a known parent.</summary>
        Generated,
        /// <summary>Neither a Start MID nor a parent is in the data.</summary>
        Unseen,
    }

    /// <summary>Receive status of a message from its origin and (for <see cref="Origin.Received"/>) its ICID leg.</summary>
    public static ReceiveTlsStatus Receive(Origin origin, LegTlsStatus icidLeg, ReceiveTlsStatus parentStatus) => origin switch
    {
        Origin.Received => icidLeg switch
        {
            LegTlsStatus.Success => ReceiveTlsStatus.Success,
            LegTlsStatus.Failed => ReceiveTlsStatus.Failed,
            LegTlsStatus.None => ReceiveTlsStatus.None,
            _ => ReceiveTlsStatus.Unknown,
        },
        Origin.Derived => parentStatus,
        Origin.Generated => ReceiveTlsStatus.NotApplicable,
        _ => ReceiveTlsStatus.Unknown,
    };

    /// <summary>Accumulates the legs that delivered recipients went over and rolls them up.</summary>
    public struct DeliveredLegs
    {
        private bool _any, _success, _failed, _none, _unknown;

        public void Add(LegTlsStatus leg)
        {
            _any = true;
            switch (leg)
            {
                case LegTlsStatus.Success: _success = true; break;
                case LegTlsStatus.Failed: _failed = true; break;
                case LegTlsStatus.None: _none = true; break;
                default: _unknown = true; break;
            }
        }

        /// <summary>
        /// <c>not_delivered</c> no RID delivered · <c>success</c> all over success legs · <c>unknown</c> no leg known
        /// to be in clear and at least one unknown · <c>partial</c> some success, some in clear (failed/none) ·
        /// <c>none</c> in clear only, at least one none · <c>failed</c> in clear only, all failed. Unknown legs do not
        /// soften a leg known to be in clear: once a recipient is known to have received the message in clear, it lacked TLS.
        /// </summary>
        public readonly DeliverTlsStatus RollUp()
        {
            if (!_any)
            {
                return DeliverTlsStatus.NotDelivered;
            }
            if (!_failed && !_none)
            {
                return _unknown ? DeliverTlsStatus.Unknown : DeliverTlsStatus.Success;
            }
            if (_success)
            {
                return DeliverTlsStatus.Partial;
            }
            return _none ? DeliverTlsStatus.None : DeliverTlsStatus.Failed;
        }
    }

    /// <summary>Lacked TLS: receive failed|none, or deliver partial|failed|none. Unknown never counts as lacking.</summary>
    public static bool Lacked(ReceiveTlsStatus receive, DeliverTlsStatus deliver) =>
        receive is ReceiveTlsStatus.Failed or ReceiveTlsStatus.None
        || deliver is DeliverTlsStatus.Partial or DeliverTlsStatus.Failed or DeliverTlsStatus.None;

    /// <summary>A leg is unknown and the message is not known to have lacked TLS.</summary>
    public static bool Unknown(ReceiveTlsStatus receive, DeliverTlsStatus deliver) =>
        !Lacked(receive, deliver) && (receive == ReceiveTlsStatus.Unknown || deliver == DeliverTlsStatus.Unknown);

    // ---- consolidated event lines ---------------------------------------------------------------------

    /// <summary>
    /// Status of a leg as one consolidated event line states it. <c>Success</c> and <c>Failure</c> whenever the line
    /// says so. No key for the leg means no TLS (<c>none</c>) only once the appliance's stream is known to carry that
    /// leg's TLS keys (they were seen on an earlier line, or the subscription is declared to select them) and the line
    /// is whole; otherwise <c>unknown</c>: "absent" cannot be told from "not selected" or "cut away by a relay".
    /// A status word that is neither, or a leg with protocol/cipher but no status, is <c>unknown</c>.
    /// </summary>
    public static LegTlsStatus ConsolidatedLeg(ConsolidatedTls? stated, bool streamCarriesTlsKeys, bool lineMayBeCut) =>
        stated?.Status switch
        {
            ConsolidatedTlsStatus.Success => LegTlsStatus.Success,
            ConsolidatedTlsStatus.Failure => LegTlsStatus.Failed,
            null when streamCarriesTlsKeys && !lineMayBeCut => LegTlsStatus.None,
            _ => LegTlsStatus.Unknown,
        };

    /// <summary>
    /// The receive leg of a consolidated line: as <see cref="ConsolidatedLeg"/>, except that a message with
    /// <c>ESAICID=0</c> and no stated status is <c>unknown</c>: it came from no connection (the appliance generated
    /// it, or it is a split child whose parent the line does not name), so a missing key says nothing about TLS.
    /// </summary>
    public static LegTlsStatus ConsolidatedReceiveLeg(ConsolidatedTls? stated, long? icid, bool streamCarriesTlsKeys, bool lineMayBeCut) =>
        icid == 0 && stated is null ? LegTlsStatus.Unknown : ConsolidatedLeg(stated, streamCarriesTlsKeys, lineMayBeCut);

    /// <summary>
    /// Did the consolidated line's final action (<c>act</c>) deliver the recipients? <c>DELIVERED</c> yes; any other
    /// action (<c>BOUNCED</c>, <c>QUARANTINED</c>, <c>DQ</c>, <c>ABORTED</c>, <c>DROPPED</c>…) no; null when not logged.
    /// </summary>
    public static bool? ConsolidatedDelivered(string? action) =>
        action is null ? null : action.Equals("DELIVERED", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One leg as the text log and a consolidated line see it. Unknown on one side takes the other. When both know and
    /// disagree (a <paramref name="conflict"/>): a stated success beats a failure (as on one connection, a success is
    /// never downgraded), and a stated failure beats <c>none</c>, which is only inferred from a missing line.
    /// </summary>
    public static LegTlsStatus MergeLeg(LegTlsStatus text, LegTlsStatus consolidated, out bool conflict)
    {
        conflict = text != LegTlsStatus.Unknown && consolidated != LegTlsStatus.Unknown && text != consolidated;
        if (text == LegTlsStatus.Unknown)
        {
            return consolidated;
        }
        if (consolidated == LegTlsStatus.Unknown || !conflict)
        {
            return text;
        }
        return text == LegTlsStatus.Success || consolidated == LegTlsStatus.Success ? LegTlsStatus.Success : LegTlsStatus.Failed;
    }

    /// <summary>The receive status from the text log's verdict and a consolidated line's receive leg (see <see cref="MergeLeg"/>).
    /// A message the text log shows the appliance generated stays <c>not_applicable</c>.</summary>
    public static ReceiveTlsStatus MergeReceive(ReceiveTlsStatus text, LegTlsStatus consolidated, out bool conflict)
    {
        if (text == ReceiveTlsStatus.NotApplicable)
        {
            conflict = false;
            return text;
        }
        var textLeg = text switch
        {
            ReceiveTlsStatus.Success => LegTlsStatus.Success,
            ReceiveTlsStatus.Failed => LegTlsStatus.Failed,
            ReceiveTlsStatus.None => LegTlsStatus.None,
            _ => LegTlsStatus.Unknown,
        };
        return Receive(Origin.Received, MergeLeg(textLeg, consolidated, out conflict), ReceiveTlsStatus.Unknown);
    }

    /// <summary>Does this delivery outcome mean the RIDs reached the recipient's server?</summary>
    public static bool CountsAsDelivered(DeliveryOutcome? outcome, bool toQuarantine) =>
        outcome == DeliveryOutcome.Delivered && !toQuarantine;
}
