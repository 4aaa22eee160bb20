using System.Globalization;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores;

namespace EsaTls.Query.Output;

/// <summary>A message flattened to one table/CSV row, with a short explanation of its verdict.</summary>
public static class MessageRow
{
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("time"), new("host"), new("mid", Numeric: true), new("from"), new("to"), new("direction"),
        new("receive"), new("deliver"), new("verdict"), new("source_ip"), new("why"),
    ];

    /// <summary>Recipients shown in a table cell before the rest is summarised as "(+N more)"; CSV keeps them all.</summary>
    public const int TableRecipients = 3;

    /// <param name="separator">Between addresses: <c>", "</c> in tables, <c>";"</c> in CSV.</param>
    /// <param name="maxRecipients">Cap on the recipients listed (tables), null for all (CSV).</param>
    public static string?[] Cells(MessageRecord record, string separator, int? maxRecipients = null)
    {
        var doc = record.Document;
        var receive = doc.Esa.Receive.Tls;
        return
        [
            Time(doc.Timestamp),
            doc.Observer.Hostname,
            doc.Esa.Mid.ToString(CultureInfo.InvariantCulture),
            Join(doc.Email.From?.Address, separator),
            JoinCapped(doc.Email.To?.Address, separator, maxRecipients),
            doc.Email.Direction.Name(),
            receive.Version is null ? receive.Status.Name() : $"{receive.Status.Name()} {receive.Version}",
            doc.Esa.Deliver.Tls.Status.Name(),
            doc.Esa.Tls.Lacked ? "lacked" : doc.Esa.Tls.Unknown ? "unknown" : null,
            doc.Source?.Ip,
            Why(doc),
        ];
    }

    /// <summary>UTC, ISO 8601, seconds (milliseconds when the time has them).</summary>
    public static string Time(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return utc.ToString(utc.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Why the message lacked TLS (or is unknown): the legs in question, e.g. <c>receive none</c>,
    /// <c>deliver partial (1/2 legs in clear)</c>. Null when nothing is wrong or unknown.
    /// </summary>
    public static string? Why(MessageDocument doc)
    {
        var parts = new List<string>(2);
        var receive = doc.Esa.Receive.Tls;
        var deliver = doc.Esa.Deliver.Tls.Status;
        var delivered = (doc.Esa.Deliveries ?? []).Where(d => d.Outcome == DeliveryOutcome.Delivered).ToList();
        var inClear = delivered.Count(d => d.Tls.Status is LegTlsStatus.Failed or LegTlsStatus.None);
        var unknownLegs = delivered.Count(d => d.Tls.Status == LegTlsStatus.Unknown);
        switch (receive.Status)
        {
            case ReceiveTlsStatus.None:
                parts.Add("receive none");
                break;
            case ReceiveTlsStatus.Failed:
                parts.Add(receive.Error is null ? "receive failed" : $"receive failed: {receive.Error}");
                break;
            case ReceiveTlsStatus.Unknown when !doc.Esa.Tls.Lacked:
                parts.Add("receive unknown");
                break;
        }
        switch (deliver)
        {
            case DeliverTlsStatus.Partial or DeliverTlsStatus.Failed or DeliverTlsStatus.None:
                parts.Add($"deliver {deliver.Name()} ({inClear}/{delivered.Count} {Legs(delivered.Count)} in clear)");
                break;
            case DeliverTlsStatus.Unknown when !doc.Esa.Tls.Lacked:
                parts.Add($"deliver unknown ({unknownLegs}/{delivered.Count} {Legs(delivered.Count)} unknown)");
                break;
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Legs(int count) => count == 1 ? "leg" : "legs";

    private static string? JoinCapped(IReadOnlyList<string>? values, string separator, int? max) =>
        values is null || max is null || values.Count <= max
            ? Join(values, separator)
            : string.Join(separator, values.Take(max.Value)) + $" (+{values.Count - max.Value} more)";

    private static string? Join(IReadOnlyList<string>? values, string separator) =>
        values is null || values.Count == 0 ? null : string.Join(separator, values);
}
