namespace EsaTls.Core.Framing;

/// <summary>Which log subscription a line belongs to.</summary>
public static class Subscriptions
{
    public static bool IsOtherSubscription(ReadOnlySpan<byte> tag) => throw new NotImplementedException();

    public static bool IsConsolidatedEvent(ReadOnlySpan<byte> message) => throw new NotImplementedException();
}
