using EsaTls.Core.Contract;

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

    /// <summary>Does this delivery outcome mean the RIDs reached the recipient's server?</summary>
    public static bool CountsAsDelivered(DeliveryOutcome? outcome, bool toQuarantine) =>
        outcome == DeliveryOutcome.Delivered && !toQuarantine;
}
