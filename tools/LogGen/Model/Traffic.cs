namespace EsaTls.LogGen.Model;

/// <summary>
/// Regular traffic of one appliance: connections arrive as a Poisson process whose rate follows the
/// appliance-local hour of day (quiet nights, busy office hours), scaled so that about the requested number
/// of messages start inside the window.
/// </summary>
internal sealed class TrafficSource : Actor
{
    /// <summary>Messages per connection, averaged over the connection kinds below (for the rate).</summary>
    public const double MeanMessagesPerSession = 1.53;

    private static readonly double[] HourWeights =
    [
        0.25, 0.2, 0.18, 0.18, 0.2, 0.3, 0.55, 0.9, 1.4, 1.7, 1.75, 1.7,
        1.5, 1.6, 1.7, 1.65, 1.5, 1.25, 0.95, 0.7, 0.55, 0.45, 0.38, 0.3,
    ];

    private static readonly double MaxWeight = HourWeights.Max();

    private readonly Appliance _app;
    private readonly double _sessionsPerSecond;
    private readonly long? _quota;
    private long _planned;

    /// <param name="messages">Messages to start in the window; null: no limit (size-driven runs).</param>
    /// <param name="messagesPerSecond">Mean message rate over the window.</param>
    public TrafficSource(Appliance app, long? messages, double messagesPerSecond, DateTime windowStartUtc, TimeSpan window)
    {
        _app = app;
        _quota = messages;
        // Normalise the daily curve over this window, so the mean rate holds for windows of any length.
        double sum = 0;
        var steps = Math.Max(1, (int)(window.TotalMinutes / 5));
        for (var i = 0; i < steps; i++)
        {
            sum += Weight(windowStartUtc + window * ((i + 0.5) / steps));
        }
        _sessionsPerSecond = messagesPerSecond / MeanMessagesPerSession / (sum / steps);
    }

    private double Weight(DateTime utc) => HourWeights[utc.AddSeconds(_app.UtcOffsetSeconds).Hour];

    public override void Run(Simulation sim)
    {
        var rng = _app.Rng;
        // Thinning (Lewis–Shedler): candidates at the peak rate, kept with probability weight/peak, so a quiet
        // night does not make one long draw jump over the morning rise.
        if (rng.NextDouble() * MaxWeight < Weight(DateTime.UnixEpoch.AddMilliseconds(sim.Now)))
        {
            var (kind, messages) = rng.NextDouble() switch
            {
                < 0.58 => (SessionKind.Inbound, rng.NextDouble() switch { < 0.72 => 1, < 0.89 => 2, < 0.97 => rng.Range(3, 4), _ => rng.Range(5, 10) }),
                < 0.85 => (SessionKind.Relay, rng.NextDouble() switch { < 0.45 => 1, < 0.7 => 2, _ => rng.Range(3, 6) }),
                < 0.93 => (SessionKind.NoMail, 0),
                _ => (SessionKind.Rejected, 0),
            };
            sim.At(new InboundSession(_app, kind, messages, 0), sim.Now);
            if (sim.Now >= sim.WindowStartMs)
            {
                _planned += messages;
            }
            if (_quota is { } q && _planned >= q)
            {
                return;
            }
        }
        sim.After(this, rng.Exp(1.0 / (_sessionsPerSecond * MaxWeight)));
    }
}

/// <summary>A bulk send (<c>--campaign</c>): relay connections of up to 50 messages each, one recipient per message.</summary>
internal sealed class CampaignSource : Actor
{
    private const int PerConnection = 50;

    private readonly Appliance _app;
    private readonly double _gapSeconds;
    private readonly string? _domain;
    private int _remaining;

    public CampaignSource(Appliance app, int messages, TimeSpan duration, string? domain)
    {
        _app = app;
        _remaining = messages;
        _gapSeconds = duration.TotalSeconds / messages;
        _domain = domain;
    }

    public override void Run(Simulation sim)
    {
        var batch = Math.Min(PerConnection, _remaining);
        _remaining -= batch;
        sim.At(new InboundSession(_app, SessionKind.Campaign, batch, _gapSeconds) { CampaignDomain = _domain }, sim.Now);
        if (_remaining > 0)
        {
            sim.After(this, batch * _gapSeconds);
        }
    }
}
