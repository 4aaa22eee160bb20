using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using static EsaTls.Tests.Stores.TestDocuments;

namespace EsaTls.Tests.Stores;

/// <summary>Exact, hand-computed answers of the reference semantics (the other backends are compared to it).</summary>
public class ReferenceQueryBackendTests
{
    private static async Task<List<MessageRecord>> Search(IEnumerable<MessageRecord> records, MessageFilter filter, int? limit = null) =>
        await new ReferenceQueryBackend(records).SearchAsync(filter, limit, CancellationToken.None).ToListAsync();

    private static Task<IReadOnlyList<CoverageCount>> Coverage(IEnumerable<MessageRecord> records, CoverageBy by, Leg leg, MessageFilter? filter = null) =>
        new ReferenceQueryBackend(records).CoverageAsync(filter ?? new MessageFilter(), new CoverageQuery(by, leg), CancellationToken.None);

    [Theory]
    [InlineData("User@Example.COM", "example.com")]
    [InlineData("a@b@Sub.Example.org", "sub.example.org")]
    [InlineData("x@BÜCHER.example", "bücher.example")]
    [InlineData("postmaster", null)]
    [InlineData("broken@", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Domain_is_the_lower_cased_text_after_the_last_at(string? address, string? expected) =>
        QuerySemantics.DomainOf(address).Should().Be(expected);

    [Fact]
    public void Time_keys_and_buckets_floor_towards_the_past()
    {
        var beforeEpoch = DateTime.UnixEpoch.AddTicks(-5);
        QuerySemantics.TimeKey(beforeEpoch).Should().Be(-1);
        QuerySemantics.HourIndex(-1).Should().Be(-1);
        QuerySemantics.DayBucket(-1).Should().Be("1969-12-31");
        QuerySemantics.HourBucket(-1).Should().Be("1969-12-31T23:00");
        var t = new DateTime(2024, 3, 1, 23, 59, 59, 999, DateTimeKind.Utc).AddTicks(9_999);
        QuerySemantics.HourBucket(QuerySemantics.HourIndex(t)).Should().Be("2024-03-01T23:00");
        QuerySemantics.DayBucket(QuerySemantics.HourIndex(t.AddTicks(1))).Should().Be("2024-03-02");
        QuerySemantics.TimeKey(DateTime.SpecifyKind(t, DateTimeKind.Unspecified)).Should().Be(QuerySemantics.TimeKey(t));
    }

    [Fact]
    public void Tls_percent_counts_only_statuses_that_have_or_lack_tls()
    {
        QuerySemantics.TlsPercent(Counts(("success", 3), ("failed", 1), ("unknown", 5), ("not_applicable", 9))).Should().Be(75.0);
        QuerySemantics.TlsPercent(Counts(("success", 1), ("partial", 1), ("none", 1), ("not_delivered", 3))).Should().Be(33.3);
        QuerySemantics.TlsPercent(Counts(("success", 2), ("lacked", 1), ("unknown", 1))).Should().Be(66.7);
        QuerySemantics.TlsPercent(Counts(("unknown", 2), ("not_applicable", 1))).Should().BeNull();
        QuerySemantics.TlsPercent(Counts(("success", 1999), ("none", 1))).Should().Be(100.0, "99.95 rounds half away from zero");
    }

    private static IEnumerable<KeyValuePair<string, long>> Counts(params (string Status, long Count)[] counts) =>
        counts.Select(c => KeyValuePair.Create(c.Status, c.Count));

    [Fact]
    public async Task Newest_first_with_ties_by_id()
    {
        var a = Record(1, at: T0);
        var b = Record(2, at: T0);
        var c = Record(3, at: T0.AddSeconds(1));
        var sameMillisecond = Record(4, at: T0.AddTicks(3));
        var ids = (await Search([a, b, c, sameMillisecond], new MessageFilter())).Select(r => r.Id).ToList();
        ids[0].Should().Be(c.Id);
        ids.Skip(1).Should().BeInAscendingOrder(StringComparer.Ordinal).And.BeEquivalentTo([a.Id, b.Id, sameMillisecond.Id]);
        (await Search([a, b, c], new MessageFilter(), limit: 2)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Since_is_inclusive_and_until_exclusive()
    {
        var records = new[] { Record(1, at: T0), Record(2, at: T0.AddMinutes(1)), Record(3, at: T0.AddMinutes(2)) };
        var found = await Search(records, new MessageFilter { Since = T0.AddMinutes(1), Until = T0.AddMinutes(2) });
        found.Select(r => r.Document.Esa.Mid).Should().Equal(2);
    }

    [Fact]
    public async Task Domains_match_exactly_and_case_insensitively_on_any_address()
    {
        var records = new[]
        {
            Record(1, from: ["a@Example.COM"], to: ["x@sub.example.com"]),
            Record(2, from: ["b@sub.example.com", "c@other.org"], to: ["y@EXAMPLE.com", "postmaster"]),
            Record(3, from: null, to: null),
        };
        (await Search(records, new MessageFilter { SenderDomain = "EXAMPLE.com" })).Select(r => r.Document.Esa.Mid).Should().Equal(1);
        (await Search(records, new MessageFilter { SenderDomain = "other.org" })).Select(r => r.Document.Esa.Mid).Should().Equal(2);
        (await Search(records, new MessageFilter { RecipientDomain = "example.com" })).Select(r => r.Document.Esa.Mid).Should().Equal(2);
        (await Search(records, new MessageFilter { RecipientDomain = "%" })).Should().BeEmpty();
    }

    [Fact]
    public async Task Lacking_per_leg_and_with_unknown()
    {
        var records = new[]
        {
            Record(1, receive: ReceiveTlsStatus.None),
            Record(2, deliver: DeliverTlsStatus.Partial),
            Record(3, receive: ReceiveTlsStatus.Unknown),
            Record(4, deliver: DeliverTlsStatus.Unknown),
            Record(5, receive: ReceiveTlsStatus.NotApplicable, deliver: DeliverTlsStatus.NotDelivered),
            Record(6),
        };
        async Task<long[]> Mids(Leg leg, bool unknown) =>
            [.. (await Search(records, new MessageFilter { Lacking = leg, IncludeUnknown = unknown })).Select(r => r.Document.Esa.Mid).Order()];
        (await Mids(Leg.Any, false)).Should().Equal(1, 2);
        (await Mids(Leg.Any, true)).Should().Equal(1, 2, 3, 4);
        (await Mids(Leg.Receive, false)).Should().Equal(1);
        (await Mids(Leg.Receive, true)).Should().Equal(1, 3);
        (await Mids(Leg.Deliver, false)).Should().Equal(2);
        (await Mids(Leg.Deliver, true)).Should().Equal(2, 4);
    }

    [Fact]
    public async Task Coverage_any_gives_lacked_precedence_then_unknown_then_success()
    {
        var records = new[]
        {
            Record(1, receive: ReceiveTlsStatus.None, lacked: true, unknown: true),
            Record(2, receive: ReceiveTlsStatus.Unknown),
            Record(3, receive: ReceiveTlsStatus.NotApplicable, deliver: DeliverTlsStatus.Success),
            Record(4, receive: ReceiveTlsStatus.NotApplicable, deliver: DeliverTlsStatus.NotDelivered),
        };
        (await Coverage(records, CoverageBy.None, Leg.Any)).Should().Equal(
            new CoverageCount("all", "lacked", 1),
            new CoverageCount("all", "not_applicable", 1),
            new CoverageCount("all", "success", 1),
            new CoverageCount("all", "unknown", 1));
    }

    [Fact]
    public async Task Coverage_by_recipient_domain_counts_a_message_once_per_distinct_domain()
    {
        var records = new[]
        {
            Record(1, to: ["a@x.org", "b@X.org", "c@y.org"]),
            Record(2, to: ["postmaster"], deliver: DeliverTlsStatus.None),
            Record(3, to: null, deliver: DeliverTlsStatus.None),
        };
        (await Coverage(records, CoverageBy.RecipientDomain, Leg.Deliver)).Should().Equal(
            new CoverageCount("-", "none", 2),
            new CoverageCount("x.org", "success", 1),
            new CoverageCount("y.org", "success", 1));
    }

    [Fact]
    public async Task Coverage_by_tls_version_counts_receive_legs_and_delivered_legs()
    {
        var records = new[]
        {
            Record(1, receiveVersion: "TLSv1.3", deliveries:
            [
                Delivery(1, LegTlsStatus.Success, version: "TLSv1.2"),
                Delivery(2, LegTlsStatus.None, outcome: DeliveryOutcome.Delivered),
                Delivery(3, LegTlsStatus.Success, outcome: DeliveryOutcome.Bounced, version: "TLSv1.2"),
                Delivery(4, LegTlsStatus.Success, outcome: null, version: "TLSv1.2"),
            ]),
            Record(2, receive: ReceiveTlsStatus.None),
        };
        (await Coverage(records, CoverageBy.TlsVersion, Leg.Deliver)).Should().Equal(
            new CoverageCount("-", "none", 1),
            new CoverageCount("TLSv1.2", "success", 1));
        (await Coverage(records, CoverageBy.TlsVersion, Leg.Any)).Should().Equal(
            new CoverageCount("-", "none", 2),
            new CoverageCount("TLSv1.2", "success", 1),
            new CoverageCount("TLSv1.3", "success", 1));
    }

    [Fact]
    public async Task Coverage_by_day_and_hour_use_utc_buckets()
    {
        var records = new[]
        {
            Record(1, at: new DateTime(2024, 3, 1, 23, 59, 59, DateTimeKind.Utc)),
            Record(2, at: new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc)),
            Record(3, at: new DateTime(2024, 3, 2, 0, 30, 0, DateTimeKind.Utc)),
        };
        (await Coverage(records, CoverageBy.Day, Leg.Receive)).Should().Equal(
            new CoverageCount("2024-03-01", "success", 1),
            new CoverageCount("2024-03-02", "success", 2));
        (await Coverage(records, CoverageBy.Hour, Leg.Receive)).Select(c => c.Group)
            .Should().Equal("2024-03-01T23:00", "2024-03-02T00:00");
    }

    [Fact]
    public async Task Failures_count_failed_legs_by_reason_peer_and_domain()
    {
        var records = new[]
        {
            Record(1, receive: ReceiveTlsStatus.Failed, receiveError: "handshake", sourceIp: "203.0.113.1", from: ["a@Sender.org"]),
            Record(2, receive: ReceiveTlsStatus.Failed, from: null, deliver: DeliverTlsStatus.Failed, deliveries:
            [
                Delivery(1, LegTlsStatus.Failed, error: "handshake", ip: "198.51.100.1", recipients: ["a@x.org", "b@X.org", "c@y.org"]),
                Delivery(2, LegTlsStatus.Failed, outcome: DeliveryOutcome.Bounced, ip: "198.51.100.1"),
                Delivery(3, LegTlsStatus.None, ip: "198.51.100.9", recipients: ["z@z.org"]),
            ]),
        };
        var backend = new ReferenceQueryBackend(records);
        (await backend.FailuresAsync(new MessageFilter(), FailureBy.Reason, CancellationToken.None)).Should().Equal(
            new FailureCount("deliver", "-", 1),
            new FailureCount("deliver", "handshake", 1),
            new FailureCount("receive", "-", 1),
            new FailureCount("receive", "handshake", 1));
        (await backend.FailuresAsync(new MessageFilter(), FailureBy.Peer, CancellationToken.None)).Should().Equal(
            new FailureCount("deliver", "198.51.100.1", 2),
            new FailureCount("receive", "-", 1),
            new FailureCount("receive", "203.0.113.1", 1));
        (await backend.FailuresAsync(new MessageFilter(), FailureBy.Domain, CancellationToken.None)).Should().Equal(
            new FailureCount("deliver", "-", 1),
            new FailureCount("deliver", "x.org", 1),
            new FailureCount("deliver", "y.org", 1),
            new FailureCount("receive", "-", 1),
            new FailureCount("receive", "sender.org", 1));
    }

    [Fact]
    public async Task A_later_record_with_the_same_id_replaces_the_earlier()
    {
        var first = Record(1, receive: ReceiveTlsStatus.None);
        var second = first with { Document = Record(1, receive: ReceiveTlsStatus.Success).Document };
        var found = await Search([first, second], new MessageFilter());
        found.Should().ContainSingle().Which.Document.Esa.Receive.Tls.Status.Should().Be(ReceiveTlsStatus.Success);
    }
}
