using System.Globalization;
using System.Text.RegularExpressions;

namespace EsaTls.Tests.LogGen;

/// <summary>One delivery entry, as compared between oracle and truth file.</summary>
internal sealed record OracleDelivery(long Dcid, string Rids, string? Outcome, string? Tls);

internal sealed record OracleVerdict(string Receive, string Deliver, DateTime Start, bool Final, bool Lacked, bool Unknown, IReadOnlyList<OracleDelivery> Deliveries);

/// <summary>
/// A second, independent derivation of the verdicts: it reads only the generated text (as an ingest would)
/// and applies design.md §2 line by line. The generator's truth comes from its model; the two must agree.
/// Deliberately simple: regexes, dictionaries, no shared code with the generator.
/// </summary>
internal static partial class TruthOracle
{
    private sealed class Conn
    {
        public bool Opened;
        public string? Seen;

        public string Leg => Seen ?? (Opened ? "none" : "unknown");
    }

    private sealed class Attempt
    {
        public long Dcid;
        public int[] Rids = [];
        public string?[] Outcomes = [];
        public string? Tls;
        public bool StartSeen;
        public bool Quarantine;
    }

    private sealed class Mid
    {
        public DateTime FirstSeen;
        public DateTime? Start;
        public long? StartIcid;
        public string StartLeg = "unknown";
        public bool TlsRead;
        public long? Parent;
        public bool Bounce;
        public bool Finished;
        public readonly List<Attempt> Attempts = [];
    }

    private sealed class ApplianceState
    {
        public readonly Dictionary<long, Conn> Icids = [];
        public readonly Dictionary<long, Conn> Dcids = [];
        public readonly Dictionary<long, Mid> Mids = [];
    }

    [GeneratedRegex(@"\bMID (\d+)")] private static partial Regex AnyMid();
    [GeneratedRegex(@"^Message (\d+) to RID")] private static partial Regex PendingMid();
    [GeneratedRegex(@"^New (?:SMTP|smtp) ICID (\d+) ")] private static partial Regex NewIcid();
    [GeneratedRegex(@"^ICID (\d+) TLS (success|failed)")] private static partial Regex IcidTls();
    [GeneratedRegex(@"^Start MID (\d+) ICID (\d+)$")] private static partial Regex StartMid();
    [GeneratedRegex(@"^MID (\d+) ICID (\d+) TLS read ")] private static partial Regex TlsRead();
    [GeneratedRegex(@"^MID (\d+) (?:was split creating|rewritten to) MID (\d+)")] private static partial Regex ParentFirst();
    [GeneratedRegex(@"^MID (\d+) (?:was )?generated based on MID (\d+)")] private static partial Regex ChildFirst();
    [GeneratedRegex(@"^MID (\d+) (?:was )?generated for bounce of MID (\d+)")] private static partial Regex BounceOf();
    [GeneratedRegex(@"^New SMTP DCID (\d+) ")] private static partial Regex NewDcid();
    [GeneratedRegex(@"^DCID (\d+) (?:TLS (success|failed)|(STARTTLS command not supported)|(?:IP \S+ )?(TLS was required))")] private static partial Regex DcidTls();
    [GeneratedRegex(@"^Delivery start DCID (\d+) MID (\d+) to RID \[([\d, ]+)\]$")] private static partial Regex DeliveryStart();
    [GeneratedRegex(@"^Message done DCID (\d+) MID (\d+) to RID \[([\d, ]+)\]( \(external quarantine\))?")] private static partial Regex MessageDone();
    [GeneratedRegex(@"^(Bounced|Delayed): DCID (\d+) MID (\d+) to RID (\d+) ")] private static partial Regex BouncedDelayed();
    [GeneratedRegex(@"^Message finished MID (\d+) ")] private static partial Regex Finished();

    public static Dictionary<(string Appliance, long Mid), OracleVerdict> Compute(IEnumerable<LogLine> lines)
    {
        var appliances = new Dictionary<string, ApplianceState>();
        foreach (var line in lines)
        {
            if (!appliances.TryGetValue(line.Appliance, out var a))
            {
                appliances[line.Appliance] = a = new ApplianceState();
            }
            Apply(a, line);
        }
        var result = new Dictionary<(string, long), OracleVerdict>();
        foreach (var (name, a) in appliances)
        {
            foreach (var (id, m) in a.Mids)
            {
                var receive = Receive(a, m, 0);
                var delivered = m.Attempts.Where(t => !t.Quarantine)
                    .SelectMany(t => t.Outcomes.Where(o => o == "delivered").Select(_ => t.Tls ?? "unknown")).ToList();
                var deliver = RollUp(delivered);
                var lacked = receive is "failed" or "none" || deliver is "partial" or "failed" or "none";
                var unknown = !lacked && (receive == "unknown" || deliver == "unknown");
                var deliveries = new List<OracleDelivery>();
                foreach (var t in m.Attempts.Where(t => !t.Quarantine))
                {
                    foreach (var group in t.Rids.Select((rid, i) => (rid, outcome: t.Outcomes[i])).GroupBy(x => x.outcome))
                    {
                        if (group.Key is null && !t.StartSeen)
                        {
                            continue;
                        }
                        deliveries.Add(new OracleDelivery(t.Dcid, string.Join(",", group.Select(x => x.rid)), group.Key, t.Tls));
                    }
                }
                result[(name, id)] = new OracleVerdict(receive, deliver, m.Start ?? m.FirstSeen, m.Finished, lacked, unknown, deliveries);
            }
        }
        return result;
    }

    private static string Receive(ApplianceState a, Mid m, int depth)
    {
        if (m.Parent is { } p && depth < 10)
        {
            return a.Mids.TryGetValue(p, out var parent) ? Receive(a, parent, depth + 1) : "unknown";
        }
        if (m.Bounce)
        {
            return "not_applicable";
        }
        if (m.TlsRead)
        {
            return "success";
        }
        if (m.Start is not null)
        {
            return m.StartIcid == 0 ? "not_applicable" : m.StartLeg;
        }
        return "unknown";
    }

    private static string RollUp(List<string> legs)
    {
        if (legs.Count == 0)
        {
            return "not_delivered";
        }
        var clear = legs.Contains("failed") || legs.Contains("none");
        if (clear)
        {
            return legs.Contains("success") ? "partial" : legs.Contains("none") ? "none" : "failed";
        }
        return legs.Contains("unknown") ? "unknown" : "success";
    }

    private static Mid MidOf(ApplianceState a, long id, DateTime at)
    {
        if (!a.Mids.TryGetValue(id, out var m))
        {
            a.Mids[id] = m = new Mid { FirstSeen = at };
        }
        return m;
    }

    private static Conn ConnOf(Dictionary<long, Conn> map, long id)
    {
        if (!map.TryGetValue(id, out var c))
        {
            map[id] = c = new Conn();
        }
        return c;
    }

    private static long L(Group g) => long.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int[] Rids(string list) => list.Split(", ").Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();

    private static void Apply(ApplianceState a, LogLine line)
    {
        var text = line.Text;
        foreach (Match mm in AnyMid().Matches(text))
        {
            MidOf(a, L(mm.Groups[1]), line.Utc);
        }
        Match x;
        if ((x = PendingMid().Match(text)).Success)
        {
            MidOf(a, L(x.Groups[1]), line.Utc);
        }

        if ((x = NewIcid().Match(text)).Success)
        {
            ConnOf(a.Icids, L(x.Groups[1])).Opened = true;
        }
        else if ((x = IcidTls().Match(text)).Success)
        {
            ConnOf(a.Icids, L(x.Groups[1])).Seen = x.Groups[2].Value;
        }
        else if ((x = StartMid().Match(text)).Success)
        {
            var m = MidOf(a, L(x.Groups[1]), line.Utc);
            var icid = L(x.Groups[2]);
            m.Start = line.Utc;
            m.StartIcid = icid;
            m.StartLeg = icid == 0 ? "unknown" : ConnOf(a.Icids, icid).Leg;
        }
        else if ((x = TlsRead().Match(text)).Success)
        {
            MidOf(a, L(x.Groups[1]), line.Utc).TlsRead = true;
        }
        else if ((x = ParentFirst().Match(text)).Success)
        {
            MidOf(a, L(x.Groups[2]), line.Utc).Parent = L(x.Groups[1]);
        }
        else if ((x = ChildFirst().Match(text)).Success)
        {
            MidOf(a, L(x.Groups[1]), line.Utc).Parent = L(x.Groups[2]);
        }
        else if ((x = BounceOf().Match(text)).Success)
        {
            MidOf(a, L(x.Groups[1]), line.Utc).Bounce = true;
        }
        else if ((x = NewDcid().Match(text)).Success)
        {
            ConnOf(a.Dcids, L(x.Groups[1])).Opened = true;
        }
        else if ((x = DcidTls().Match(text)).Success)
        {
            ConnOf(a.Dcids, L(x.Groups[1])).Seen = x.Groups[2].Value == "success" ? "success" : "failed";
        }
        else if ((x = DeliveryStart().Match(text)).Success)
        {
            var dcid = L(x.Groups[1]);
            var rids = Rids(x.Groups[3].Value);
            MidOf(a, L(x.Groups[2]), line.Utc).Attempts.Add(new Attempt
            {
                Dcid = dcid,
                Rids = rids,
                Outcomes = new string?[rids.Length],
                Tls = ConnOf(a.Dcids, dcid).Leg,
                StartSeen = true,
            });
        }
        else if ((x = MessageDone().Match(text)).Success)
        {
            var t = Result(a, L(x.Groups[1]), MidOf(a, L(x.Groups[2]), line.Utc), Rids(x.Groups[3].Value));
            foreach (var rid in Rids(x.Groups[3].Value))
            {
                t.Outcomes[Array.IndexOf(t.Rids, rid)] = "delivered";
            }
            t.Quarantine |= x.Groups[4].Success;
        }
        else if ((x = BouncedDelayed().Match(text)).Success)
        {
            var rid = int.Parse(x.Groups[4].Value, CultureInfo.InvariantCulture);
            var t = Result(a, L(x.Groups[2]), MidOf(a, L(x.Groups[3]), line.Utc), [rid]);
            t.Outcomes[Array.IndexOf(t.Rids, rid)] = x.Groups[1].Value == "Bounced" ? "bounced" : "delayed";
        }
        else if ((x = Finished().Match(text)).Success)
        {
            MidOf(a, L(x.Groups[1]), line.Utc).Finished = true;
        }
    }

    /// <summary>The open attempt on this DCID holding these RIDs, or a new one first seen at its result.</summary>
    private static Attempt Result(ApplianceState a, long dcid, Mid m, int[] rids)
    {
        for (var i = m.Attempts.Count - 1; i >= 0; i--)
        {
            var t = m.Attempts[i];
            if (t.Dcid == dcid && rids.All(r => Array.IndexOf(t.Rids, r) is var k && k >= 0 && t.Outcomes[k] is null))
            {
                return t;
            }
        }
        var created = new Attempt
        {
            Dcid = dcid,
            Rids = rids,
            Outcomes = new string?[rids.Length],
            Tls = dcid == 0 ? null : ConnOf(a.Dcids, dcid).Leg,
        };
        m.Attempts.Add(created);
        return created;
    }
}
