using System.Text.Json.Serialization;

namespace EsaTls.Core.Contract;

// The document of design.md §3: one per appliance + MID, identical in SQLite, Elasticsearch and
// OpenSearch. Property names are the indexed field names; Fields.cs lists the dotted paths and a
// test checks both against the checked-in index template.

public sealed record MessageDocument
{
    [JsonPropertyName("@timestamp")] public required DateTime Timestamp { get; init; }
    [JsonPropertyName("event")] public required EventMeta Event { get; init; }
    [JsonPropertyName("observer")] public required ObserverInfo Observer { get; init; }
    [JsonPropertyName("email")] public required EmailInfo Email { get; init; }
    [JsonPropertyName("source")] public SourceInfo? Source { get; init; }
    [JsonPropertyName("esa")] public required EsaInfo Esa { get; init; }
}

public sealed record EventMeta
{
    [JsonPropertyName("dataset")] public string Dataset { get; init; } = Fields.DatasetValue;
    [JsonPropertyName("ingested")] public required DateTime Ingested { get; init; }
}

public sealed record ObserverInfo
{
    [JsonPropertyName("hostname")] public required string Hostname { get; init; }
    [JsonPropertyName("serial_number")] public string? SerialNumber { get; init; }
}

public sealed record EmailInfo
{
    [JsonPropertyName("local_id")] public required string LocalId { get; init; }
    [JsonPropertyName("message_id")] public string? MessageId { get; init; }
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    [JsonPropertyName("from")] public AddressList? From { get; init; }
    [JsonPropertyName("to")] public AddressList? To { get; init; }
    [JsonPropertyName("direction")] public MailDirection Direction { get; init; }
}

public sealed record AddressList
{
    [JsonPropertyName("address")] public required IReadOnlyList<string> Address { get; init; }
}

public sealed record SourceInfo
{
    [JsonPropertyName("ip")] public string? Ip { get; init; }
    [JsonPropertyName("domain")] public string? Domain { get; init; }
}

public sealed record EsaInfo
{
    [JsonPropertyName("mid")] public required long Mid { get; init; }
    [JsonPropertyName("icid")] public long? Icid { get; init; }
    [JsonPropertyName("parent_mid")] public long? ParentMid { get; init; }
    [JsonPropertyName("sender_group")] public string? SenderGroup { get; init; }
    [JsonPropertyName("sbrs")] public double? Sbrs { get; init; }
    [JsonPropertyName("receive")] public required ReceiveInfo Receive { get; init; }
    [JsonPropertyName("deliver")] public required DeliverInfo Deliver { get; init; }
    [JsonPropertyName("deliveries")] public IReadOnlyList<DeliveryInfo>? Deliveries { get; init; }
    [JsonPropertyName("tls")] public required TlsSummary Tls { get; init; }
    [JsonPropertyName("final")] public bool Final { get; init; }
    /// <summary>Which logs the document was built from: <c>text</c> (mail logs), <c>consolidated</c> (consolidated event lines).</summary>
    [JsonPropertyName("sources")] public IReadOnlyList<string>? Sources { get; init; }
    [JsonPropertyName("evidence")] public EvidenceInfo? Evidence { get; init; }
    /// <summary>Fields (dotted paths) on which the text log and the consolidated line disagree; absent when they agree.</summary>
    [JsonPropertyName("conflicts")] public IReadOnlyList<string>? Conflicts { get; init; }
    [JsonPropertyName("dane")] public DaneInfo? Dane { get; init; }
}

/// <summary>How complete the evidence behind the document is (set when a consolidated line contributed).</summary>
public sealed record EvidenceInfo
{
    /// <summary>Every consolidated line for the message may have been cut (by a relay or the reader's cap).</summary>
    [JsonPropertyName("partial")] public bool Partial { get; init; }
}

/// <summary>Outbound DANE result as the consolidated line logs it.</summary>
public sealed record DaneInfo
{
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("host")] public string? Host { get; init; }
}

public sealed record ReceiveInfo
{
    [JsonPropertyName("tls")] public required ReceiveTls Tls { get; init; }
}

public sealed record ReceiveTls
{
    [JsonPropertyName("status")] public required ReceiveTlsStatus Status { get; init; }
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("cipher")] public string? Cipher { get; init; }
    [JsonPropertyName("error")] public string? Error { get; init; }
}

public sealed record DeliverInfo
{
    [JsonPropertyName("tls")] public required DeliverTls Tls { get; init; }
}

public sealed record DeliverTls
{
    [JsonPropertyName("status")] public required DeliverTlsStatus Status { get; init; }
}

/// <summary>One delivery attempt of some RIDs on one DCID (an element of the nested <c>esa.deliveries</c>).</summary>
public sealed record DeliveryInfo
{
    [JsonPropertyName("@timestamp")] public required DateTime Timestamp { get; init; }
    [JsonPropertyName("dcid")] public required long Dcid { get; init; }
    [JsonPropertyName("rids")] public required IReadOnlyList<int> Rids { get; init; }
    [JsonPropertyName("recipients")] public IReadOnlyList<string>? Recipients { get; init; }
    [JsonPropertyName("destination")] public DestinationInfo? Destination { get; init; }
    [JsonPropertyName("tls")] public required LegTls Tls { get; init; }
    /// <summary>Absent while the attempt is still in progress (a <c>Delivery start</c> without its result yet).</summary>
    [JsonPropertyName("outcome")] public DeliveryOutcome? Outcome { get; init; }
    [JsonPropertyName("response")] public string? Response { get; init; }
}

public sealed record DestinationInfo
{
    [JsonPropertyName("ip")] public string? Ip { get; init; }
}

public sealed record LegTls
{
    [JsonPropertyName("status")] public required LegTlsStatus Status { get; init; }
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("cipher")] public string? Cipher { get; init; }
    [JsonPropertyName("peer_cn")] public string? PeerCn { get; init; }
    [JsonPropertyName("error")] public string? Error { get; init; }
}

public sealed record TlsSummary
{
    [JsonPropertyName("lacked")] public required bool Lacked { get; init; }
    [JsonPropertyName("unknown")] public required bool Unknown { get; init; }
}
