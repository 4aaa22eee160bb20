using EsaTls.Core.Contract;
using EsaTls.Core.Stores;

namespace EsaTls.Tests.Search;

/// <summary>Documents for the search tests: one simple builder and a seeded generator with ties and odd addresses.</summary>
public static class SearchTestData
{
    public static MessageRecord Record(string host, long mid, DateTime start, string? from = "sender@example.com",
        string[]? to = null, ReceiveTlsStatus receive = ReceiveTlsStatus.Success, DeliverTlsStatus deliver = DeliverTlsStatus.Success,
        DateTime? ingested = null, string? subject = null)
    {
        var doc = new MessageDocument
        {
            Timestamp = start,
            Event = new EventMeta { Ingested = ingested ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
            Observer = new ObserverInfo { Hostname = host },
            Email = new EmailInfo
            {
                LocalId = mid.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Subject = subject,
                From = from is null ? null : new AddressList { Address = [from] },
                To = new AddressList { Address = to ?? ["rcpt@example.org"] },
                Direction = MailDirection.Inbound,
            },
            Esa = new EsaInfo
            {
                Mid = mid,
                Receive = new ReceiveInfo { Tls = new ReceiveTls { Status = receive } },
                Deliver = new DeliverInfo { Tls = new DeliverTls { Status = deliver } },
                Tls = new TlsSummary { Lacked = receive is ReceiveTlsStatus.None or ReceiveTlsStatus.Failed, Unknown = false },
            },
        };
        return new MessageRecord(DocumentId.For(host, mid, start), doc);
    }

    public static List<MessageRecord> Records(int count, DateTime? start = null, string host = "esa1")
    {
        var t = start ?? new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        var list = new List<MessageRecord>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Record(host, 1000 + i, t.AddMinutes(i)));
        }
        return list;
    }

    private static readonly string[] Hosts = ["esa1", "esa2", "ESA-3"];
    private static readonly string[] Senders =
        ["alice@Example.com", "bob@example.COM", "carol@sub.example.com", "x@other.org", "weird@a@example.com", "no-at-sign", "trailing@", "bounce@mailer.net"];
    private static readonly string[] Recipients =
        ["r1@example.org", "R2@EXAMPLE.ORG", "r3@partner.net", "r4@sub.partner.net", "r5@Example.com", "local-only", "r6@partner.net"];
    private static readonly string?[] Versions = ["TLSv1.2", "TLSv1.3", "TLSv1", null];
    private static readonly string?[] Errors = ["unsupported protocol", "certificate verify failed", "TLS was required but could not be successfully negotiated", null];
    private static readonly string?[] Ips = ["192.0.2.10", "192.0.2.11", "198.51.100.7", "2001:db8::25", null];

    /// <summary>A corpus with many equal timestamps (ties), several months, mixed-case and odd addresses.</summary>
    public static List<MessageRecord> Corpus(int count, int seed)
    {
        var random = new Random(seed);
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        var baseTime = new DateTime(2026, 1, 31, 23, 30, 0, DateTimeKind.Utc);
        var list = new List<MessageRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var host = Pick(Hosts);
            // Few distinct instants so that many messages share a timestamp; spread over Jan–Mar.
            var start = baseTime.AddHours(random.Next(0, 4) * 700).AddSeconds(random.Next(0, 25) * 30);
            var receive = (ReceiveTlsStatus)random.Next(0, 5);
            var deliveries = new List<DeliveryInfo>();
            for (var d = random.Next(0, 4); d > 0; d--)
            {
                var rcpts = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(Recipients)).ToList();
                deliveries.Add(new DeliveryInfo
                {
                    Timestamp = start.AddSeconds(random.Next(1, 100)),
                    Dcid = random.Next(1, 500),
                    Rids = [.. Enumerable.Range(0, rcpts.Count)],
                    Recipients = rcpts.Count == 0 ? null : rcpts,
                    Destination = random.Next(5) == 0 ? null : new DestinationInfo { Ip = Pick(Ips) },
                    Tls = new LegTls { Status = (LegTlsStatus)random.Next(0, 4), Version = Pick(Versions), Error = Pick(Errors) },
                    Outcome = random.Next(6) == 0 ? null : (DeliveryOutcome)random.Next(0, 4),
                });
            }
            var to = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(Recipients)).ToList();
            var from = random.Next(8) == 0 ? null : Pick(Senders);
            var lacked = random.Next(3) == 0;
            var doc = new MessageDocument
            {
                Timestamp = start,
                Event = new EventMeta { Ingested = start.AddMinutes(5) },
                Observer = new ObserverInfo { Hostname = host },
                Email = new EmailInfo
                {
                    LocalId = (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    From = from is null ? null : new AddressList { Address = [from] },
                    To = to.Count == 0 ? null : new AddressList { Address = to },
                    Direction = (MailDirection)random.Next(0, 3),
                },
                Source = random.Next(4) == 0 ? null : new SourceInfo { Ip = Pick(Ips), Domain = "mx.example.net" },
                Esa = new EsaInfo
                {
                    Mid = 100 + i,
                    Icid = random.Next(1, 1000),
                    Receive = new ReceiveInfo { Tls = new ReceiveTls { Status = receive, Version = Pick(Versions), Error = receive == ReceiveTlsStatus.Failed ? Pick(Errors) : null } },
                    Deliver = new DeliverInfo { Tls = new DeliverTls { Status = (DeliverTlsStatus)random.Next(0, 6) } },
                    Deliveries = deliveries.Count == 0 ? null : deliveries,
                    Tls = new TlsSummary { Lacked = lacked, Unknown = !lacked && random.Next(4) == 0 },
                    Final = random.Next(2) == 0,
                },
            };
            list.Add(new MessageRecord(DocumentId.For(host, 100 + i, start), doc));
        }
        return list;
    }
}
