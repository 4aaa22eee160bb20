using System.Diagnostics.CodeAnalysis;
using EsaTls.Core.Contract;

namespace EsaTls.Core.Correlation;

/// <summary>
/// What a restored state must satisfy before the correlator runs on it: JSON can carry nulls where the code
/// relies on objects, enum numbers outside the enums, ids that disagree with their keys and times whose
/// arithmetic overflows. A damaged checkpoint is refused here with one message instead of failing later.
/// </summary>
internal static class CorrelatorStateCheck
{
    public static void Check(CorrelatorStateDto? dto)
    {
        Require(dto?.Appliances is not null, "it holds no appliance list");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in dto.Appliances)
        {
            Require(a is not null && a.Name is not null && names.Add(a.Name), "an appliance is missing or repeated");
            var where = $"appliance '{a.Name}'";
            Require(a.Icids is not null && a.Dcids is not null && a.RetiredDcids is not null && a.Messages is not null && a.Finished is not null,
                $"{where} lacks a map of connections or messages");
            Require(Plausible(a.Clock) && Plausible(a.NextSweep) && a.NextInstance >= 1, $"{where} has an impossible clock");
            Connections(a.Icids, byInstance: false, where);
            Connections(a.Dcids, byInstance: false, where);
            Connections(a.RetiredDcids, byInstance: true, where);
            Messages(a.Messages, where);
            Messages(a.Finished, where);
        }
    }

    private static void Connections(Dictionary<long, ConnectionState> map, bool byInstance, string where)
    {
        foreach (var (key, c) in map)
        {
            Require(c is not null && key == (byInstance ? c.Instance : c.Id) && c.Id >= 0, $"{where}: connection {key} is missing or mislabelled");
            Require(Enum.IsDefined(c.Tls) && Plausible(c.OpenedAt) && Plausible(c.LastSeen) && Plausible(c.TlsAt), $"{where}: connection {key} is damaged");
        }
    }

    private static void Messages(Dictionary<long, MessageState> map, string where)
    {
        foreach (var (key, m) in map)
        {
            Require(m is not null && m.Mid == key && m.Mid >= 0, $"{where}: message {key} is missing or mislabelled");
            var what = $"{where}: message {key}";
            Require(Plausible(m.FirstSeen) && Plausible(m.LastSeen) && Plausible(m.StartedAt), $"{what} has an impossible time");
            Require(m.Recipients is not null && m.Attempts is not null, $"{what} lacks its recipients or deliveries");
            foreach (var (_, address) in m.Recipients)
            {
                Require(address is not null, $"{what} has a recipient without an address");
            }
            Require(Defined(m.Relation) && Defined(m.ParentReceiveStatus) && Enum.IsDefined(m.Direction) && Enum.IsDefined(m.ParentDirection)
                && Leg(m.Receive) && Leg(m.ParentReceive), $"{what} has an unknown status");
            foreach (var attempt in m.Attempts)
            {
                Require(attempt is not null && attempt.Rids is not null && Plausible(attempt.Time) && Defined(attempt.Outcome)
                    && Enum.IsDefined(attempt.BoundStatus), $"{what} has a damaged delivery attempt");
            }
            if (m.Consolidated is { } c)
            {
                Require(c.Recipients is not null && Array.TrueForAll(c.Recipients, r => r is not null) && Plausible(c.Time) && Plausible(c.Start)
                    && Plausible(c.End) && Enum.IsDefined(c.Direction) && Enum.IsDefined(c.Receive) && Enum.IsDefined(c.Deliver),
                    $"{what} has damaged consolidated facts");
            }
        }
    }

    private static bool Leg(ReceiveLeg? leg) => leg is null || Enum.IsDefined(leg.Status);

    private static bool Defined<T>(T? value) where T : struct, Enum => value is not { } v || Enum.IsDefined(v);

    /// <summary>Unset, or within the years a log line can carry (so that horizons and sweeps cannot overflow).</summary>
    private static bool Plausible(DateTime? time) => time is not { } t || t == default || t.Year is >= 1969 and <= 9001;

    private static void Require([DoesNotReturnIf(false)] bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"the saved correlation state is damaged: {problem}");
        }
    }
}
