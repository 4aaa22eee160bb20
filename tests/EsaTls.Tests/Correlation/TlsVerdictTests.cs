using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;

namespace EsaTls.Tests.Correlation;

public class TlsVerdictTests
{
    [Theory]
    [InlineData(ConnectionTls.Success, true, LegTlsStatus.Success)]
    [InlineData(ConnectionTls.Success, false, LegTlsStatus.Success)]
    [InlineData(ConnectionTls.Failed, true, LegTlsStatus.Failed)]
    [InlineData(ConnectionTls.Failed, false, LegTlsStatus.Failed)]
    [InlineData(ConnectionTls.NotSeen, true, LegTlsStatus.None)]
    [InlineData(ConnectionTls.NotSeen, false, LegTlsStatus.Unknown)]
    public void Leg_status_follows_what_the_log_shows(ConnectionTls tls, bool openingSeen, LegTlsStatus expected) =>
        TlsVerdict.Leg(tls, openingSeen).Should().Be(expected);

    [Theory]
    [InlineData(TlsVerdict.Origin.Received, LegTlsStatus.Success, ReceiveTlsStatus.Success)]
    [InlineData(TlsVerdict.Origin.Received, LegTlsStatus.Failed, ReceiveTlsStatus.Failed)]
    [InlineData(TlsVerdict.Origin.Received, LegTlsStatus.None, ReceiveTlsStatus.None)]
    [InlineData(TlsVerdict.Origin.Received, LegTlsStatus.Unknown, ReceiveTlsStatus.Unknown)]
    [InlineData(TlsVerdict.Origin.Generated, LegTlsStatus.Success, ReceiveTlsStatus.NotApplicable)]
    [InlineData(TlsVerdict.Origin.Unseen, LegTlsStatus.Success, ReceiveTlsStatus.Unknown)]
    public void Receive_status_by_origin(TlsVerdict.Origin origin, LegTlsStatus leg, ReceiveTlsStatus expected) =>
        TlsVerdict.Receive(origin, leg, ReceiveTlsStatus.Failed).Should().Be(expected);

    [Theory]
    [InlineData(ReceiveTlsStatus.Success)]
    [InlineData(ReceiveTlsStatus.Failed)]
    [InlineData(ReceiveTlsStatus.None)]
    [InlineData(ReceiveTlsStatus.Unknown)]
    [InlineData(ReceiveTlsStatus.NotApplicable)]
    public void Derived_messages_inherit_the_parent_status(ReceiveTlsStatus parent) =>
        TlsVerdict.Receive(TlsVerdict.Origin.Derived, LegTlsStatus.Success, parent).Should().Be(parent);

    // Every set of leg statuses that delivered RIDs can have, with the roll-up written out by hand.
    [Theory]
    [InlineData("", DeliverTlsStatus.NotDelivered)]
    [InlineData("S", DeliverTlsStatus.Success)]
    [InlineData("F", DeliverTlsStatus.Failed)]
    [InlineData("N", DeliverTlsStatus.None)]
    [InlineData("U", DeliverTlsStatus.Unknown)]
    [InlineData("SF", DeliverTlsStatus.Partial)]
    [InlineData("SN", DeliverTlsStatus.Partial)]
    [InlineData("SU", DeliverTlsStatus.Unknown)]
    [InlineData("FN", DeliverTlsStatus.None)]
    [InlineData("FU", DeliverTlsStatus.Failed)]
    [InlineData("NU", DeliverTlsStatus.None)]
    [InlineData("SFN", DeliverTlsStatus.Partial)]
    [InlineData("SFU", DeliverTlsStatus.Partial)]
    [InlineData("SNU", DeliverTlsStatus.Partial)]
    [InlineData("FNU", DeliverTlsStatus.None)]
    [InlineData("SFNU", DeliverTlsStatus.Partial)]
    [InlineData("SS", DeliverTlsStatus.Success)]
    [InlineData("FF", DeliverTlsStatus.Failed)]
    public void Deliver_roll_up(string legs, DeliverTlsStatus expected)
    {
        var rolled = new TlsVerdict.DeliveredLegs();
        foreach (var c in legs)
        {
            rolled.Add(c switch
            {
                'S' => LegTlsStatus.Success,
                'F' => LegTlsStatus.Failed,
                'N' => LegTlsStatus.None,
                _ => LegTlsStatus.Unknown,
            });
        }
        rolled.RollUp().Should().Be(expected);
    }

    [Fact]
    public void Roll_up_does_not_depend_on_order()
    {
        var statuses = new[] { LegTlsStatus.Success, LegTlsStatus.Failed, LegTlsStatus.None, LegTlsStatus.Unknown };
        foreach (var perm in Permutations(statuses))
        {
            var rolled = new TlsVerdict.DeliveredLegs();
            foreach (var s in perm)
            {
                rolled.Add(s);
            }
            rolled.RollUp().Should().Be(DeliverTlsStatus.Partial);
        }
    }

    private static IEnumerable<LegTlsStatus[]> Permutations(LegTlsStatus[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var p in Permutations(rest))
            {
                yield return [items[i], .. p];
            }
        }
    }

    // Lacked and unknown for every receive × deliver pair, written out as a table.
    // Columns of each row: deliver = success, partial, failed, none, unknown, not_delivered; L = lacked, U = unknown, - = neither.
    [Theory]
    [InlineData(ReceiveTlsStatus.Success, "-LLLU-")]
    [InlineData(ReceiveTlsStatus.Failed, "LLLLLL")]
    [InlineData(ReceiveTlsStatus.None, "LLLLLL")]
    [InlineData(ReceiveTlsStatus.Unknown, "ULLLUU")]
    [InlineData(ReceiveTlsStatus.NotApplicable, "-LLLU-")]
    public void Lacked_and_unknown(ReceiveTlsStatus receive, string row)
    {
        var delivers = new[]
        {
            DeliverTlsStatus.Success, DeliverTlsStatus.Partial, DeliverTlsStatus.Failed,
            DeliverTlsStatus.None, DeliverTlsStatus.Unknown, DeliverTlsStatus.NotDelivered,
        };
        for (var i = 0; i < delivers.Length; i++)
        {
            var lacked = TlsVerdict.Lacked(receive, delivers[i]);
            var unknown = TlsVerdict.Unknown(receive, delivers[i]);
            var actual = lacked ? 'L' : unknown ? 'U' : '-';
            actual.Should().Be(row[i], $"receive {receive}, deliver {delivers[i]}");
            (lacked && unknown).Should().BeFalse("unknown is never reported for a message that lacked TLS");
        }
    }

    [Theory]
    [InlineData(DeliveryOutcome.Delivered, false, true)]
    [InlineData(DeliveryOutcome.Delivered, true, false)]
    [InlineData(DeliveryOutcome.Bounced, false, false)]
    [InlineData(DeliveryOutcome.Delayed, false, false)]
    [InlineData(DeliveryOutcome.Failed, false, false)]
    [InlineData(null, false, false)]
    public void Only_completed_deliveries_to_recipients_count(DeliveryOutcome? outcome, bool quarantine, bool expected) =>
        TlsVerdict.CountsAsDelivered(outcome, quarantine).Should().Be(expected);
}
