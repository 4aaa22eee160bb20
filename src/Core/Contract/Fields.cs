namespace EsaTls.Core.Contract;

public enum FieldType { Keyword, Text, Date, Long, Integer, Float, Boolean, Ip, Nested }

/// <summary>One indexed field of the document: its dotted path and mapping type.</summary>
public sealed record FieldSpec(string Path, FieldType Type);

/// <summary>
/// Dotted field paths of the document contract (design.md §3). Query backends, the SQLite schema and the
/// dashboards use these names; tests check them against <see cref="MessageDocument"/> and index-template.json.
/// </summary>
public static class Fields
{
    public const string DatasetValue = "esatls.message";
    public const string IndexPrefix = "esatls-messages-";
    public const string IndexPattern = "esatls-messages-*";

    public const string Timestamp = "@timestamp";
    public const string EventDataset = "event.dataset";
    public const string EventIngested = "event.ingested";
    public const string ObserverHostname = "observer.hostname";
    public const string ObserverSerial = "observer.serial_number";
    public const string EmailLocalId = "email.local_id";
    public const string EmailMessageId = "email.message_id";
    public const string EmailSubject = "email.subject";
    public const string EmailFrom = "email.from.address";
    public const string EmailTo = "email.to.address";
    public const string EmailDirection = "email.direction";
    public const string SourceIp = "source.ip";
    public const string SourceDomain = "source.domain";
    public const string Mid = "esa.mid";
    public const string Icid = "esa.icid";
    public const string ParentMid = "esa.parent_mid";
    public const string SenderGroup = "esa.sender_group";
    public const string Sbrs = "esa.sbrs";
    public const string ReceiveStatus = "esa.receive.tls.status";
    public const string ReceiveVersion = "esa.receive.tls.version";
    public const string ReceiveCipher = "esa.receive.tls.cipher";
    public const string ReceiveError = "esa.receive.tls.error";
    public const string DeliverStatus = "esa.deliver.tls.status";
    public const string Deliveries = "esa.deliveries";
    public const string DeliveryTimestamp = "esa.deliveries.@timestamp";
    public const string DeliveryDcid = "esa.deliveries.dcid";
    public const string DeliveryRids = "esa.deliveries.rids";
    public const string DeliveryRecipients = "esa.deliveries.recipients";
    public const string DeliveryDestinationIp = "esa.deliveries.destination.ip";
    public const string DeliveryTlsStatus = "esa.deliveries.tls.status";
    public const string DeliveryTlsVersion = "esa.deliveries.tls.version";
    public const string DeliveryTlsCipher = "esa.deliveries.tls.cipher";
    public const string DeliveryTlsPeerCn = "esa.deliveries.tls.peer_cn";
    public const string DeliveryTlsError = "esa.deliveries.tls.error";
    public const string DeliveryOutcome = "esa.deliveries.outcome";
    public const string DeliveryResponse = "esa.deliveries.response";
    public const string TlsLacked = "esa.tls.lacked";
    public const string TlsUnknown = "esa.tls.unknown";
    public const string Final = "esa.final";
    public const string Sources = "esa.sources";
    public const string EvidencePartial = "esa.evidence.partial";
    public const string Conflicts = "esa.conflicts";
    public const string DaneStatus = "esa.dane.status";
    public const string DaneHost = "esa.dane.host";

    /// <summary>Every leaf field of the contract (and the nested container), in document order.</summary>
    public static readonly IReadOnlyList<FieldSpec> All =
    [
        new(Timestamp, FieldType.Date),
        new(EventDataset, FieldType.Keyword),
        new(EventIngested, FieldType.Date),
        new(ObserverHostname, FieldType.Keyword),
        new(ObserverSerial, FieldType.Keyword),
        new(EmailLocalId, FieldType.Keyword),
        new(EmailMessageId, FieldType.Keyword),
        new(EmailSubject, FieldType.Keyword),
        new(EmailFrom, FieldType.Keyword),
        new(EmailTo, FieldType.Keyword),
        new(EmailDirection, FieldType.Keyword),
        new(SourceIp, FieldType.Ip),
        new(SourceDomain, FieldType.Keyword),
        new(Mid, FieldType.Long),
        new(Icid, FieldType.Long),
        new(ParentMid, FieldType.Long),
        new(SenderGroup, FieldType.Keyword),
        new(Sbrs, FieldType.Float),
        new(ReceiveStatus, FieldType.Keyword),
        new(ReceiveVersion, FieldType.Keyword),
        new(ReceiveCipher, FieldType.Keyword),
        new(ReceiveError, FieldType.Keyword),
        new(DeliverStatus, FieldType.Keyword),
        new(Deliveries, FieldType.Nested),
        new(DeliveryTimestamp, FieldType.Date),
        new(DeliveryDcid, FieldType.Long),
        new(DeliveryRids, FieldType.Integer),
        new(DeliveryRecipients, FieldType.Keyword),
        new(DeliveryDestinationIp, FieldType.Ip),
        new(DeliveryTlsStatus, FieldType.Keyword),
        new(DeliveryTlsVersion, FieldType.Keyword),
        new(DeliveryTlsCipher, FieldType.Keyword),
        new(DeliveryTlsPeerCn, FieldType.Keyword),
        new(DeliveryTlsError, FieldType.Keyword),
        new(DeliveryOutcome, FieldType.Keyword),
        new(DeliveryResponse, FieldType.Keyword),
        new(TlsLacked, FieldType.Boolean),
        new(TlsUnknown, FieldType.Boolean),
        new(Final, FieldType.Boolean),
        new(Sources, FieldType.Keyword),
        new(EvidencePartial, FieldType.Boolean),
        new(Conflicts, FieldType.Keyword),
        new(DaneStatus, FieldType.Keyword),
        new(DaneHost, FieldType.Keyword),
    ];

    /// <summary>Monthly index for a message that started at <paramref name="startUtc"/>.</summary>
    public static string IndexFor(DateTime startUtc) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{IndexPrefix}{startUtc:yyyy.MM}");
}
