using EsaTls.Core.Contract;
using EsaTls.LogGen.Truth;

namespace EsaTls.Tests.LogGen;

public class TruthRulesTests
{
    private const LegTlsStatus S = LegTlsStatus.Success;
    private const LegTlsStatus F = LegTlsStatus.Failed;
    private const LegTlsStatus N = LegTlsStatus.None;
    private const LegTlsStatus U = LegTlsStatus.Unknown;

    public static TheoryData<LegTlsStatus[], DeliverTlsStatus> RollUps => new()
    {
        { [], DeliverTlsStatus.NotDelivered },
        { [S], DeliverTlsStatus.Success },
        { [S, S], DeliverTlsStatus.Success },
        { [S, U], DeliverTlsStatus.Unknown },
        { [U], DeliverTlsStatus.Unknown },
        { [S, F], DeliverTlsStatus.Partial },
        { [S, N, U], DeliverTlsStatus.Partial },
        { [F], DeliverTlsStatus.Failed },
        { [F, U], DeliverTlsStatus.Failed },
        { [F, N], DeliverTlsStatus.None },
        { [N, U], DeliverTlsStatus.None },
    };

    [Theory]
    [MemberData(nameof(RollUps))]
    public void Deliver_roll_up(LegTlsStatus[] legs, DeliverTlsStatus expected) => TruthRules.RollUp(legs).Should().Be(expected);

    [Theory]
    [InlineData(ReceiveTlsStatus.Success, DeliverTlsStatus.Success, false)]
    [InlineData(ReceiveTlsStatus.None, DeliverTlsStatus.Success, true)]
    [InlineData(ReceiveTlsStatus.Failed, DeliverTlsStatus.NotDelivered, true)]
    [InlineData(ReceiveTlsStatus.Unknown, DeliverTlsStatus.Partial, true)]
    [InlineData(ReceiveTlsStatus.NotApplicable, DeliverTlsStatus.None, true)]
    [InlineData(ReceiveTlsStatus.Unknown, DeliverTlsStatus.Unknown, false)]
    public void Lacked(ReceiveTlsStatus receive, DeliverTlsStatus deliver, bool lacked) => TruthRules.Lacked(receive, deliver).Should().Be(lacked);
}
