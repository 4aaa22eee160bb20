using EsaTls.Core.Contract;

namespace EsaTls.LogGen.Model;

internal enum SessionKind
{
    /// <summary>A server on the internet delivering to our domains (ACCEPT).</summary>
    Inbound,
    /// <summary>An internal server relaying our users' mail out (RELAY).</summary>
    Relay,
    /// <summary>The internal bulk mailer sending a campaign (RELAY, many messages, one recipient each).</summary>
    Campaign,
    /// <summary>Refused by the host access table (REJECT).</summary>
    Rejected,
    /// <summary>Connects and leaves without sending a message (scanners, broken clients, required-TLS refusals).</summary>
    NoMail,
}

/// <summary>
/// One inbound SMTP connection (ICID): open + HAT verdict, STARTTLS (or not), 0..k messages each logged from
/// <c>Start MID</c> to <c>ready</c>, then close (or lost). The receive leg of each message is the connection's
/// visible TLS state at its <c>Start MID</c>.
/// </summary>
internal sealed class InboundSession : Actor
{
    private enum Step
    {
        Open,
        Tls,
        MessageStart,
        MessageData,
        Close,
    }

    private readonly Appliance _app;
    private readonly SessionKind _kind;
    private readonly int _messages;
    private readonly double _gapSeconds;
    private readonly InboundTlsPlan _plan;
    private readonly string _senderDomain;
    private Step _step = Step.Open;
    private long _icid;
    private LegView _view;
    private bool _tlsActive;
    private int _index;
    private Message? _current;
    /// <summary>A plain connection that issues STARTTLS after its first message (the state changes mid-connection).</summary>
    private readonly bool _lateStartTls;

    public InboundSession(Appliance app, SessionKind kind, int messages, double gapSeconds)
    {
        _app = app;
        _kind = kind;
        _messages = messages;
        _gapSeconds = gapSeconds;
        var rng = app.Rng;
        _plan = kind == SessionKind.Rejected ? InboundTlsPlan.None : app.Tls.DrawInbound(rng);
        if (_plan == InboundTlsPlan.FailedDrop && kind is SessionKind.Relay or SessionKind.Campaign)
        {
            _plan = InboundTlsPlan.Failed; // our own servers carry on in clear (TLS Preferred)
        }
        _lateStartTls = _plan == InboundTlsPlan.None && messages >= 2 && rng.Chance(0.05);
        _senderDomain = kind is SessionKind.Relay or SessionKind.Campaign
            ? rng.Chance(0.8) ? World.OwnDomain : World.SubsidiaryDomain
            : app.World.ExternalDomain(rng);
    }

    /// <summary>Campaigns only: every recipient at this domain.</summary>
    public string? CampaignDomain { get; init; }

    public override void Run(Simulation sim)
    {
        switch (_step)
        {
            case Step.Open: Open(sim); break;
            case Step.Tls: Tls(sim); break;
            case Step.MessageStart: MessageStart(sim); break;
            case Step.MessageData: MessageData(sim); break;
            case Step.Close: Close(sim, _app.Rng.Chance(0.04)); break;
        }
    }

    private void Open(Simulation sim)
    {
        var rng = _app.Rng;
        _icid = _app.NextIcid++;
        switch (_kind)
        {
            case SessionKind.Relay:
            case SessionKind.Campaign:
                var host = _kind == SessionKind.Campaign ? "bulk.example.net" : $"exch{rng.Range(1, 4):D2}.corp.example.net";
                var ip = _kind == SessionKind.Campaign ? "10.20.5.50" : $"10.20.1.{rng.Range(10, 14)}";
                _view.OpenWritten = LogLines.NewIcid(sim, _app, _icid, "Data 2", _app.RelayIp, ip, host, true);
                LogLines.Hat(sim, _app, _icid, "RELAY", "RELAYLIST", "10.20.0.0/16", "not enabled", "not enabled");
                break;
            case SessionKind.Rejected:
                _view.OpenWritten = LogLines.NewIcid(sim, _app, _icid, "Data 1", _app.PublicIp, World.SenderIp(rng), "unknown", false);
                var sbrs = -3.0 - rng.NextDouble() * 7;
                LogLines.Hat(sim, _app, _icid, "REJECT", "BLOCKED_LIST", "sbrs[-10.0:-3.0]", sbrs.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), rng.Pick(World.Countries));
                _step = Step.Close;
                sim.After(this, 0.1 + rng.NextDouble());
                return;
            default:
                var verified = rng.Chance(0.85);
                var rdns = verified ? $"{(rng.Chance(0.5) ? "mail" : "mx")}{rng.Range(1, 9)}.{_senderDomain}" : "unknown";
                _view.OpenWritten = LogLines.NewIcid(sim, _app, _icid, "Data 1", _app.PublicIp, World.SenderIp(rng), rdns, verified);
                Hat(sim, rng);
                break;
        }
        _step = Step.Tls;
        sim.After(this, 0.05 + rng.NextDouble() * 0.45);
    }

    private void Hat(Simulation sim, Rng rng)
    {
        var r = rng.NextDouble();
        var country = rng.Pick(World.Countries);
        if (r < 0.12)
        {
            LogLines.Hat(sim, _app, _icid, "ACCEPT", "UNKNOWNLIST", "sbrs[none]", "None", country);
        }
        else if (r < 0.22)
        {
            var s = -3.0 + rng.NextDouble() * 1.9;
            LogLines.Hat(sim, _app, _icid, "ACCEPT", "SUSPECTLIST", "sbrs[-3.0:-1.0]", s.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), country);
        }
        else if (r < 0.27)
        {
            LogLines.Hat(sim, _app, _icid, "ACCEPT", "ALLOWED_LIST", "." + _senderDomain, (3 + rng.NextDouble() * 6.9).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), country);
        }
        else
        {
            var s = -1.0 + rng.NextDouble() * 10.9;
            LogLines.Hat(sim, _app, _icid, "ACCEPT", "UNKNOWNLIST", "sbrs[-1.0:10.0]", s.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), country);
        }
    }

    private void Tls(Simulation sim)
    {
        var rng = _app.Rng;
        switch (_plan)
        {
            case InboundTlsPlan.Success:
                StartTls(sim, success: true);
                break;
            case InboundTlsPlan.Failed:
                StartTls(sim, success: false);
                break;
            case InboundTlsPlan.FailedDrop:
                StartTls(sim, success: false);
                Close(sim, lost: true);
                return;
        }
        if (_kind == SessionKind.NoMail)
        {
            if (_plan == InboundTlsPlan.None && rng.Chance(0.2))
            {
                // A partner listener that requires TLS; the client never sent STARTTLS (§3.3 I6).
                LogLines.IcidTlsRequired(sim, _app, _icid);
            }
            _step = Step.Close;
            sim.After(this, 0.5 + rng.NextDouble() * 20);
            return;
        }
        _step = Step.MessageStart;
        sim.After(this, 0.1 + rng.NextDouble() * 1.5);
    }

    private void StartTls(Simulation sim, bool success)
    {
        var w = success
            ? LogLines.IcidTlsSuccess(sim, _app, _icid, _app.Tls.DrawParams(_app.Rng))
            : LogLines.IcidTlsFailed(sim, _app, _icid);
        _tlsActive = success;
        if (w)
        {
            _view.Seen = success ? LegTlsStatus.Success : LegTlsStatus.Failed;
        }
    }

    private void MessageStart(Simulation sim)
    {
        var rng = _app.Rng;
        if (_lateStartTls && _index == 1)
        {
            // The TLS state changes between two messages of one connection (§3.3 notes, S11): the first
            // message keeps the state it started with.
            StartTls(sim, success: rng.Chance(0.6));
        }

        var outbound = _kind != SessionKind.Inbound;
        var from = _kind switch
        {
            SessionKind.Campaign => "newsletter@" + World.OwnDomain,
            SessionKind.Inbound => (rng.Chance(0.3) ? World.Role(rng) : World.Person(rng)) + "@" + _senderDomain,
            _ => World.Person(rng) + "@" + _senderDomain,
        };
        if (_kind == SessionKind.Inbound && rng.Chance(0.01))
        {
            from = "";
        }
        var recipients = Recipients(rng);
        var msg = new Message(_app, _app.NextMid++, MessageOrigin.Received, null)
        {
            Icid = _icid,
            From = from,
            Recipients = recipients,
            Outbound = outbound,
            Size = rng.LogNormal(_kind == SessionKind.Campaign ? 40_000 : 18_000, 1.2, 700, 30_000_000),
            Campaign = _kind == SessionKind.Campaign,
        };
        _current = msg;

        var ws = LogLines.StartMid(sim, _app, msg.Mid, _icid);
        msg.Touch(sim, ws);
        if (ws)
        {
            msg.StartWrittenMs = sim.Now;
            msg.ReceiveAtStart = _view.Status;
        }
        msg.Touch(sim, LogLines.From(sim, _app, msg.Mid, _icid, from));
        var rejectedAt = _kind == SessionKind.Inbound && rng.Chance(0.05) ? rng.Next(recipients.Count + 1) : -1;
        for (var rid = 0; rid <= recipients.Count; rid++)
        {
            if (rid == rejectedAt)
            {
                var rat = rng.Chance(0.2);
                var address = rat ? World.Person(rng) + "@" + _app.World.ExternalDomain(rng) : World.Person(rng) + "x@" + World.OwnDomain;
                msg.Touch(sim, LogLines.ToRejected(sim, _app, msg.Mid, _icid, address, rat ? "RAT" : "LDAPACCEPT"));
            }
            if (rid < recipients.Count)
            {
                msg.Touch(sim, LogLines.To(sim, _app, msg.Mid, _icid, rid, recipients[rid].Address));
            }
        }

        if (rng.Chance(0.01))
        {
            // The client went away during DATA (§6.6): no message, the connection is lost.
            msg.Touch(sim, LogLines.Aborted(sim, _app, msg.Mid, "Receiving aborted"));
            msg.Finish(sim, aborted: true);
            _current = null;
            _index++;
            Close(sim, lost: true);
            return;
        }
        _step = Step.MessageData;
        sim.After(this, 0.1 + rng.NextDouble() * 0.8 + msg.Size / (200_000.0 + rng.NextDouble() * 5_000_000.0));
    }

    private List<Recipient> Recipients(Rng rng)
    {
        var n = _kind == SessionKind.Campaign ? 1 : rng.NextDouble() switch
        {
            < 0.68 => 1,
            < 0.84 => 2,
            < 0.96 => rng.Range(3, 5),
            _ => rng.Range(6, 12),
        };
        var list = new List<Recipient>(n);
        var domains = new List<string>();
        for (var i = 0; i < n; i++)
        {
            string domain;
            if (_kind == SessionKind.Inbound)
            {
                domain = World.OwnRecipientDomain(rng);
            }
            else if (_kind == SessionKind.Campaign)
            {
                domain = CampaignDomain ?? _app.World.ConsumerDomain(rng); // newsletters go mostly to the large providers
            }
            else if (_kind == SessionKind.Relay && rng.Chance(0.12))
            {
                domain = World.OwnDomain; // a colleague in copy: delivered internally
            }
            else if (domains.Count > 0 && rng.Chance(0.45))
            {
                domain = domains[rng.Next(domains.Count)]; // several recipients at one outside domain
            }
            else
            {
                domain = rng.Chance(0.004) ? rng.Pick(_app.World.BrokenDomains) : _app.World.ExternalDomain(rng);
            }
            domains.Add(domain);
            var local = _kind == SessionKind.Inbound && rng.Chance(0.1) ? World.Role(rng) : World.Person(rng);
            var address = local + "@" + domain;
            if (list.Exists(r => r.Address == address))
            {
                address = local + i + "@" + domain;
            }
            list.Add(new Recipient(address, domain));
        }
        return list;
    }

    private void MessageData(Simulation sim)
    {
        var rng = _app.Rng;
        var msg = _current!;
        _current = null;
        var r = rng.NextDouble();
        if (r < 0.95)
        {
            var token = World.Token(rng, 16) + "." + rng.Range(1000, 99999);
            var host = msg.Outbound ? "exch01.corp.example.net" : Message.Domain(msg.From) is { Length: > 0 } d ? d : "mail.example";
            var messageId = r switch
            {
                // A quote inside the id: logged between double quotes (§4.4, S1 "Lands'End").
                < 0.02 => $"<O'Neill.{token}@{host}>",
                // No angle brackets when the header had none (S11).
                < 0.04 => $"{token}@{host}",
                _ => $"<{token}@{host}>",
            };
            msg.Touch(sim, LogLines.MessageId(sim, _app, msg.Mid, messageId));
        }
        if (rng.Chance(0.97))
        {
            var subject = msg.Campaign ? "Newsletter: March edition" : rng.Pick(World.Subjects);
            msg.Touch(sim, LogLines.Subject(sim, _app, msg.Mid, subject));
        }
        msg.Touch(sim, LogLines.Ready(sim, _app, msg.Mid, msg.Size, msg.From));
        if (_tlsActive && rng.Chance(_app.Options.DebugTlsRead))
        {
            var w = LogLines.TlsRead(sim, _app, msg.Mid, _icid, msg.Size, rng.Range(5, 2500));
            msg.Touch(sim, w);
            msg.TlsReadWritten |= w;
        }
        msg.Received(sim);

        _index++;
        if (_index < _messages)
        {
            _step = Step.MessageStart;
            sim.After(this, _gapSeconds > 0 ? _gapSeconds * (0.7 + rng.NextDouble() * 0.6) : 0.05 + rng.Exp(1.5));
            return;
        }
        _step = Step.Close;
        sim.After(this, 0.05 + rng.NextDouble() * 0.5);
    }

    private void Close(Simulation sim, bool lost)
    {
        if (lost)
        {
            LogLines.IcidEnd(sim, _app, _icid, lost: true);
            // A bulk mailer reconnects and sends the rest of its batch.
            var left = _messages - _index;
            if (_kind == SessionKind.Campaign && left > 0)
            {
                sim.After(new InboundSession(_app, _kind, left, _gapSeconds) { CampaignDomain = CampaignDomain }, 5 + _app.Rng.NextDouble() * 25);
            }
        }
        LogLines.IcidEnd(sim, _app, _icid, lost: false);
    }
}
