using EsaTls.Core.Contract;

namespace EsaTls.LogGen.Model;

/// <summary>
/// What happens to a message after reception: content scanning (with its fates: split, rewrite, BCC copy,
/// spam quarantine, drop), queueing, hand-off to the delivery routes, and <c>Message finished</c> once every
/// recipient is settled. Children and DSNs start here too.
/// </summary>
internal sealed partial class Message
{
    private enum Step
    {
        Scan,
        Queue,
        SplitChildStart,
        RewriteChildStart,
        BccStart,
        DsnStart,
        RpcDone,
    }

    private static readonly string[] SplitPolicies = ["Executives", "Finance", "Legal", "Engineering"];
    private static readonly string[] RewriteAgents =
        ["add-footer filter 'Footer Stamping'", "LDAP rewrite", "alt-rcpt-to-filter filter 'Helpdesk Reroute'", "antispam"];

    private Step _step = Step.Scan;
    private int _outstanding;
    private long _rcid;

    /// <summary>Hands a freshly received message (after <c>ready</c>) to scanning.</summary>
    public void Received(Simulation sim) => sim.After(this, 0.05 + App.Rng.NextDouble() * 0.8);

    public override void Run(Simulation sim)
    {
        switch (_step)
        {
            case Step.Scan: Scan(sim); break;
            case Step.Queue: QueueForDelivery(sim); break;
            case Step.SplitChildStart: ChildEnvelope(sim); break;
            case Step.RewriteChildStart: RewriteContinues(sim); break;
            case Step.BccStart: CopyEnvelope(sim); break;
            case Step.DsnStart: CopyEnvelope(sim); break;
            case Step.RpcDone: RpcDone(sim); break;
        }
    }

    private void Line(Simulation sim, bool written) => Touch(sim, written);

    private void Scan(Simulation sim)
    {
        var rng = App.Rng;
        var domain = Domain(From);
        if (!Outbound && From.Length > 0)
        {
            Line(sim, LogLines.Spf(sim, App, Mid, From));
            if (rng.Chance(0.8))
            {
                Line(sim, LogLines.Dkim(sim, App, Mid, domain));
                Line(sim, LogLines.Dmarc(sim, App, Mid, domain));
            }
            if (rng.Chance(0.5))
            {
                Line(sim, LogLines.Sdr(sim, App, Mid, domain));
            }
        }

        // Per-recipient policies: some inbound messages to several people are split (§6.3); the parent then ends
        // without a delivery of its own.
        if (Origin == MessageOrigin.Received && !Outbound && Recipients.Count >= 2 && rng.Chance(0.06))
        {
            SplitInto(sim);
            return;
        }

        Line(sim, LogLines.Policy(sim, App, Mid, Campaign ? "BULK" : "DEFAULT", Outbound));
        if (!Outbound)
        {
            Line(sim, LogLines.Scan(sim, App, Mid, "interim verdict using engine: CASE spam negative"u8));
        }

        if (Origin == MessageOrigin.Received && !Outbound && !Campaign)
        {
            var fate = rng.NextDouble();
            if (fate < 0.05)
            {
                SpamPositive(sim);
                return;
            }
            if (fate < 0.053)
            {
                Line(sim, LogLines.Scan(sim, App, Mid, "antivirus positive 'Eicar-Test-Signature'"u8));
                Line(sim, LogLines.Aborted(sim, App, Mid, "Dropped by filter 'drop_infected'"));
                Finish(sim, aborted: true);
                return;
            }
            if (fate < 0.07)
            {
                RewriteInto(sim);
                return;
            }
        }

        if (Origin == MessageOrigin.Received && !Campaign && rng.Chance(0.04))
        {
            BccCopy(sim);
        }

        _step = Step.Queue;
        sim.After(this, 0.2 + rng.NextDouble() * 2.5);
    }

    private void QueueForDelivery(Simulation sim)
    {
        var rng = App.Rng;
        if (Outbound)
        {
            Line(sim, LogLines.Scan(sim, App, Mid, "antivirus negative"u8));
            Line(sim, LogLines.Scan(sim, App, Mid, "Outbreak Filters: verdict negative"u8));
        }
        else
        {
            Line(sim, LogLines.Scan(sim, App, Mid, "interim AV verdict using Sophos CLEAN"u8));
            if (rng.Chance(0.6))
            {
                Line(sim, LogLines.Scan(sim, App, Mid, "AMP file reputation verdict : SKIPPED (no attachment in message)"u8));
            }
            Line(sim, LogLines.Scan(sim, App, Mid, "using engine: CASE spam negative"u8));
            Line(sim, LogLines.Scan(sim, App, Mid, "antivirus negative"u8));
            Line(sim, LogLines.Scan(sim, App, Mid, rng.Chance(0.85) ? "using engine: GRAYMAIL negative"u8 : "using engine: GRAYMAIL marketing_mail"u8));
            Line(sim, LogLines.Scan(sim, App, Mid, "Outbreak Filters: verdict negative"u8));
        }
        Line(sim, LogLines.Queued(sim, App, Mid));
        Dispatch(sim);
    }

    /// <summary>Groups the recipients by route and queues one job per route; unresolvable domains bounce at once (DCID 0).</summary>
    private void Dispatch(Simulation sim)
    {
        _outstanding = Recipients.Count;
        var byDomain = new List<(Destination Route, List<int> Rids)>();
        for (var rid = 0; rid < Recipients.Count; rid++)
        {
            var domain = Recipients[rid].Domain;
            if (domain.EndsWith(".invalid", StringComparison.Ordinal))
            {
                var failure = new SmtpFailure("5.1.2", "Bad destination host", "000", $"DNS Hard Error looking up {domain} (MX):  NXDomain");
                var attempt = new Attempt(0, [rid], null, false, false);
                Attempts.Add(attempt);
                var w = LogLines.Bounced(sim, App, 0, Mid, rid, failure);
                Line(sim, w);
                if (w)
                {
                    attempt.SetOutcome(rid, DeliveryOutcome.Bounced);
                }
                GenerateBounce(sim);
                _outstanding--;
                continue;
            }
            var route = App.Route(domain);
            var group = byDomain.Find(g => g.Route == route).Rids;
            if (group is null)
            {
                byDomain.Add((route, [rid]));
            }
            else
            {
                group.Add(rid);
            }
        }
        foreach (var (route, rids) in byDomain)
        {
            route.Submit(sim, new DeliveryJob(this, [.. rids], route, quarantine: false));
        }
        if (_outstanding == 0)
        {
            Finish(sim, aborted: false);
        }
    }

    /// <summary>Recipients settled for good (delivered, bounced, handed to the quarantine).</summary>
    public void Settled(Simulation sim, int count)
    {
        _outstanding -= count;
        if (_outstanding <= 0)
        {
            Finish(sim, aborted: false);
        }
    }

    private void SpamPositive(Simulation sim)
    {
        var rng = App.Rng;
        Line(sim, LogLines.Scan(sim, App, Mid, "using engine: CASE spam positive"u8));
        var r = rng.NextDouble();
        if (r < 0.35)
        {
            Line(sim, LogLines.Aborted(sim, App, Mid, "Dropped by CASE"));
            Finish(sim, aborted: true);
            return;
        }
        Line(sim, LogLines.Queued(sim, App, Mid));
        _outstanding = Recipients.Count;
        if (r < 0.7)
        {
            // Centralized spam quarantine on the SMA: a delivery on a DCID marked (external quarantine).
            var sma = App.Route(Destination.SmaDomain);
            var all = new int[Recipients.Count];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = i;
            }
            sma.Submit(sim, new DeliveryJob(this, all, sma, quarantine: true));
            return;
        }
        _rcid = App.NextRcid++;
        Line(sim, LogLines.RpcStart(sim, App, _rcid, Mid));
        _step = Step.RpcDone;
        sim.After(this, 0.05 + rng.NextDouble() * 0.3);
    }

    private void RpcDone(Simulation sim)
    {
        Line(sim, LogLines.RpcDone(sim, App, _rcid, Mid));
        Settled(sim, Recipients.Count);
    }

    private void SplitInto(Simulation sim)
    {
        var rng = App.Rng;
        var cut = rng.Range(1, Recipients.Count - 1);
        Recipient[][] parts = [Recipients.Take(cut).ToArray(), Recipients.Skip(cut).ToArray()];
        foreach (var part in parts)
        {
            var policy = rng.Pick(SplitPolicies);
            var child = new Message(App, App.NextMid++, MessageOrigin.SplitChild, this)
            {
                From = From,
                Recipients = [.. part],
                Outbound = Outbound,
                Size = Size,
            };
            child._policy = policy;
            var w = LogLines.Split(sim, App, Mid, child.Mid, policy);
            Line(sim, w);
            child.Touch(sim, w);
            child.LinkWritten = w;
            child._step = Step.SplitChildStart;
            sim.After(child, 0.01 + rng.NextDouble() * 0.1);
        }
        Finish(sim, aborted: false);
    }

    private string _policy = "DEFAULT";

    private void ChildEnvelope(Simulation sim)
    {
        Line(sim, LogLines.From(sim, App, Mid, 0, From));
        for (var rid = 0; rid < Recipients.Count; rid++)
        {
            Line(sim, LogLines.To(sim, App, Mid, 0, rid, Recipients[rid].Address));
        }
        Line(sim, LogLines.Policy(sim, App, Mid, _policy, Outbound));
        Line(sim, LogLines.Scan(sim, App, Mid, "interim verdict using engine: CASE spam negative"u8));
        _step = Step.Queue;
        sim.After(this, 0.2 + App.Rng.NextDouble() * 2);
    }

    private void RewriteInto(Simulation sim)
    {
        var rng = App.Rng;
        var child = new Message(App, App.NextMid++, MessageOrigin.Rewrite, this)
        {
            From = From,
            Recipients = Recipients,
            Outbound = Outbound,
            Size = Size + 200,
        };
        // Observed order quirk (§6.2): the new MID can be used before the 'rewritten' line.
        if (rng.Chance(0.3))
        {
            child.Touch(sim, LogLines.Scan(sim, App, child.Mid, "interim verdict using engine: CASE spam negative"u8));
        }
        var w = LogLines.Rewritten(sim, App, Mid, child.Mid, rng.Pick(RewriteAgents));
        Line(sim, w);
        child.Touch(sim, w);
        child.LinkWritten = w;
        Finish(sim, aborted: false);
        child._step = Step.RewriteChildStart;
        sim.After(child, 0.05 + rng.NextDouble() * 0.5);
    }

    private void RewriteContinues(Simulation sim)
    {
        _step = Step.Queue;
        QueueForDelivery(sim);
    }

    private void BccCopy(Simulation sim)
    {
        var child = new Message(App, App.NextMid++, MessageOrigin.Bcc, this)
        {
            From = From,
            Recipients = [new Recipient(World.ArchiveAddress, "archive.example.net")],
            Outbound = Outbound,
            Size = Size + 350,
            Icid = 0,
        };
        // §6.1: Start MID of the copy first, then the line naming its parent.
        var ws = LogLines.StartMid(sim, App, child.Mid, 0);
        child.Touch(sim, ws);
        if (ws)
        {
            child.StartWrittenMs = sim.Now;
        }
        var w = LogLines.GeneratedBcc(sim, App, child.Mid, Mid, "Archive Copy");
        child.Touch(sim, w);
        Line(sim, w);
        child.LinkWritten = w;
        child._step = Step.BccStart;
        sim.After(child, 0.01 + App.Rng.NextDouble() * 0.2);
    }

    /// <summary>A DSN for a hard bounce (§6.4): the link line, then <c>Start MID b ICID 0</c>; none for the null sender.</summary>
    public void GenerateBounce(Simulation sim)
    {
        if (From.Length == 0)
        {
            return;
        }
        var dsn = new Message(App, App.NextMid++, MessageOrigin.Bounce, this)
        {
            From = "",
            Recipients = [new Recipient(From, Domain(From))],
            Outbound = !World.IsOwn(Domain(From)),
            Size = 2000 + App.Rng.Next(3000) + Math.Min(Size, 20_000),
            Icid = 0,
        };
        var w = LogLines.GeneratedBounce(sim, App, dsn.Mid, Mid);
        Line(sim, w);
        dsn.Touch(sim, w);
        dsn.LinkWritten = w;
        var ws = LogLines.StartMid(sim, App, dsn.Mid, 0);
        dsn.Touch(sim, ws);
        if (ws)
        {
            dsn.StartWrittenMs = sim.Now;
        }
        dsn._step = Step.DsnStart;
        sim.After(dsn, 0.01 + App.Rng.NextDouble() * 0.2);
    }

    /// <summary>Envelope of an appliance-made copy (BCC copy or DSN), then straight to the queue.</summary>
    private void CopyEnvelope(Simulation sim)
    {
        Line(sim, LogLines.From(sim, App, Mid, 0, From));
        Line(sim, LogLines.To(sim, App, Mid, 0, 0, Recipients[0].Address));
        Line(sim, LogLines.Ready(sim, App, Mid, Size, From));
        _step = Step.Queue;
        sim.After(this, 0.05 + App.Rng.NextDouble() * 0.5);
    }

    public static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? address : address[(at + 1)..];
    }
}
