using EsaTls.Core.Contract;
using EsaTls.Core.Stores;

namespace EsaTls.Tests.Stores;

/// <summary>Small hand-made documents for tests that check exact answers.</summary>
public static class TestDocuments
{
    public static readonly DateTime T0 = new(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    public static MessageRecord Record(
        long mid,
        DateTime? at = null,
        string host = "esa1",
        ReceiveTlsStatus receive = ReceiveTlsStatus.Success,
        DeliverTlsStatus deliver = DeliverTlsStatus.Success,
        string[]? from = null,
        string[]? to = null,
        IReadOnlyList<DeliveryInfo>? deliveries = null,
        string? receiveVersion = null,
        string? receiveError = null,
        string? sourceIp = null,
        MailDirection direction = MailDirection.Inbound,
        bool? lacked = null,
        bool? unknown = null,
        string? subject = null)
    {
        var time = at ?? T0.AddMinutes(mid);
        var isLacked = lacked ?? (receive is ReceiveTlsStatus.Failed or ReceiveTlsStatus.None
            || deliver is DeliverTlsStatus.Partial or DeliverTlsStatus.Failed or DeliverTlsStatus.None);
        var isUnknown = unknown ?? (!isLacked && (receive == ReceiveTlsStatus.Unknown || deliver == DeliverTlsStatus.Unknown));
        var doc = new MessageDocument
        {
            Timestamp = time,
            Event = new EventMeta { Ingested = time.AddMinutes(1) },
            Observer = new ObserverInfo { Hostname = host },
            Email = new EmailInfo
            {
                LocalId = mid.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Subject = subject,
                From = from is null ? null : new AddressList { Address = from },
                To = to is null ? null : new AddressList { Address = to },
                Direction = direction,
            },
            Source = sourceIp is null ? null : new SourceInfo { Ip = sourceIp },
            Esa = new EsaInfo
            {
                Mid = mid,
                Receive = new ReceiveInfo { Tls = new ReceiveTls { Status = receive, Version = receiveVersion, Error = receiveError } },
                Deliver = new DeliverInfo { Tls = new DeliverTls { Status = deliver } },
                Deliveries = deliveries,
                Tls = new TlsSummary { Lacked = isLacked, Unknown = isUnknown },
            },
        };
        return new MessageRecord(DocumentId.For(host, mid, time), doc);
    }

    public static DeliveryInfo Delivery(
        long dcid,
        LegTlsStatus status,
        DeliveryOutcome? outcome = DeliveryOutcome.Delivered,
        string[]? recipients = null,
        string? version = null,
        string? error = null,
        string? ip = null,
        DateTime? at = null) => new()
        {
            Timestamp = at ?? T0,
            Dcid = dcid,
            Rids = [.. Enumerable.Range(0, recipients?.Length ?? 1)],
            Recipients = recipients,
            Destination = ip is null ? null : new DestinationInfo { Ip = ip },
            Tls = new LegTls { Status = status, Version = version, Error = error },
            Outcome = outcome,
        };
}
