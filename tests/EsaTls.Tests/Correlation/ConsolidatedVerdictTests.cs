using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Correlation;

/// <summary>The consolidated-line rules of TlsVerdict, case by case.</summary>
public class ConsolidatedVerdictTests
{
    [Theory]
    // stated status, stream carries the leg's keys, line may be cut → leg
    [InlineData(ConsolidatedTlsStatus.Success, false, false, LegTlsStatus.Success)]
    [InlineData(ConsolidatedTlsStatus.Success, true, true, LegTlsStatus.Success)]
    [InlineData(ConsolidatedTlsStatus.Failure, false, true, LegTlsStatus.Failed)]
    [InlineData(ConsolidatedTlsStatus.Failure, true, false, LegTlsStatus.Failed)]
    [InlineData(ConsolidatedTlsStatus.NotStated, true, false, LegTlsStatus.Unknown)]
    [InlineData(ConsolidatedTlsStatus.Unrecognised, true, false, LegTlsStatus.Unknown)]
    public void Stated_keys(ConsolidatedTlsStatus status, bool carries, bool cut, LegTlsStatus expected) =>
        TlsVerdict.ConsolidatedLeg(new ConsolidatedTls(status, null, null), carries, cut).Should().Be(expected);

    [Theory]
    [InlineData(false, false, LegTlsStatus.Unknown)]
    [InlineData(false, true, LegTlsStatus.Unknown)]
    [InlineData(true, false, LegTlsStatus.None)]
    [InlineData(true, true, LegTlsStatus.Unknown)]
    public void Absent_keys(bool carries, bool cut, LegTlsStatus expected) =>
        TlsVerdict.ConsolidatedLeg(null, carries, cut).Should().Be(expected);

    [Theory]
    [InlineData(0L, false, LegTlsStatus.Unknown)]
    [InlineData(0L, true, LegTlsStatus.Success)]
    [InlineData(5L, false, LegTlsStatus.None)]
    [InlineData(null, false, LegTlsStatus.None)]
    public void A_message_from_no_connection_is_not_judged_by_absent_keys(long? icid, bool stated, LegTlsStatus expected) =>
        TlsVerdict.ConsolidatedReceiveLeg(stated ? new ConsolidatedTls(ConsolidatedTlsStatus.Success, null, null) : null, icid, true, false)
            .Should().Be(expected);

    [Theory]
    [InlineData("DELIVERED", true)]
    [InlineData("delivered", true)]
    [InlineData("BOUNCED", false)]
    [InlineData("QUARANTINED", false)]
    [InlineData("DQ", false)]
    [InlineData("ABORTED", false)]
    [InlineData("DROPPED", false)]
    [InlineData(null, null)]
    public void Final_action_delivered_or_not(string? action, bool? delivered) =>
        TlsVerdict.ConsolidatedDelivered(action).Should().Be(delivered);

    [Theory]
    // text, consolidated → merged, conflict
    [InlineData(LegTlsStatus.Unknown, LegTlsStatus.Unknown, LegTlsStatus.Unknown, false)]
    [InlineData(LegTlsStatus.Unknown, LegTlsStatus.None, LegTlsStatus.None, false)]
    [InlineData(LegTlsStatus.Success, LegTlsStatus.Unknown, LegTlsStatus.Success, false)]
    [InlineData(LegTlsStatus.None, LegTlsStatus.None, LegTlsStatus.None, false)]
    [InlineData(LegTlsStatus.None, LegTlsStatus.Success, LegTlsStatus.Success, true)]
    [InlineData(LegTlsStatus.Success, LegTlsStatus.None, LegTlsStatus.Success, true)]
    [InlineData(LegTlsStatus.None, LegTlsStatus.Failed, LegTlsStatus.Failed, true)]
    [InlineData(LegTlsStatus.Failed, LegTlsStatus.None, LegTlsStatus.Failed, true)]
    [InlineData(LegTlsStatus.Failed, LegTlsStatus.Success, LegTlsStatus.Success, true)]
    [InlineData(LegTlsStatus.Success, LegTlsStatus.Failed, LegTlsStatus.Success, true)]
    public void Merging_a_leg(LegTlsStatus text, LegTlsStatus consolidated, LegTlsStatus merged, bool conflict)
    {
        TlsVerdict.MergeLeg(text, consolidated, out var c).Should().Be(merged);
        c.Should().Be(conflict);
    }

    [Theory]
    [InlineData(ReceiveTlsStatus.NotApplicable, LegTlsStatus.Success, ReceiveTlsStatus.NotApplicable, false)]
    [InlineData(ReceiveTlsStatus.Unknown, LegTlsStatus.Failed, ReceiveTlsStatus.Failed, false)]
    [InlineData(ReceiveTlsStatus.None, LegTlsStatus.Success, ReceiveTlsStatus.Success, true)]
    [InlineData(ReceiveTlsStatus.Success, LegTlsStatus.Success, ReceiveTlsStatus.Success, false)]
    public void Merging_the_receive_status(ReceiveTlsStatus text, LegTlsStatus consolidated, ReceiveTlsStatus merged, bool conflict)
    {
        TlsVerdict.MergeReceive(text, consolidated, out var c).Should().Be(merged);
        c.Should().Be(conflict);
    }
}
