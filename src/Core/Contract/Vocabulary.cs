using System.Text.Json.Serialization;

namespace EsaTls.Core.Contract;

// The verdict vocabularies of design.md §2. Wire names (snake_case) are what users type and what
// every store holds; the enums only exist so that the rules are checked by the compiler.

[JsonConverter(typeof(JsonStringEnumConverter<ReceiveTlsStatus>))]
public enum ReceiveTlsStatus
{
    [JsonStringEnumMemberName("success")] Success,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("unknown")] Unknown,
    [JsonStringEnumMemberName("not_applicable")] NotApplicable,
}

[JsonConverter(typeof(JsonStringEnumConverter<DeliverTlsStatus>))]
public enum DeliverTlsStatus
{
    [JsonStringEnumMemberName("success")] Success,
    [JsonStringEnumMemberName("partial")] Partial,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("unknown")] Unknown,
    [JsonStringEnumMemberName("not_delivered")] NotDelivered,
}

/// <summary>TLS status of one leg: a receiving connection or one delivery attempt on a DCID.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LegTlsStatus>))]
public enum LegTlsStatus
{
    [JsonStringEnumMemberName("success")] Success,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("unknown")] Unknown,
}

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryOutcome>))]
public enum DeliveryOutcome
{
    [JsonStringEnumMemberName("delivered")] Delivered,
    [JsonStringEnumMemberName("bounced")] Bounced,
    [JsonStringEnumMemberName("delayed")] Delayed,
    [JsonStringEnumMemberName("failed")] Failed,
}

[JsonConverter(typeof(JsonStringEnumConverter<MailDirection>))]
public enum MailDirection
{
    [JsonStringEnumMemberName("unknown")] Unknown,
    [JsonStringEnumMemberName("inbound")] Inbound,
    [JsonStringEnumMemberName("outbound")] Outbound,
}

/// <summary>Values of <c>esa.sources</c>: which logs a document was built from.</summary>
public static class DocumentSources
{
    public const string Text = "text";
    public const string Consolidated = "consolidated";

    public static readonly string[] All = [Text, Consolidated];
}

/// <summary>Wire names of the vocabularies, for stores and query translation (no reflection at run time).</summary>
public static class Wire
{
    public static string Name(this ReceiveTlsStatus s) => s switch
    {
        ReceiveTlsStatus.Success => "success",
        ReceiveTlsStatus.Failed => "failed",
        ReceiveTlsStatus.None => "none",
        ReceiveTlsStatus.Unknown => "unknown",
        _ => "not_applicable",
    };

    public static string Name(this DeliverTlsStatus s) => s switch
    {
        DeliverTlsStatus.Success => "success",
        DeliverTlsStatus.Partial => "partial",
        DeliverTlsStatus.Failed => "failed",
        DeliverTlsStatus.None => "none",
        DeliverTlsStatus.Unknown => "unknown",
        _ => "not_delivered",
    };

    public static string Name(this LegTlsStatus s) => s switch
    {
        LegTlsStatus.Success => "success",
        LegTlsStatus.Failed => "failed",
        LegTlsStatus.None => "none",
        _ => "unknown",
    };

    public static string Name(this DeliveryOutcome o) => o switch
    {
        DeliveryOutcome.Delivered => "delivered",
        DeliveryOutcome.Bounced => "bounced",
        DeliveryOutcome.Delayed => "delayed",
        _ => "failed",
    };

    public static string Name(this MailDirection d) => d switch
    {
        MailDirection.Inbound => "inbound",
        MailDirection.Outbound => "outbound",
        _ => "unknown",
    };

    public static readonly string[] ReceiveStatuses = ["success", "failed", "none", "unknown", "not_applicable"];
    public static readonly string[] DeliverStatuses = ["success", "partial", "failed", "none", "unknown", "not_delivered"];
    public static readonly string[] Directions = ["inbound", "outbound", "unknown"];

    /// <summary>Receive statuses that count as "lacked TLS" (design.md §2).</summary>
    public static readonly string[] ReceiveLacking = ["failed", "none"];

    /// <summary>Deliver statuses that count as "lacked TLS" (design.md §2).</summary>
    public static readonly string[] DeliverLacking = ["partial", "failed", "none"];
}
