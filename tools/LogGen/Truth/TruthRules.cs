using EsaTls.Core.Contract;
using EsaTls.LogGen.Model;

namespace EsaTls.LogGen.Truth;

/// <summary>One entry of the truth's <c>deliveries[]</c>: RIDs of one attempt on one DCID with one outcome.</summary>
internal sealed record DeliveryTruth(long Dcid, int[] Rids, DeliveryOutcome? Outcome, LegTlsStatus? Tls);

internal sealed record MessageTruth(
    string Appliance,
    string Host,
    long Mid,
    DateTime StartUtc,
    ReceiveTlsStatus Receive,
    DeliverTlsStatus Deliver,
    bool Lacked,
    bool Unknown,
    bool Final,
    IReadOnlyList<DeliveryTruth> Deliveries);

/// <summary>
/// The verdict rules of design.md §2, applied to the generator's own record of what the output shows (which
/// lines were written and each connection's visible state when a message used it) — never to the output text.
/// </summary>
internal static class TruthRules
{
    public static MessageTruth For(Message m)
    {
        var receive = Receive(m);
        var deliveries = Deliveries(m);
        var deliver = Deliver(m);
        var lacked = Lacked(receive, deliver);
        var startMs = m.StartWrittenMs >= 0 ? m.StartWrittenMs : m.FirstWrittenMs;
        var start = DateTime.UnixEpoch.AddSeconds(Math.Floor(startMs / 1000.0));
        return new MessageTruth(m.App.Identity, m.App.Host, m.Mid, start, receive, deliver, lacked,
            !lacked && (receive == ReceiveTlsStatus.Unknown || deliver == DeliverTlsStatus.Unknown), m.FinishWritten, deliveries);
    }

    /// <summary>
    /// Received messages: a written Debug <c>TLS read</c> line proves TLS for that MID; otherwise the ICID's
    /// visible state when <c>Start MID</c> was written, and <c>unknown</c> without a written <c>Start MID</c>.
    /// Split/rewrite/BCC children inherit their parent's leg when the linking line was written. DSNs are
    /// the appliance's own messages: <c>not_applicable</c> once their link or <c>Start MID … ICID 0</c> is seen.
    /// </summary>
    public static ReceiveTlsStatus Receive(Message m) => m.Origin switch
    {
        MessageOrigin.Received => m.TlsReadWritten
            ? ReceiveTlsStatus.Success
            : m.StartWrittenMs >= 0 ? FromLeg(m.ReceiveAtStart) : ReceiveTlsStatus.Unknown,
        MessageOrigin.Bounce => m.LinkWritten || m.StartWrittenMs >= 0 ? ReceiveTlsStatus.NotApplicable : ReceiveTlsStatus.Unknown,
        _ => m.LinkWritten
            ? Receive(m.Parent!)
            // A copy whose link is not in the data is just an ICID 0 message with no parent.
            : m.StartWrittenMs >= 0 ? ReceiveTlsStatus.NotApplicable : ReceiveTlsStatus.Unknown,
    };

    private static ReceiveTlsStatus FromLeg(LegTlsStatus leg) => leg switch
    {
        LegTlsStatus.Success => ReceiveTlsStatus.Success,
        LegTlsStatus.Failed => ReceiveTlsStatus.Failed,
        LegTlsStatus.None => ReceiveTlsStatus.None,
        _ => ReceiveTlsStatus.Unknown,
    };

    /// <summary>Roll-up over the legs of the RIDs whose <c>Message done</c> was written (quarantine hand-offs excluded).</summary>
    public static DeliverTlsStatus Deliver(Message m)
    {
        var legs = new List<LegTlsStatus>();
        foreach (var a in m.Attempts)
        {
            if (a.Quarantine)
            {
                continue;
            }
            foreach (var outcome in a.Outcomes)
            {
                if (outcome == DeliveryOutcome.Delivered)
                {
                    legs.Add(a.Leg ?? LegTlsStatus.Unknown);
                }
            }
        }
        return RollUp(legs);
    }

    /// <summary>
    /// success: all delivered RIDs over success legs · partial: some success and some clear (failed/none) ·
    /// none/failed: clear legs only (unknown legs are ignored once a clear leg exists), none if any none ·
    /// unknown: no clear leg and at least one unknown · not_delivered: nothing delivered.
    /// </summary>
    public static DeliverTlsStatus RollUp(IReadOnlyCollection<LegTlsStatus> deliveredLegs)
    {
        if (deliveredLegs.Count == 0)
        {
            return DeliverTlsStatus.NotDelivered;
        }
        bool success = false, failed = false, none = false, unknown = false;
        foreach (var leg in deliveredLegs)
        {
            switch (leg)
            {
                case LegTlsStatus.Success: success = true; break;
                case LegTlsStatus.Failed: failed = true; break;
                case LegTlsStatus.None: none = true; break;
                default: unknown = true; break;
            }
        }
        var clear = failed || none;
        if (clear)
        {
            return success ? DeliverTlsStatus.Partial : none ? DeliverTlsStatus.None : DeliverTlsStatus.Failed;
        }
        return unknown ? DeliverTlsStatus.Unknown : DeliverTlsStatus.Success;
    }

    public static bool Lacked(ReceiveTlsStatus receive, DeliverTlsStatus deliver) =>
        receive is ReceiveTlsStatus.Failed or ReceiveTlsStatus.None
        || deliver is DeliverTlsStatus.Partial or DeliverTlsStatus.Failed or DeliverTlsStatus.None;

    /// <summary>
    /// One entry per attempt and outcome: RIDs whose result line was written, grouped by outcome; RIDs of a
    /// written <c>Delivery start</c> without a written result form an entry without outcome (in progress).
    /// </summary>
    public static List<DeliveryTruth> Deliveries(Message m)
    {
        var list = new List<DeliveryTruth>();
        Span<DeliveryOutcome?> order = [DeliveryOutcome.Delivered, DeliveryOutcome.Bounced, DeliveryOutcome.Delayed, null];
        foreach (var a in m.Attempts)
        {
            if (a.Quarantine)
            {
                continue;
            }
            foreach (var outcome in order)
            {
                if (outcome is null && !a.StartWritten)
                {
                    continue;
                }
                var rids = new List<int>();
                for (var i = 0; i < a.Rids.Length; i++)
                {
                    if (a.Outcomes[i] == outcome)
                    {
                        rids.Add(a.Rids[i]);
                    }
                }
                if (rids.Count > 0)
                {
                    list.Add(new DeliveryTruth(a.Dcid, [.. rids], outcome, a.Leg));
                }
            }
        }
        return list;
    }
}
