using EsaTls.Core.Contract;

namespace EsaTls.LogGen.Model;

/// <summary>Some RIDs of one message waiting for a delivery connection to one route; re-submitted after a soft bounce.</summary>
internal sealed class DeliveryJob : Actor
{
    public DeliveryJob(Message message, int[] rids, Destination route, bool quarantine)
    {
        Message = message;
        Rids = rids;
        Route = route;
        Quarantine = quarantine;
    }

    public Message Message { get; }

    public int[] Rids { get; }

    public Destination Route { get; }

    public bool Quarantine { get; }

    public int Tries { get; init; }

    /// <summary>Retry time reached (<c>pending till</c>): back into the route's queue.</summary>
    public override void Run(Simulation sim) => Route.Submit(sim, this);
}

/// <summary>
/// A delivery route (one destination domain, or an internal mail server): its MX addresses, its usual TLS
/// behaviour, the jobs waiting for it and its open DCIDs, which are reused for every waiting job until idle.
/// </summary>
internal sealed class Destination : Actor
{
    public const string SmaDomain = "sma1.example.net";

    private long _backoffUntil;
    private int _ipTurn;

    private Destination(Appliance app, string domain)
    {
        App = app;
        Domain = domain;
    }

    public Appliance App { get; }

    public string Domain { get; }

    public string[] Ips { get; private init; } = [];

    public int Port { get; private init; } = 25;

    public bool Internal { get; private init; }

    public int MaxConnections { get; private init; } = 2;

    /// <summary>Extra seconds per message (up to 4× this) a throttling provider takes to answer.</summary>
    public double Tarpit { get; private init; }

    public OutboundTlsPlan Profile { get; private init; }

    public TlsParams Params { get; private init; } = new("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384");

    public string PeerCn { get; private init; } = "";

    /// <summary>How the remote answers a successful transfer (Exchange, Postfix, a large provider).</summary>
    public int ReplyStyle { get; private init; }

    public Queue<DeliveryJob> Pending { get; } = new();

    public List<DeliveryConnection> Connections { get; } = [];

    public static Destination For(Appliance app, string domain)
    {
        var rng = app.Rng;
        var tls = app.Tls;
        switch (domain)
        {
            case World.OwnDomain:
                return new Destination(app, domain)
                {
                    Ips = ["10.20.0.10", "10.20.0.11"],
                    Internal = true,
                    MaxConnections = 4,
                    Profile = tls.DrawDestinationProfile(rng),
                    Params = tls.DrawParams(rng),
                    PeerCn = "mailhub.example.net",
                    ReplyStyle = 0,
                };
            case World.SubsidiaryDomain:
                return new Destination(app, domain)
                {
                    Ips = ["10.30.0.25"],
                    Internal = true,
                    MaxConnections = 3,
                    Profile = tls.DrawDestinationProfile(rng),
                    Params = tls.DrawParams(rng),
                    PeerCn = "exchange.example.org",
                    ReplyStyle = 0,
                };
            case "archive.example.net":
                return new Destination(app, domain)
                {
                    Ips = ["10.20.0.40"],
                    Internal = true,
                    MaxConnections = 1,
                    Profile = tls.DrawDestinationProfile(rng),
                    Params = tls.DrawParams(rng),
                    PeerCn = "archive.example.net",
                    ReplyStyle = 1,
                };
            case SmaDomain:
                return new Destination(app, domain)
                {
                    Ips = ["10.20.0.60"],
                    Port = 6025,
                    Internal = true,
                    MaxConnections = 1,
                    Profile = OutboundTlsPlan.None,
                    ReplyStyle = 3,
                };
            default:
                var popular = Array.IndexOf(app.World.ExternalDomains, domain) is >= 0 and < 5;
                return new Destination(app, domain)
                {
                    Ips = popular ? [World.ExternalIp(domain, 0), World.ExternalIp(domain, 1)] : [World.ExternalIp(domain, 0)],
                    // Large providers throttle senders: few connections, slow replies (so their connections stay busy).
                    MaxConnections = 2,
                    Tarpit = popular ? 0.5 : 0,
                    Profile = tls.DrawDestinationProfile(rng),
                    Params = tls.DrawParams(rng),
                    PeerCn = "mx1." + domain,
                    ReplyStyle = popular ? 2 : 1,
                };
        }
    }

    public string NextIp() => Ips[_ipTurn++ % Ips.Length];

    public void Submit(Simulation sim, DeliveryJob job)
    {
        Pending.Enqueue(job);
        Kick(sim);
    }

    /// <summary>Gives waiting work to an idle connection, or opens one more if allowed.</summary>
    public void Kick(Simulation sim)
    {
        if (Pending.Count == 0)
        {
            return;
        }
        foreach (var c in Connections)
        {
            if (c.IsIdle)
            {
                c.Wake(sim);
                return;
            }
        }
        if (sim.Now < _backoffUntil)
        {
            sim.At(this, _backoffUntil);
            return;
        }
        if (Connections.Count < MaxConnections)
        {
            var c = new DeliveryConnection(this);
            Connections.Add(c);
            sim.After(c, 0.01 + App.Rng.NextDouble() * 0.3);
        }
    }

    /// <summary>The route failed (connection error, TLS required and not achieved): retry later with a new connection.</summary>
    public void Backoff(Simulation sim, double seconds)
    {
        _backoffUntil = sim.Now + (long)(seconds * 1000);
        sim.At(this, _backoffUntil);
    }

    /// <summary>Backoff over: try again.</summary>
    public override void Run(Simulation sim) => Kick(sim);

    /// <summary>This connection's TLS behaviour: mostly the route's usual one, sometimes not.</summary>
    public OutboundTlsPlan DrawConnectionTls(Rng rng, TlsChooser tls, double failedShare)
    {
        if (Domain == SmaDomain)
        {
            return OutboundTlsPlan.None;
        }
        // TLS-required destination controls are set for some outside partners, not for our own servers.
        if (!Internal && rng.Chance(failedShare * 0.25))
        {
            return OutboundTlsPlan.RequiredFailed;
        }
        // Outside domains mostly behave the same each time; internal servers carry so much of the traffic that
        // one draw for all would swamp the mix, so they draw per connection.
        return !Internal && rng.Chance(0.85) ? Profile : tls.DrawDestinationProfile(rng);
    }
}

/// <summary>
/// One delivery connection (DCID): open, TLS (or not), then one message after another from its route's queue
/// (<c>Delivery start</c> → <c>Message done</c> / <c>Bounced</c> / <c>Delayed</c>), closing when idle or after
/// its message limit.
/// </summary>
internal sealed class DeliveryConnection : Actor
{
    private enum Step
    {
        Connect,
        Tls,
        Next,
        Result,
        IdleCheck,
    }

    private readonly Destination _route;
    private readonly int _maxMessages;
    private Step _step = Step.Connect;
    private long _dcid;
    private string _ip = "";
    private OutboundTlsPlan _plan;
    private TlsParams _params;
    private LegView _view;
    private int _delivered;
    private DeliveryJob? _job;
    private Attempt? _attempt;
    private bool _tlsLogged;

    public DeliveryConnection(Destination route)
    {
        _route = route;
        _maxMessages = route.App.Rng.Range(10, 50);
        _params = route.Params;
    }

    public bool IsIdle { get; private set; }

    private Appliance App => _route.App;

    public void Wake(Simulation sim)
    {
        IsIdle = false;
        _step = Step.Next;
        sim.After(this, 0.005 + App.Rng.NextDouble() * 0.05);
    }

    public override void Run(Simulation sim)
    {
        switch (_step)
        {
            case Step.Connect: Connect(sim); break;
            case Step.Tls: Negotiate(sim); break;
            case Step.Next: Next(sim); break;
            case Step.Result: Result(sim); break;
            case Step.IdleCheck: Close(sim); break;
        }
    }

    private void Connect(Simulation sim)
    {
        var rng = App.Rng;
        _dcid = App.NextDcid++;
        _ip = _route.NextIp();
        if (!_route.Internal && rng.Chance(0.01))
        {
            // §5.4: the connection never came up; nothing is delivered on this DCID.
            LogLines.ConnectionError(sim, App, _dcid, _route.Domain, _ip, _route.Port);
            _route.Connections.Remove(this);
            _route.Backoff(sim, 60 + rng.NextDouble() * 240);
            return;
        }
        var mix = App.Options.TlsMix;
        _plan = _route.DrawConnectionTls(rng, App.Tls, mix.Failed / (mix.Success + mix.Failed + mix.None));
        if (_plan != _route.Profile)
        {
            _params = App.Tls.DrawParams(rng);
        }
        // The seed TechNote shows the TLS line before New SMTP DCID; bind by id, never by adjacency (§5.2).
        // Same schedule either way, so this older order changes the text, not the traffic.
        if (_plan == OutboundTlsPlan.Success && App.Variant())
        {
            LogTls(sim);
            _tlsLogged = true;
        }
        _view.OpenWritten = LogLines.NewDcid(sim, App, _dcid, _ip, _route.Port);
        _step = Step.Tls;
        sim.After(this, 0.03 + rng.NextDouble() * 0.35);
    }

    private void Negotiate(Simulation sim)
    {
        if (!_tlsLogged && !LogTls(sim))
        {
            return;
        }
        _step = Step.Next;
        sim.After(this, 0.005 + App.Rng.NextDouble() * 0.05);
    }

    /// <summary>Writes this connection's TLS line (if any); false when the connection ends here (TLS required, not achieved).</summary>
    private bool LogTls(Simulation sim)
    {
        switch (_plan)
        {
            case OutboundTlsPlan.Success:
                if (LogLines.DcidTlsSuccess(sim, App, _dcid, _params, _route.PeerCn, _route.Domain))
                {
                    _view.Seen = LegTlsStatus.Success;
                }
                break;
            case OutboundTlsPlan.FailedClear:
                if (LogLines.DcidTlsFailed(sim, App, _dcid))
                {
                    _view.Seen = LegTlsStatus.Failed;
                }
                break;
            case OutboundTlsPlan.NotSupportedClear:
                if (LogLines.DcidStartTlsNotSupported(sim, App, _dcid))
                {
                    _view.Seen = LegTlsStatus.Failed;
                }
                break;
            case OutboundTlsPlan.RequiredFailed:
                LogLines.DcidTlsRequired(sim, App, _dcid, _ip);
                LogLines.DcidClose(sim, App, _dcid);
                _route.Connections.Remove(this);
                _route.Backoff(sim, 120 + App.Rng.NextDouble() * 600);
                return false;
        }
        return true;
    }

    private void Next(Simulation sim)
    {
        var rng = App.Rng;
        if (_delivered >= _maxMessages && _route.Pending.Count > 0)
        {
            Close(sim);
            return;
        }
        if (!_route.Pending.TryDequeue(out var job))
        {
            IsIdle = true;
            _step = Step.IdleCheck;
            sim.After(this, 1 + rng.NextDouble() * 9);
            return;
        }
        _job = job;
        var w = LogLines.DeliveryStart(sim, App, _dcid, job.Message.Mid, job.Rids);
        job.Message.Touch(sim, w);
        _attempt = new Attempt(_dcid, job.Rids, w ? _view.Status : null, w, job.Quarantine);
        job.Message.Attempts.Add(_attempt);
        _step = Step.Result;
        // Transfer time grows with the size; large messages on slow links take a while.
        sim.After(this, 0.08 + rng.NextDouble() * (0.4 + _route.Tarpit * 4) + job.Message.Size / (300_000.0 + rng.NextDouble() * 3_000_000.0));
    }

    private void Result(Simulation sim)
    {
        var rng = App.Rng;
        var job = _job!;
        var attempt = _attempt!;
        var msg = job.Message;
        _job = null;
        _attempt = null;
        _delivered++;

        var delivered = new List<int>(job.Rids.Length);
        var delayed = new List<int>();
        var settled = 0;
        // ESA retry schedule: starts around a minute, doubles, capped at an hour (with jitter).
        var retryAt = sim.Now + (long)(Math.Min(3600, 60 * Math.Pow(2, job.Tries + 1)) * (0.8 + rng.NextDouble() * 0.8) * 1000);
        if (job.Quarantine)
        {
            delivered.AddRange(job.Rids);
        }
        else
        {
            var external = !_route.Internal;
            var greylisted = external && job.Tries == 0 && rng.Chance(0.02);
            foreach (var rid in job.Rids)
            {
                var r = rng.NextDouble();
                var bounceP = job.Tries > 0 ? 0.05 : external ? 0.02 : 0.008;
                var delayP = job.Tries > 0 ? 0.2 : external ? 0.025 : 0.005;
                if (greylisted || (r >= bounceP && r < bounceP + delayP))
                {
                    Delay(sim, msg, attempt, rid, retryAt, greylisted);
                    delayed.Add(rid);
                }
                else if (r < bounceP)
                {
                    var w = LogLines.Bounced(sim, App, _dcid, msg.Mid, rid, Failures.Bounce(rng, msg.Recipients[rid].Address));
                    msg.Touch(sim, w);
                    Observe(attempt, w);
                    if (w)
                    {
                        attempt.SetOutcome(rid, DeliveryOutcome.Bounced);
                    }
                    msg.GenerateBounce(sim);
                    settled++;
                }
                else
                {
                    delivered.Add(rid);
                }
            }
        }

        if (delivered.Count > 0)
        {
            var rids = delivered.ToArray();
            var w = LogLines.MessageDone(sim, App, _dcid, msg.Mid, rids, job.Quarantine);
            msg.Touch(sim, w);
            Observe(attempt, w);
            if (w)
            {
                foreach (var rid in rids)
                {
                    attempt.SetOutcome(rid, DeliveryOutcome.Delivered);
                }
            }
            msg.Touch(sim, LogLines.Response(sim, App, msg.Mid, rids, Replies.Accepted(rng, _route.ReplyStyle)));
            settled += rids.Length;
        }

        if (delayed.Count > 0)
        {
            sim.At(new DeliveryJob(msg, [.. delayed], job.Route, quarantine: false) { Tries = job.Tries + 1 }, retryAt);
        }

        _step = Step.Next;
        sim.After(this, 0.005 + rng.NextDouble() * 0.06);
        if (settled > 0)
        {
            msg.Settled(sim, settled);
        }
    }

    /// <summary>An attempt whose Delivery start was before the window is first seen at its result.</summary>
    private void Observe(Attempt attempt, bool written)
    {
        if (written && !attempt.StartWritten && attempt.Leg is null)
        {
            attempt.Leg = _view.Status;
        }
    }

    private void Delay(Simulation sim, Message msg, Attempt attempt, int rid, long retryAt, bool greylisted)
    {
        var w = LogLines.Delayed(sim, App, _dcid, msg.Mid, rid, Failures.Delay(App.Rng, msg.Recipients[rid].Address, greylisted));
        msg.Touch(sim, w);
        Observe(attempt, w);
        if (w)
        {
            attempt.SetOutcome(rid, DeliveryOutcome.Delayed);
        }
        msg.Touch(sim, LogLines.PendingTill(sim, App, msg.Mid, rid, retryAt));
    }

    private void Close(Simulation sim)
    {
        LogLines.DcidClose(sim, App, _dcid);
        IsIdle = false;
        _route.Connections.Remove(this);
        // Work may have arrived for the route while this one was closing.
        _route.Kick(sim);
    }
}
