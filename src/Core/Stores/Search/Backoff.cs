namespace EsaTls.Core.Stores.Search;

/// <summary>Exponential back-off with "equal jitter": half the delay fixed, half random, so senders spread out.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan initial, TimeSpan max)
    {
        var exp = Math.Min(attempt, 20);
        var ceiling = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, exp));
        var half = ceiling / 2;
        return TimeSpan.FromMilliseconds(half + (Random.Shared.NextDouble() * half));
    }
}
