using EsaTls.Core.Contract;
using EsaTls.Core.Stores;

namespace EsaTls.Tests.Stores;

/// <summary>
/// A deterministic synthetic corpus for comparing query backends: every receive/deliver status, several
/// appliances (one with SQL in its name), domains in mixed case, sub-domains, unicode and LIKE/glob
/// metacharacters, all directions, multi-recipient and multi-delivery messages, failed legs with errors,
/// missing values, equal timestamps (ties, and a burst of them across several pages), sub-millisecond times, hour/day edges, a MID shared by two
/// appliances, and later versions of earlier documents (same id) at the end.
/// </summary>
public static class QueryCorpus
{
    public static readonly DateTime Start = new(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly string[] Hosts =
        ["esa1", "esa2", "ESA-3.example.net", "esa'; DROP TABLE messages;--", "esä-4 \"quoted\""];

    /// <summary>Domains as they appear in addresses (upper case and unicode included).</summary>
    public static readonly string[] Domains =
    [
        "example.com", "Example.COM", "sub.example.com", "example.org", "o'brien.example", "100%.example",
        "a_b.example", "axb.example", "star*.example", "bobby'); DROP TABLE messages;--.example",
        "bücher.example", "BÜCHER.example", "mail.example.net",
    ];

    public static readonly string[] TlsErrors =
    [
        "STARTTLS unexpected response", "TLS was required but remote host did not initiate it",
        "certificate verify failed: 'self signed' (20%)", "handshake failure_alert", "Échec TLS",
    ];

    /// <summary>Timestamps that documents of the corpus have exactly (for inclusive/exclusive bounds).</summary>
    public static IReadOnlyList<DateTime> DocumentTimes(IReadOnlyList<MessageRecord> corpus) =>
        [.. corpus.Select(r => r.Document.Timestamp).Distinct().Order().Where((_, i) => i % 37 == 5)];

    public static IReadOnlyList<MessageRecord> Build(int count = 360, int seed = 20240301)
    {
        var random = new Random(seed);
        var records = new List<MessageRecord>(count + 10);
        var time = Start;
        var burstTime = Start;
        for (var i = 0; i < count; i++)
        {
            // Mostly moving forward by minutes; every 9th message shares the previous timestamp (a tie),
            // a few land just before/after midnight or carry sub-millisecond ticks. Messages 201–213 are a
            // burst in the millisecond of message 200 (longer than several pages of the paging backends), at
            // various ticks.
            if (i % 9 != 4)
            {
                time = time.AddSeconds(random.Next(30, 1500));
            }
            if (i == 200)
            {
                burstTime = time;
            }
            var ts = i is > 200 and <= 213 ? burstTime.AddTicks((i * 3_037) % (int)TimeSpan.TicksPerMillisecond) : (i % 53) switch
            {
                7 => new DateTime(time.Year, time.Month, time.Day, 23, 59, 59, 999, DateTimeKind.Utc),
                8 => new DateTime(time.Year, time.Month, time.Day, 0, 0, 0, DateTimeKind.Utc).AddDays(1),
                11 => time.AddTicks(3),
                12 => time.AddTicks(7),
                _ => time,
            };
            var host = Hosts[random.Next(Hosts.Length)];
            var mid = 10_000L + i;
            if (i % 41 == 40)
            {
                // The same MID on another appliance.
                mid = 10_000L + i - 1;
                host = host == Hosts[0] ? Hosts[1] : Hosts[0];
            }
            records.Add(Message(random, i, host, mid, ts));
        }

        // Later versions of earlier documents: same id, new verdicts and legs; the last one must win.
        for (var k = 0; k < 8; k++)
        {
            var original = records[((k * 29) + 3) % count];
            var replacement = Message(random, 10_000 + k, original.Document.Observer.Hostname, original.Document.Esa.Mid, original.Document.Timestamp);
            records.Add(original with { Document = replacement.Document with { Esa = replacement.Document.Esa with { Final = true } } });
        }
        return records;
    }

    private static MessageRecord Message(Random random, int i, string host, long mid, DateTime ts)
    {
        var to = random.Next(20) == 0 ? null : Addresses(random, random.Next(1, 5));
        var from = random.Next(10) == 0 ? null : Addresses(random, random.Next(15) == 0 ? 2 : 1);
        var receive = Receive(random, i);
        var deliveries = Deliveries(random, ts, to);
        var deliverStatus = RollUp(deliveries);
        var lacked = receive.Status is ReceiveTlsStatus.Failed or ReceiveTlsStatus.None
            || deliverStatus is DeliverTlsStatus.Partial or DeliverTlsStatus.Failed or DeliverTlsStatus.None;
        // Now and then both flags, as a document could carry them: "lacked" must win over "unknown".
        var unknown = (!lacked && (receive.Status == ReceiveTlsStatus.Unknown || deliverStatus == DeliverTlsStatus.Unknown))
            || (lacked && i % 23 == 0);
        var doc = new MessageDocument
        {
            Timestamp = ts,
            Event = new EventMeta { Ingested = ts.AddMinutes(5) },
            Observer = new ObserverInfo { Hostname = host, SerialNumber = random.Next(3) == 0 ? null : "SN-" + host.Length },
            Email = new EmailInfo
            {
                LocalId = mid.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MessageId = random.Next(4) == 0 ? null : $"<{i}.{mid}@mail.example.com>",
                Subject = random.Next(5) switch { 0 => null, 1 => "Réunion \"Q1\" 100% ✓", _ => "subject " + i },
                From = from is null ? null : new AddressList { Address = from },
                To = to is null ? null : new AddressList { Address = to },
                Direction = (MailDirection)random.Next(3),
            },
            Source = random.Next(10) == 0 ? null : new SourceInfo
            {
                Ip = random.Next(12) == 0 ? null : $"203.0.113.{random.Next(1, 8)}",
                Domain = random.Next(2) == 0 ? null : "relay.example.org",
            },
            Esa = new EsaInfo
            {
                Mid = mid,
                Icid = receive.Status == ReceiveTlsStatus.NotApplicable ? 0 : 500_000 + i,
                ParentMid = random.Next(15) == 0 ? mid - 1 : null,
                SenderGroup = random.Next(3) == 0 ? null : "ACCEPTLIST",
                Sbrs = random.Next(3) == 0 ? null : Math.Round((random.NextDouble() * 20) - 10, 1),
                Receive = new ReceiveInfo { Tls = receive },
                Deliver = new DeliverInfo { Tls = new DeliverTls { Status = deliverStatus } },
                Deliveries = deliveries.Count == 0 && random.Next(2) == 0 ? null : deliveries,
                Tls = new TlsSummary { Lacked = lacked, Unknown = unknown },
                Final = random.Next(4) != 0,
            },
        };
        return new MessageRecord(DocumentId.For(host, mid, ts), doc);
    }

    private static List<string> Addresses(Random random, int count)
    {
        var result = new List<string>(count);
        for (var k = 0; k < count; k++)
        {
            result.Add(random.Next(25) switch
            {
                0 => "postmaster",
                1 => "broken@",
                2 => "a@b@" + Domains[random.Next(Domains.Length)],
                _ => $"user{random.Next(40)}@{Domains[random.Next(Domains.Length)]}",
            });
        }
        return result;
    }

    private static ReceiveTls Receive(Random random, int i)
    {
        // Cycle through every status first so that each is present, then at random.
        var status = (ReceiveTlsStatus)(i < 5 ? i : random.Next(5));
        return status switch
        {
            ReceiveTlsStatus.Success => new ReceiveTls
            {
                Status = status,
                Version = random.Next(6) == 0 ? null : random.Next(2) == 0 ? "TLSv1.2" : "TLSv1.3",
                Cipher = "ECDHE-RSA-AES256-GCM-SHA384",
            },
            ReceiveTlsStatus.Failed => new ReceiveTls
            {
                Status = status,
                Version = random.Next(5) == 0 ? "TLSv1.2" : null,
                Error = random.Next(6) == 0 ? null : TlsErrors[random.Next(TlsErrors.Length)],
            },
            _ => new ReceiveTls { Status = status },
        };
    }

    private static List<DeliveryInfo> Deliveries(Random random, DateTime ts, List<string>? to)
    {
        var count = random.Next(5) switch { 0 => 0, 1 or 2 => 1, 3 => 2, _ => 3 };
        var result = new List<DeliveryInfo>(count);
        for (var k = 0; k < count; k++)
        {
            var status = (LegTlsStatus)random.Next(4);
            var recipients = to is null || random.Next(8) == 0 ? null : to.Where((_, n) => n % count == k || random.Next(3) == 0).ToList();
            result.Add(new DeliveryInfo
            {
                Timestamp = ts.AddSeconds(5 + (k * 40)),
                Dcid = 70_000 + random.Next(50_000),
                Rids = [.. Enumerable.Range(0, recipients?.Count ?? 1)],
                Recipients = recipients,
                Destination = random.Next(8) == 0 ? null : new DestinationInfo { Ip = random.Next(10) == 0 ? null : $"198.51.100.{random.Next(1, 6)}" },
                Tls = status switch
                {
                    LegTlsStatus.Success => new LegTls
                    {
                        Status = status,
                        Version = random.Next(5) == 0 ? null : random.Next(2) == 0 ? "TLSv1.2" : "TLSv1.3",
                        Cipher = "TLS_AES_256_GCM_SHA384",
                        PeerCn = random.Next(2) == 0 ? null : "mx.example.org",
                    },
                    LegTlsStatus.Failed => new LegTls
                    {
                        Status = status,
                        Version = random.Next(6) == 0 ? "TLSv1.1" : null,
                        Error = random.Next(5) == 0 ? null : TlsErrors[random.Next(TlsErrors.Length)],
                    },
                    _ => new LegTls { Status = status },
                },
                Outcome = random.Next(6) switch
                {
                    0 => null,
                    1 => DeliveryOutcome.Bounced,
                    2 => DeliveryOutcome.Delayed,
                    3 => DeliveryOutcome.Failed,
                    _ => DeliveryOutcome.Delivered,
                },
                Response = random.Next(3) == 0 ? null : "250 2.0.0 Ok: queued as 'ABC' 100%",
            });
        }
        return result;
    }

    /// <summary>design.md §2 roll-up over the delivered legs.</summary>
    private static DeliverTlsStatus RollUp(List<DeliveryInfo> deliveries)
    {
        var delivered = deliveries.Where(d => d.Outcome == DeliveryOutcome.Delivered).Select(d => d.Tls.Status).ToList();
        if (delivered.Count == 0)
        {
            return DeliverTlsStatus.NotDelivered;
        }
        var clear = delivered.Count(s => s is LegTlsStatus.Failed or LegTlsStatus.None);
        if (clear == 0)
        {
            return delivered.Contains(LegTlsStatus.Unknown) ? DeliverTlsStatus.Unknown : DeliverTlsStatus.Success;
        }
        if (delivered.Contains(LegTlsStatus.Success))
        {
            return DeliverTlsStatus.Partial;
        }
        return delivered.Contains(LegTlsStatus.None) ? DeliverTlsStatus.None : DeliverTlsStatus.Failed;
    }
}
