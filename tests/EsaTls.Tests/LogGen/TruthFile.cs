using System.Globalization;
using System.Text.Json;

namespace EsaTls.Tests.LogGen;

/// <summary>Reads a truth ndjson file into the oracle's shape.</summary>
internal static class TruthFile
{
    public static Dictionary<(string Appliance, long Mid), OracleVerdict> Read(string path)
    {
        var result = new Dictionary<(string, long), OracleVerdict>();
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var deliveries = r.GetProperty("deliveries").EnumerateArray().Select(d => new OracleDelivery(
                d.GetProperty("dcid").GetInt64(),
                string.Join(",", d.GetProperty("rids").EnumerateArray().Select(x => x.GetInt32())),
                d.GetProperty("outcome").GetString(),
                d.GetProperty("tls").GetString())).ToList();
            var key = (r.GetProperty("appliance").GetString()!, r.GetProperty("mid").GetInt64());
            result.Should().NotContainKey(key, "one truth line per appliance and MID");
            result[key] = new OracleVerdict(
                r.GetProperty("receive").GetString()!,
                r.GetProperty("deliver").GetString()!,
                DateTime.Parse(r.GetProperty("start").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
                r.GetProperty("final").GetBoolean(),
                r.GetProperty("lacked").GetBoolean(),
                r.GetProperty("unknown").GetBoolean(),
                deliveries);
        }
        return result;
    }

    /// <summary>Every (appliance, MID) agrees between the two derivations; deliveries compared as sets.</summary>
    public static void ShouldAgree(Dictionary<(string Appliance, long Mid), OracleVerdict> truth, Dictionary<(string Appliance, long Mid), OracleVerdict> oracle)
    {
        truth.Keys.Should().BeEquivalentTo(oracle.Keys, "the truth covers exactly the MIDs named in the output");
        var mismatches = new List<string>();
        foreach (var (key, t) in truth)
        {
            var o = oracle[key];
            var td = t.Deliveries.Select(d => d.ToString()).Order(StringComparer.Ordinal);
            var od = o.Deliveries.Select(d => d.ToString()).Order(StringComparer.Ordinal);
            if (t.Receive != o.Receive || t.Deliver != o.Deliver || t.Start != o.Start || t.Final != o.Final
                || t.Lacked != o.Lacked || t.Unknown != o.Unknown || !td.SequenceEqual(od))
            {
                mismatches.Add($"{key}: truth {Describe(t)} | oracle {Describe(o)}");
            }
        }
        mismatches.Should().BeEmpty();
    }

    private static string Describe(OracleVerdict v) =>
        $"{v.Receive}/{v.Deliver} start={v.Start:O} final={v.Final} lacked={v.Lacked} unknown={v.Unknown} [{string.Join("; ", v.Deliveries)}]";
}
