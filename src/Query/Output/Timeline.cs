using System.Globalization;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores;

namespace EsaTls.Query.Output;

/// <summary>
/// <c>show</c>: a message's correlated story in time order — reception (source, ICID, receive TLS), each
/// delivery attempt (DCID, destination, TLS, outcome, response), then the verdicts.
/// </summary>
public static class Timeline
{
    private const string Indent = "                          ";

    public static void Write(TextWriter writer, MessageRecord record)
    {
        var doc = record.Document;
        var esa = doc.Esa;
        writer.WriteLine($"{Clean(doc.Observer.Hostname)}  MID {esa.Mid}  (document {record.Id})");
        var received = new List<string>();
        if (doc.Source is { } source)
        {
            received.Add($"from {Clean(source.Ip)}" + (source.Domain is null ? "" : $" ({Clean(source.Domain)})"));
        }
        received.Add(esa.Icid is { } icid ? $"ICID {icid}" : "ICID -");
        if (esa.ParentMid is { } parent)
        {
            received.Add($"from parent MID {parent}");
        }
        if (esa.SenderGroup is not null)
        {
            received.Add($"sender group {Clean(esa.SenderGroup)}");
        }
        if (esa.Sbrs is { } sbrs)
        {
            received.Add($"SBRS {sbrs.ToString(CultureInfo.InvariantCulture)}");
        }
        Line(writer, doc.Timestamp, "received " + string.Join(", ", received));
        var receive = esa.Receive.Tls;
        Line(writer, null, "receive TLS: " + Details(receive.Status.Name(), receive.Version, receive.Cipher, null, receive.Error));
        Line(writer, null, $"envelope: from {List(doc.Email.From?.Address)} to {List(doc.Email.To?.Address)} ({doc.Email.Direction.Name()})");
        if (doc.Email.MessageId is not null || doc.Email.Subject is not null)
        {
            Line(writer, null, $"message-id {Clean(doc.Email.MessageId)}, subject \"{Clean(doc.Email.Subject)}\"");
        }

        var deliveries = (esa.Deliveries ?? []).Select((d, i) => (d, i)).OrderBy(x => x.d.Timestamp).ThenBy(x => x.i).Select(x => x.d);
        foreach (var delivery in deliveries)
        {
            var to = delivery.Destination?.Ip is { } ip ? $" to {Clean(ip)}" : "";
            var rids = string.Join(",", delivery.Rids);
            var recipients = delivery.Recipients is { Count: > 0 } r ? $" ({List(r)})" : "";
            Line(writer, delivery.Timestamp, $"delivery DCID {delivery.Dcid}{to}, RIDs {rids}{recipients}");
            var tls = delivery.Tls;
            Line(writer, null, "TLS: " + Details(tls.Status.Name(), tls.Version, tls.Cipher, tls.PeerCn, tls.Error));
            Line(writer, null, $"outcome: {delivery.Outcome?.Name() ?? "in progress"}"
                + (delivery.Response is null ? "" : $", response: {Clean(delivery.Response)}"));
        }
        if (esa.Deliveries is null or { Count: 0 })
        {
            Line(writer, null, "no delivery attempt");
        }
        writer.WriteLine($"  verdict: receive {receive.Status.Name()}, deliver {esa.Deliver.Tls.Status.Name()}; "
            + $"lacked TLS: {YesNo(esa.Tls.Lacked)}; unknown: {YesNo(esa.Tls.Unknown)}; final: {YesNo(esa.Final)}"
            + (MessageRow.Why(doc) is { } why ? $" ({Clean(why)})" : ""));
    }

    private static void Line(TextWriter writer, DateTime? time, string text)
    {
        writer.Write("  ");
        writer.Write(time is { } t ? MessageRow.Time(t).PadRight(Indent.Length - 2) : Indent[2..]);
        writer.WriteLine(text);
    }

    private static string Details(string status, string? version, string? cipher, string? peerCn, string? error)
    {
        var parts = new List<string> { status };
        if (version is not null)
        {
            parts.Add(Clean(version));
        }
        if (cipher is not null)
        {
            parts.Add(Clean(cipher));
        }
        if (peerCn is not null)
        {
            parts.Add($"CN {Clean(peerCn)}");
        }
        if (error is not null)
        {
            parts.Add($"error: {Clean(error)}");
        }
        return string.Join(", ", parts);
    }

    private static string List(IReadOnlyList<string>? values) =>
        values is null || values.Count == 0 ? "-" : string.Join(", ", values.Select(Clean));

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Clean(string? value) => TerminalText.Clean(value);
}
