using EsaTls.Core.Contract;
using EsaTls.Core.Parsing;
using EsaTls.Core.Stores;

namespace EsaTls.Core.Correlation;

/// <summary>
/// Joins ICID → MID → DCID per appliance and emits one <see cref="MessageRecord"/> per message when it
/// finishes, when it is flushed (end of input, idle in the worker) and when it is evicted. Streaming in the
/// manner of findevent: per-id state, forgotten when the connection closes or the message finishes (after a
/// short grace for late lines). Not thread-safe: one correlator per pipeline; appliances never share state.
/// </summary>
public sealed partial class Correlator : ICorrelatorInput
{
    private readonly CorrelatorOptions _options;
    private readonly Action<MessageRecord> _emit;
    private readonly Func<DateTime> _wallClock;
    private readonly Dictionary<string, ApplianceState> _appliances = new(StringComparer.Ordinal);

    public Correlator(CorrelatorOptions options, Action<MessageRecord> emit, Func<DateTime>? wallClock = null)
    {
        _options = options;
        _emit = emit;
        _wallClock = wallClock ?? (() => DateTime.UtcNow);
    }

    private readonly CorrelatorCounters _counters = new();

    public CorrelatorCounters Counters
    {
        get
        {
            UpdateGauges();
            return _counters;
        }
    }

    public IEnumerable<string> Appliances => _appliances.Keys;

    /// <summary>Applies one event of <paramref name="appliance"/> logged at <paramref name="time"/> (UTC).</summary>
    public void Apply(string appliance, DateTime time, MailEvent e)
    {
        var a = Appliance(appliance);
        if (time > a.Clock)
        {
            a.Clock = time;
        }
        switch (e)
        {
            case IcidOpened o: OnIcidOpened(a, time, o); break;
            case IcidPolicy p: OnIcidPolicy(a, time, p); break;
            case IcidTls t: OnIcidTls(a, time, t); break;
            case IcidClosed c: OnIcidClosed(a, time, c); break;
            case MidStarted s: OnMidStarted(a, time, s); break;
            case MidFrom f: OnFrom(a, time, f); break;
            case MidRecipient r: OnRecipient(a, time, r); break;
            case MidMessageId id: Touch(a, id.Mid, time).MessageId = id.MessageId; break;
            case MidSubject s: Touch(a, s.Mid, time).Subject = s.Subject; break;
            case MidReady r: OnReady(a, time, r); break;
            case MidPolicyMatched p: Touch(a, p.Mid, time).Direction = p.Direction; break;
            case MidQueued q: Touch(a, q.Mid, time); break;
            case MidTlsRead t: Touch(a, t.Mid, time).TlsReadEvidence = true; break;
            case MidRelated r: OnRelated(a, time, r); break;
            case MidQuarantined q: Touch(a, q.Mid, time); break;
            case MessageAborted m: Touch(a, m.Mid, time).Aborted = true; break;
            case MessageFinished f: OnFinished(a, time, f); break;
            case DcidOpened o: OnDcidOpened(a, time, o); break;
            case DcidTls t: OnDcidTls(a, time, t); break;
            case DcidClosed c: OnDcidClosed(a, time, c); break;
            case DeliveryStarted d: OnDeliveryStarted(a, time, d); break;
            case DeliveryDone d: OnDeliveryDone(a, time, d); break;
            case DeliveryResponse r: OnResponse(a, time, r); break;
            case DeliveryBounced b: OnDeliveryResult(a, time, b.Dcid, b.Mid, b.Rids, DeliveryOutcome.Bounced, Join(b.Status, b.Text)); break;
            case DeliveryDelayed d: OnDeliveryResult(a, time, d.Dcid, d.Mid, d.Rids, DeliveryOutcome.Delayed, Join(d.Status, d.Text)); break;
            case DeliveryPending p: Touch(a, p.Mid, time); break;
            case PossibleDelivery p: OnDeliveryResult(a, time, p.Dcid, p.Mid, p.Rids, DeliveryOutcome.Delivered, "possible delivery: the final reply was not logged"); break;
            case DcidConnectionError c: OnConnectionError(a, time, c); break;
            case RpcDelivery r: Touch(a, r.Mid, time); break;
            case ApplianceVersion v when v.Serial is not null: a.Serial = v.Serial; break;
            case ConsolidatedMessage c: OnConsolidated(a, time, c); break;
            default: break;
        }
        if (a.Clock >= a.NextSweep)
        {
            Sweep(a);
        }
    }

    /// <summary>Records the serial number of an appliance learnt outside the event stream (file header seen earlier).</summary>
    public void SetSerial(string appliance, string serial) => Appliance(appliance).Serial = serial;

    /// <summary>Emits every message that changed since it was last emitted (end of a batch); state is kept.</summary>
    public void FlushAll()
    {
        foreach (var a in _appliances.Values)
        {
            foreach (var m in a.Messages.Values)
            {
                if (m.Dirty)
                {
                    Emit(a, m);
                }
            }
            foreach (var m in a.Finished.Values)
            {
                if (m.Dirty)
                {
                    Emit(a, m);
                }
            }
        }
    }

    /// <summary>Emits changed messages untouched for <paramref name="idle"/> of log time (long-lived messages in the worker).</summary>
    public void FlushIdle(TimeSpan idle)
    {
        foreach (var a in _appliances.Values)
        {
            // An appliance known only from a header (serial) has no log time yet, and nothing to flush.
            if (a.Clock - DateTime.MinValue < idle)
            {
                continue;
            }
            var before = a.Clock - idle;
            foreach (var m in a.Messages.Values)
            {
                if (m.Dirty && m.LastSeen <= before)
                {
                    Emit(a, m);
                }
            }
        }
    }

    private ApplianceState Appliance(string name)
    {
        if (!_appliances.TryGetValue(name, out var a))
        {
            a = new ApplianceState { Name = name };
            _appliances.Add(name, a);
        }
        return a;
    }

    private static string? Join(string? status, string? text) =>
        status is null ? text : text is null ? status : status + " - " + text;

    // ---- inbound connections ------------------------------------------------------------------

    private ConnectionState NewConnection(ApplianceState a, long id, DateTime time) =>
        new() { Instance = a.NewInstance(), Id = id, LastSeen = time };

    private void OnIcidOpened(ApplianceState a, DateTime time, IcidOpened o)
    {
        if (!a.Icids.TryGetValue(o.Icid, out var c) || !c.CanAdoptOpening)
        {
            c = NewConnection(a, o.Icid, time);
            a.Icids[o.Icid] = c;
            CapConnections(a);
        }
        c.OpeningSeen = true;
        c.OpenedAt = time;
        c.LastSeen = time;
        c.RemoteIp = o.RemoteIp ?? c.RemoteIp;
        c.ReverseDns = o.ReverseDns ?? c.ReverseDns;
    }

    /// <summary>The live connection for a line that is not an opening; a closed one is never revived by new facts.</summary>
    private ConnectionState LiveIcid(ApplianceState a, long icid, DateTime time)
    {
        if (!a.Icids.TryGetValue(icid, out var c) || c.Closed)
        {
            c = NewConnection(a, icid, time);
            a.Icids[icid] = c;
            CapConnections(a);
        }
        c.LastSeen = time;
        return c;
    }

    private void OnIcidPolicy(ApplianceState a, DateTime time, IcidPolicy p)
    {
        var c = LiveIcid(a, p.Icid, time);
        if (p.Action.Length > 0)
        {
            // 3.x logs a score-only line ("ICID n SBRS None") that names no policy.
            c.HatAction = p.Action;
        }
        c.SenderGroup = p.SenderGroup ?? c.SenderGroup;
        c.Sbrs = p.Sbrs ?? c.Sbrs;
    }

    private void OnIcidTls(ApplianceState a, DateTime time, IcidTls t)
    {
        var c = LiveIcid(a, t.Icid, time);
        var (tls, error) = Classify(t.Outcome, t.Error);
        c.SetTls(tls, time, t.Protocol, t.Cipher, error, null);
    }

    private static void OnIcidClosed(ApplianceState a, DateTime time, IcidClosed c)
    {
        if (a.Icids.TryGetValue(c.Icid, out var s))
        {
            s.LastSeen = time;
            s.Closed |= !c.Lost;
        }
    }

    /// <summary>Maps a TLS line to the connection's state and the error text users see.</summary>
    private static (ConnectionTls Tls, string? Error) Classify(TlsOutcome outcome, string? error) => outcome switch
    {
        TlsOutcome.Success => (ConnectionTls.Success, null),
        TlsOutcome.Failed => (ConnectionTls.Failed, error ?? "TLS failed"),
        TlsOutcome.RequiredNotInitiated => (ConnectionTls.Failed, error ?? "TLS was required but remote host did not initiate it"),
        TlsOutcome.RequiredNotNegotiated => (ConnectionTls.Failed, error ?? "TLS was required but could not be successfully negotiated"),
        _ => (ConnectionTls.Failed, error ?? "STARTTLS command not supported"),
    };

    // ---- messages -------------------------------------------------------------------------------

    /// <summary>The state of a MID for a text line that is not its start: the open one, a recently finished one, or a new one.</summary>
    private MessageState Touch(ApplianceState a, long mid, DateTime time)
    {
        var m = MessageAt(a, mid, time);
        m.TextSeen = true;
        a.TextSeen = true;
        return m;
    }

    private MessageState MessageAt(ApplianceState a, long mid, DateTime time)
    {
        if (!a.Messages.TryGetValue(mid, out var m) && !a.Finished.TryGetValue(mid, out m))
        {
            m = new MessageState { Mid = mid, FirstSeen = time, LastSeen = time };
            a.Messages.Add(mid, m);
            if (a.Messages.Count > _options.MaxOpenMessages)
            {
                EvictOldestMessages(a);
            }
        }
        if (time > m.LastSeen)
        {
            m.LastSeen = time;
        }
        if (time < m.FirstSeen)
        {
            m.FirstSeen = time;
        }
        m.Dirty = true;
        return m;
    }

    private void OnMidStarted(ApplianceState a, DateTime time, MidStarted s)
    {
        MessageState m;
        if ((a.Messages.TryGetValue(s.Mid, out var existing) || a.Finished.TryGetValue(s.Mid, out existing))
            && existing.StartedAt is not null)
        {
            // The MID counter was reset (appliance reload): the old message is complete as far as this log goes.
            Retire(a, existing);
            m = Touch(a, s.Mid, time);
        }
        else
        {
            // Lines that came before their Start MID (reordered syslog) belong to this message.
            m = Touch(a, s.Mid, time);
        }
        m.StartedAt = time;
        m.Icid = s.Icid;
        if (s.Icid == 0)
        {
            return;
        }
        if (a.Icids.TryGetValue(s.Icid, out var c))
        {
            c.Used = true;
            c.LastSeen = time;
            m.Receive = Snapshot(c, TlsVerdict.Leg(c.Tls, c.OpeningSeen));
            m.ReceivePending = false;
        }
        else
        {
            m.Receive = null;
            m.ReceivePending = true;
        }
    }

    private static ReceiveLeg Snapshot(ConnectionState c, LegTlsStatus status) => new(
        status,
        status == LegTlsStatus.Success ? c.TlsVersion : null,
        status == LegTlsStatus.Success ? c.TlsCipher : null,
        status == LegTlsStatus.Failed ? c.TlsError : null,
        c.RemoteIp,
        c.ReverseDns,
        c.SenderGroup,
        c.Sbrs,
        c.HatAction);

    private void OnFrom(ApplianceState a, DateTime time, MidFrom f)
    {
        var m = Touch(a, f.Mid, time);
        if (f.Address.Length > 0)
        {
            m.From = f.Address;
        }
    }

    private void OnRecipient(ApplianceState a, DateTime time, MidRecipient r)
    {
        var m = Touch(a, r.Mid, time);
        if (r.Rid is { } rid && r.RejectedBy is null)
        {
            m.Recipients[rid] = r.Address;
        }
    }

    private void OnReady(ApplianceState a, DateTime time, MidReady r)
    {
        var m = Touch(a, r.Mid, time);
        if (m.From is null && !string.IsNullOrEmpty(r.From))
        {
            m.From = r.From;
        }
    }

    private void OnRelated(ApplianceState a, DateTime time, MidRelated r)
    {
        var child = Touch(a, r.ChildMid, time);
        if (r.ParentMid == r.ChildMid)
        {
            return;
        }
        child.ParentMid = r.ParentMid;
        child.Relation = r.Kind;
        // The line is about the child: a parent that is no longer (or never was) in the data is not made up from it.
        if (!a.Messages.TryGetValue(r.ParentMid, out var parent) && !a.Finished.TryGetValue(r.ParentMid, out parent))
        {
            child.ParentReceiveStatus = ReceiveTlsStatus.Unknown;
            child.ParentReceive = null;
            return;
        }
        parent.LastSeen = time > parent.LastSeen ? time : parent.LastSeen;
        if (r.Kind == MidRelationKind.Split && r.Detail is { } detail)
        {
            // "due to a per-recipient policy X in the inbound table": the table tells the direction.
            if (detail.Contains("inbound table", StringComparison.OrdinalIgnoreCase) && parent.Direction == MailDirection.Unknown)
            {
                parent.Direction = MailDirection.Inbound;
                parent.Dirty = true;
            }
            else if (detail.Contains("outbound table", StringComparison.OrdinalIgnoreCase) && parent.Direction == MailDirection.Unknown)
            {
                parent.Direction = MailDirection.Outbound;
                parent.Dirty = true;
            }
        }
        var (status, leg) = ResolveReceive(a, parent, 0);
        child.ParentReceiveStatus = status;
        child.ParentReceive = leg;
        child.ParentDirection = ResolveDirection(a, parent, leg, 0);
    }

    private void OnFinished(ApplianceState a, DateTime time, MessageFinished f)
    {
        var m = Touch(a, f.Mid, time);
        m.Finished = true;
        m.Aborted |= f.Aborted;
        Emit(a, m);
        if (a.Messages.Remove(f.Mid))
        {
            a.Finished[f.Mid] = m;
        }
    }

    /// <summary>Emits the message if it changed and forgets it.</summary>
    private void Retire(ApplianceState a, MessageState m)
    {
        if (m.Dirty)
        {
            Emit(a, m);
        }
        if (a.Messages.TryGetValue(m.Mid, out var live) && ReferenceEquals(live, m))
        {
            a.Messages.Remove(m.Mid);
        }
        if (a.Finished.TryGetValue(m.Mid, out var done) && ReferenceEquals(done, m))
        {
            a.Finished.Remove(m.Mid);
        }
    }

    // ---- delivery connections -----------------------------------------------------------------

    private void OnDcidOpened(ApplianceState a, DateTime time, DcidOpened o)
    {
        if (!a.Dcids.TryGetValue(o.Dcid, out var c) || !c.CanAdoptOpening)
        {
            // A TLS line logged before its New SMTP DCID is adopted above; anything else is a new connection.
            if (c is not null)
            {
                a.RetiredDcids[c.Instance] = c;
            }
            c = NewConnection(a, o.Dcid, time);
            a.Dcids[o.Dcid] = c;
            CapConnections(a);
        }
        c.OpeningSeen = true;
        c.OpenedAt = time;
        c.LastSeen = time;
        c.RemoteIp = o.RemoteIp ?? c.RemoteIp;
    }

    private void OnDcidTls(ApplianceState a, DateTime time, DcidTls t)
    {
        if (!a.Dcids.TryGetValue(t.Dcid, out var c) || c.Closed || (c.Used && c.Tls != ConnectionTls.NotSeen))
        {
            if (c is not null)
            {
                a.RetiredDcids[c.Instance] = c;
            }
            c = NewConnection(a, t.Dcid, time);
            a.Dcids[t.Dcid] = c;
            CapConnections(a);
        }
        c.LastSeen = time;
        var (tls, error) = Classify(t.Outcome, t.Error);
        c.SetTls(tls, time, t.Protocol, t.Cipher, error, t.PeerCn);
        c.RemoteIp ??= t.RemoteIp;
    }

    private static void OnDcidClosed(ApplianceState a, DateTime time, DcidClosed c)
    {
        if (a.Dcids.TryGetValue(c.Dcid, out var s))
        {
            s.LastSeen = time;
            s.Closed = true;
        }
    }

    private void OnConnectionError(ApplianceState a, DateTime time, DcidConnectionError e)
    {
        if (e.Dcid == 0)
        {
            return;
        }
        if (a.Dcids.TryGetValue(e.Dcid, out var c))
        {
            c.LastSeen = time;
            c.RemoteIp ??= e.RemoteIp;
        }
    }

    /// <summary>The connection a delivery line refers to: the current one for the id (even just closed: the
    /// delivery lines of a connection may be logged around its close), else one opened before the log window.</summary>
    private ConnectionState DeliveryConnection(ApplianceState a, long dcid, DateTime time)
    {
        if (!a.Dcids.TryGetValue(dcid, out var c))
        {
            c = NewConnection(a, dcid, time);
            a.Dcids[dcid] = c;
            CapConnections(a);
        }
        c.Used = true;
        c.LastSeen = time;
        return c;
    }

    private DeliveryAttempt Bind(ApplianceState a, long dcid, int[] rids, DateTime time)
    {
        var attempt = new DeliveryAttempt { Dcid = dcid, Time = time, Rids = rids };
        if (dcid == 0)
        {
            // DCID 0: no connection was made (e.g. a DNS hard bounce); nothing went over the network.
            attempt.BoundStatus = LegTlsStatus.None;
            return attempt;
        }
        var c = DeliveryConnection(a, dcid, time);
        attempt.ConnectionInstance = c.Instance;
        Refresh(attempt, c);
        return attempt;
    }

    private static void Refresh(DeliveryAttempt attempt, ConnectionState c)
    {
        attempt.BoundStatus = TlsVerdict.Leg(c.Tls, c.OpeningSeen);
        attempt.BoundVersion = c.TlsVersion;
        attempt.BoundCipher = c.TlsCipher;
        attempt.BoundPeerCn = c.PeerCn;
        attempt.BoundError = c.Tls == ConnectionTls.Failed ? c.TlsError : null;
        attempt.DestinationIp = c.RemoteIp ?? attempt.DestinationIp;
    }

    private ConnectionState? ConnectionOf(ApplianceState a, DeliveryAttempt attempt)
    {
        if (attempt.ConnectionInstance == 0)
        {
            return null;
        }
        if (a.Dcids.TryGetValue(attempt.Dcid, out var c) && c.Instance == attempt.ConnectionInstance)
        {
            return c;
        }
        return a.RetiredDcids.GetValueOrDefault(attempt.ConnectionInstance);
    }

    private void OnDeliveryStarted(ApplianceState a, DateTime time, DeliveryStarted d)
    {
        var m = Touch(a, d.Mid, time);
        m.Attempts.Add(Bind(a, d.Dcid, d.Rids, time));
    }

    private void OnDeliveryDone(ApplianceState a, DateTime time, DeliveryDone d)
    {
        if (d.ExternalQuarantine)
        {
            // Hand-off to the centralized spam quarantine: not a delivery to the recipients (design.md §2).
            var m = Touch(a, d.Mid, time);
            var pending = FindOpenAttempt(m, d.Dcid, d.Rids);
            if (pending is not null)
            {
                m.Attempts.Remove(pending);
            }
            return;
        }
        OnDeliveryResult(a, time, d.Dcid, d.Mid, d.Rids, DeliveryOutcome.Delivered, null);
    }

    /// <summary>Records the result of (part of) an attempt: the open attempt on that DCID with those RIDs, split when
    /// only some of its RIDs got this result; a new attempt when its <c>Delivery start</c> is not in the data.</summary>
    private void OnDeliveryResult(ApplianceState a, DateTime time, long dcid, long mid, int[] rids, DeliveryOutcome outcome, string? response)
    {
        var m = Touch(a, mid, time);
        var attempt = FindOpenAttempt(m, dcid, rids);
        if (attempt is null)
        {
            attempt = Bind(a, dcid, rids, time);
            m.Attempts.Add(attempt);
        }
        else if (!SameSet(attempt.Rids, rids))
        {
            var rest = Except(attempt.Rids, rids);
            var part = new DeliveryAttempt
            {
                Dcid = attempt.Dcid,
                Time = attempt.Time,
                Rids = Intersect(attempt.Rids, rids),
                ConnectionInstance = attempt.ConnectionInstance,
                BoundStatus = attempt.BoundStatus,
                BoundVersion = attempt.BoundVersion,
                BoundCipher = attempt.BoundCipher,
                BoundPeerCn = attempt.BoundPeerCn,
                BoundError = attempt.BoundError,
                DestinationIp = attempt.DestinationIp,
            };
            attempt.Rids = rest;
            m.Attempts.Insert(m.Attempts.IndexOf(attempt), part);
            attempt = part;
        }
        attempt.Outcome = outcome;
        attempt.Response = response ?? attempt.Response;
    }

    private static DeliveryAttempt? FindOpenAttempt(MessageState m, long dcid, int[] rids)
    {
        for (var i = m.Attempts.Count - 1; i >= 0; i--)
        {
            var at = m.Attempts[i];
            if (at.Dcid == dcid && at.Outcome is null && Overlaps(at.Rids, rids))
            {
                return at;
            }
        }
        return null;
    }

    private void OnResponse(ApplianceState a, DateTime time, DeliveryResponse r)
    {
        var m = Touch(a, r.Mid, time);
        for (var i = m.Attempts.Count - 1; i >= 0; i--)
        {
            var at = m.Attempts[i];
            if (Overlaps(at.Rids, r.Rids))
            {
                at.Response = r.Response;
                return;
            }
        }
    }

    private static bool Overlaps(int[] x, int[] y)
    {
        foreach (var a in x)
        {
            if (Array.IndexOf(y, a) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameSet(int[] x, int[] y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }
        foreach (var a in x)
        {
            if (Array.IndexOf(y, a) < 0)
            {
                return false;
            }
        }
        return true;
    }

    private static int[] Intersect(int[] x, int[] y) => Array.FindAll(x, v => Array.IndexOf(y, v) >= 0);

    private static int[] Except(int[] x, int[] y) => Array.FindAll(x, v => Array.IndexOf(y, v) < 0);
}
