using System.Globalization;
using EsaTls.Core.Contract;
using EsaTls.Core.Parsing;
using EsaTls.Core.Stores;

namespace EsaTls.Core.Correlation;

// Building the document from the state, and forgetting state (horizon, caps, grace).
public sealed partial class Correlator
{
    private const int MaxParentDepth = 16;

    private void Emit(ApplianceState a, MessageState m)
    {
        var wasEmitted = m.DocumentId is not null;
        // Id, @timestamp and so the monthly index are fixed together at the first write, so that every later
        // version replaces that document even if an earlier Start MID shows up afterwards (reordered input).
        m.EmittedStart ??= m.StartTime;
        m.DocumentId ??= DocumentId.For(a.Name, m.Mid, m.EmittedStart.Value);
        var doc = Build(a, m);
        if (wasEmitted)
        {
            _counters.Lacked -= m.EmittedLacked ? 1 : 0;
            _counters.Unknown -= m.EmittedUnknown ? 1 : 0;
            _counters.Conflicts -= m.EmittedConflicts ? 1 : 0;
        }
        else
        {
            _counters.Messages++;
        }
        m.EmittedLacked = doc.Esa.Tls.Lacked;
        m.EmittedUnknown = doc.Esa.Tls.Unknown;
        m.EmittedConflicts = doc.Esa.Conflicts is { Count: > 0 };
        _counters.Lacked += m.EmittedLacked ? 1 : 0;
        _counters.Unknown += m.EmittedUnknown ? 1 : 0;
        _counters.Conflicts += m.EmittedConflicts ? 1 : 0;
        _counters.Emitted++;
        m.Dirty = false;
        _emit(new MessageRecord(m.DocumentId, doc));
    }

    /// <summary>The receive status and leg of a message: its own ICID, its parent's, or none (design.md §2).</summary>
    private (ReceiveTlsStatus Status, ReceiveLeg? Leg) ResolveReceive(ApplianceState a, MessageState m, int depth)
    {
        if (m.Relation == MidRelationKind.BounceOf)
        {
            return (ReceiveTlsStatus.NotApplicable, null);
        }
        if (m.ParentMid is { } parentMid)
        {
            if (depth < MaxParentDepth
                && (a.Messages.TryGetValue(parentMid, out var parent) || a.Finished.TryGetValue(parentMid, out parent))
                && !ReferenceEquals(parent, m))
            {
                return ResolveReceive(a, parent, depth + 1);
            }
            return (m.ParentReceiveStatus ?? ReceiveTlsStatus.Unknown, m.ParentReceive);
        }
        if (m.StartedAt is not null && m.Icid == 0)
        {
            return (ReceiveTlsStatus.NotApplicable, null);
        }
        if (m.StartedAt is not null || m.TlsReadEvidence)
        {
            var leg = m.Receive;
            if (m.ReceivePending)
            {
                leg = ResolvePendingReceive(a, m) ?? leg;
            }
            if (m.TlsReadEvidence && leg?.Status != LegTlsStatus.Success)
            {
                leg = (leg ?? new ReceiveLeg(LegTlsStatus.Success, null, null, null, null, null, null, null, null))
                    with
                { Status = LegTlsStatus.Success, Error = null };
            }
            var status = TlsVerdict.Receive(TlsVerdict.Origin.Received, leg?.Status ?? LegTlsStatus.Unknown, ReceiveTlsStatus.Unknown);
            return (status, leg);
        }
        return (TlsVerdict.Receive(TlsVerdict.Origin.Unseen, LegTlsStatus.Unknown, ReceiveTlsStatus.Unknown), null);
    }

    /// <summary>Start MID named an ICID with no state yet. If its lines arrived later (reordered syslog), judge the
    /// connection as it stood at the message's start time.</summary>
    private static ReceiveLeg? ResolvePendingReceive(ApplianceState a, MessageState m)
    {
        if (m.Icid is not { } icid || !a.Icids.TryGetValue(icid, out var c))
        {
            return null;
        }
        var start = m.StartTime;
        var opening = c.OpeningSeen && c.OpenedAt <= start;
        var tls = c.Tls != ConnectionTls.NotSeen && c.TlsAt <= start ? c.Tls : ConnectionTls.NotSeen;
        var status = TlsVerdict.Leg(tls, opening);
        if (status == LegTlsStatus.Unknown)
        {
            return null;
        }
        c.Used = true;
        m.Receive = Snapshot(c, status);
        m.ReceivePending = false;
        return m.Receive;
    }

    private MailDirection ResolveDirection(ApplianceState a, MessageState m, ReceiveLeg? leg, int depth)
    {
        if (m.Direction != MailDirection.Unknown)
        {
            return m.Direction;
        }
        if (leg?.HatAction is { } action)
        {
            if (action.Equals("RELAY", StringComparison.OrdinalIgnoreCase))
            {
                return MailDirection.Outbound;
            }
            if (action.Equals("ACCEPT", StringComparison.OrdinalIgnoreCase))
            {
                return MailDirection.Inbound;
            }
        }
        if (m.ParentMid is { } parentMid && m.Relation != MidRelationKind.BounceOf)
        {
            if (depth < MaxParentDepth
                && (a.Messages.TryGetValue(parentMid, out var parent) || a.Finished.TryGetValue(parentMid, out parent))
                && !ReferenceEquals(parent, m))
            {
                return ResolveDirection(a, parent, ResolveReceive(a, parent, depth + 1).Leg, depth + 1);
            }
            return m.ParentDirection;
        }
        return MailDirection.Unknown;
    }

    private MessageDocument Build(ApplianceState a, MessageState m)
    {
        var (receiveStatus, leg) = ResolveReceive(a, m, 0);
        var rolled = new TlsVerdict.DeliveredLegs();
        List<DeliveryInfo>? deliveries = null;
        foreach (var at in m.Attempts)
        {
            if (ConnectionOf(a, at) is { } c)
            {
                Refresh(at, c);
            }
            if (TlsVerdict.CountsAsDelivered(at.Outcome, toQuarantine: false))
            {
                rolled.Add(at.BoundStatus);
            }
            deliveries ??= new List<DeliveryInfo>(m.Attempts.Count);
            deliveries.Add(new DeliveryInfo
            {
                Timestamp = at.Time,
                Dcid = at.Dcid,
                Rids = at.Rids,
                Recipients = RecipientsOf(m, at.Rids),
                Destination = at.DestinationIp is null ? null : new DestinationInfo { Ip = at.DestinationIp },
                Tls = new LegTls
                {
                    Status = at.BoundStatus,
                    Version = at.BoundStatus == LegTlsStatus.Success ? at.BoundVersion : null,
                    Cipher = at.BoundStatus == LegTlsStatus.Success ? at.BoundCipher : null,
                    PeerCn = at.BoundStatus == LegTlsStatus.Success ? at.BoundPeerCn : null,
                    Error = at.BoundStatus == LegTlsStatus.Failed ? at.BoundError : null,
                },
                Outcome = at.Outcome,
                Response = at.Response,
            });
        }
        var deliverStatus = rolled.RollUp();
        var to = m.Recipients.Count == 0 ? null : new AddressList { Address = [.. m.Recipients.Values] };
        var reverseDns = leg?.ReverseDns is { } rdns && !rdns.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? rdns : null;
        var doc = new MessageDocument
        {
            Timestamp = m.EmittedStart ?? m.StartTime,
            Event = new EventMeta { Ingested = _wallClock() },
            Observer = new ObserverInfo { Hostname = a.Name, SerialNumber = a.Serial },
            Email = new EmailInfo
            {
                LocalId = m.Mid.ToString(CultureInfo.InvariantCulture),
                MessageId = m.MessageId,
                Subject = m.Subject,
                From = m.From is null ? null : new AddressList { Address = [m.From] },
                To = to,
                Direction = ResolveDirection(a, m, leg, 0),
            },
            Source = leg?.RemoteIp is null && reverseDns is null ? null : new SourceInfo { Ip = leg?.RemoteIp, Domain = reverseDns },
            Esa = new EsaInfo
            {
                Mid = m.Mid,
                Icid = m.Icid,
                ParentMid = m.ParentMid,
                SenderGroup = leg?.SenderGroup,
                Sbrs = ParseSbrs(leg?.Sbrs),
                Receive = new ReceiveInfo
                {
                    Tls = new ReceiveTls
                    {
                        Status = receiveStatus,
                        Version = receiveStatus == ReceiveTlsStatus.Success ? leg?.Version : null,
                        Cipher = receiveStatus == ReceiveTlsStatus.Success ? leg?.Cipher : null,
                        Error = receiveStatus == ReceiveTlsStatus.Failed ? leg?.Error : null,
                    },
                },
                Deliver = new DeliverInfo { Tls = new DeliverTls { Status = deliverStatus } },
                Deliveries = deliveries,
                Tls = new TlsSummary
                {
                    Lacked = TlsVerdict.Lacked(receiveStatus, deliverStatus),
                    Unknown = TlsVerdict.Unknown(receiveStatus, deliverStatus),
                },
                Final = m.Finished,
                Sources = SourcesOf(m),
            },
        };
        return m.Consolidated is { } consolidated ? MergeConsolidated(m, consolidated, doc) : doc;
    }

    private static List<string>? RecipientsOf(MessageState m, int[] rids)
    {
        List<string>? list = null;
        foreach (var rid in rids)
        {
            if (m.Recipients.TryGetValue(rid, out var address))
            {
                (list ??= new List<string>(rids.Length)).Add(address);
            }
        }
        return list;
    }

    /// <summary>SBRS as logged: a decimal score, or words (<c>None</c>, <c>not enabled</c>, <c>rfc1918</c>) that are not a score.</summary>
    private static double? ParseSbrs(string? sbrs) =>
        sbrs is not null && double.TryParse(sbrs, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    // ---- forgetting ---------------------------------------------------------------------------------

    private void Sweep(ApplianceState a)
    {
        a.NextSweep = a.Clock + TimeSpan.FromMinutes(1);
        var graceEdge = a.Clock - _options.Grace;
        var horizonEdge = a.Clock - _options.Horizon;
        var mergeEdge = a.Clock - _options.Consolidated.MergeWindow;

        List<long>? drop = null;
        foreach (var (mid, m) in a.Finished)
        {
            if (m.LastSeen < graceEdge && !AwaitsOtherSource(a, m, mergeEdge))
            {
                (drop ??= []).Add(mid);
            }
        }
        Drop(a, a.Finished, drop, evicted: false);

        drop = null;
        foreach (var (mid, m) in a.Messages)
        {
            if (m.LastSeen < horizonEdge)
            {
                (drop ??= []).Add(mid);
            }
        }
        Drop(a, a.Messages, drop, evicted: true);

        SweepConnections(a.Icids, graceEdge, horizonEdge);
        SweepConnections(a.Dcids, graceEdge, horizonEdge);
        drop = null;
        foreach (var (instance, c) in a.RetiredDcids)
        {
            if (c.LastSeen < graceEdge)
            {
                (drop ??= []).Add(instance);
            }
        }
        if (drop is not null)
        {
            foreach (var instance in drop)
            {
                a.RetiredDcids.Remove(instance);
            }
        }
        if (a.Icids.Count + a.Dcids.Count > _options.MaxOpenConnections)
        {
            EvictOldestConnections(a);
        }
        UpdateGauges();
    }

    private void Drop(ApplianceState a, Dictionary<long, MessageState> map, List<long>? mids, bool evicted)
    {
        if (mids is null)
        {
            return;
        }
        // A document reads its parent's state, which may be dropped in the same pass: go by MID, not by the
        // dictionary's order, which differs in a correlator restored from a checkpoint.
        mids.Sort();
        foreach (var mid in mids)
        {
            var m = map[mid];
            if (m.Dirty)
            {
                Emit(a, m);
            }
            map.Remove(mid);
            if (evicted)
            {
                _counters.EvictedByHorizon++;
            }
        }
    }

    private static void SweepConnections(Dictionary<long, ConnectionState> map, DateTime graceEdge, DateTime horizonEdge)
    {
        List<long>? drop = null;
        foreach (var (id, c) in map)
        {
            if ((c.Closed && c.LastSeen < graceEdge) || c.LastSeen < horizonEdge)
            {
                (drop ??= []).Add(id);
            }
        }
        if (drop is not null)
        {
            foreach (var id in drop)
            {
                map.Remove(id);
            }
        }
    }

    /// <summary>Over the cap: flush and forget the least recently active tenth, so that the cap is not hit on every line.</summary>
    private void EvictOldestMessages(ApplianceState a)
    {
        var byAge = new List<MessageState>(a.Messages.Values);
        // Ties broken by MID: the same choice in a correlator restored from a checkpoint (resume = same store).
        byAge.Sort(static (x, y) => x.LastSeen != y.LastSeen ? x.LastSeen.CompareTo(y.LastSeen) : x.Mid.CompareTo(y.Mid));
        var count = Math.Max(1, byAge.Count / 10);
        for (var i = 0; i < count; i++)
        {
            var m = byAge[i];
            if (m.Dirty)
            {
                Emit(a, m);
            }
            a.Messages.Remove(m.Mid);
            _counters.EvictedByCap++;
        }
    }

    private static void EvictOldestConnections(ApplianceState a)
    {
        var all = new List<(Dictionary<long, ConnectionState> Map, ConnectionState C)>(a.Icids.Count + a.Dcids.Count);
        foreach (var c in a.Icids.Values)
        {
            all.Add((a.Icids, c));
        }
        foreach (var c in a.Dcids.Values)
        {
            all.Add((a.Dcids, c));
        }
        all.Sort(static (x, y) => x.C.LastSeen != y.C.LastSeen ? x.C.LastSeen.CompareTo(y.C.LastSeen) : x.C.Instance.CompareTo(y.C.Instance));
        var count = Math.Max(1, all.Count / 10);
        for (var i = 0; i < count; i++)
        {
            all[i].Map.Remove(all[i].C.Id);
        }
    }

    private void UpdateGauges()
    {
        long messages = 0, connections = 0;
        foreach (var a in _appliances.Values)
        {
            messages += a.Messages.Count;
            connections += a.Icids.Count + a.Dcids.Count;
        }
        _counters.OpenMessages = messages;
        _counters.OpenConnections = connections;
    }
}
