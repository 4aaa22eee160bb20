using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;

namespace EsaTls.Tests.Stores;

/// <summary>Guards the shared suite itself: its corpus holds every case the backends must agree on.</summary>
public class QueryCorpusTests
{
    private static readonly ReferenceQueryBackend Reference = new(QueryBackendContract.Corpus);

    [Fact]
    public void The_corpus_is_deterministic_and_covers_every_vocabulary_value()
    {
        var corpus = QueryBackendContract.Corpus;
        QueryCorpus.Build().Select(r => DocumentJson.Serialize(r.Document)).Should().Equal(corpus.Select(r => DocumentJson.Serialize(r.Document)));
        var docs = corpus.Select(r => r.Document).ToList();
        docs.Select(d => d.Esa.Receive.Tls.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<ReceiveTlsStatus>());
        docs.Select(d => d.Esa.Deliver.Tls.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<DeliverTlsStatus>());
        docs.Select(d => d.Email.Direction).Distinct().Should().BeEquivalentTo(Enum.GetValues<MailDirection>());
        var legs = docs.SelectMany(d => d.Esa.Deliveries ?? []).ToList();
        legs.Select(l => l.Tls.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<LegTlsStatus>());
        legs.Select(l => l.Outcome).Distinct().Should().HaveCount(Enum.GetValues<DeliveryOutcome>().Length + 1, "every outcome and in progress");
        docs.Should().Contain(d => d.Esa.Tls.Lacked && d.Esa.Tls.Unknown, "both flags: lacked must win");
        docs.Should().Contain(d => d.Esa.Deliveries != null && d.Esa.Deliveries.Count > 1 && d.Email.To != null && d.Email.To.Address.Count > 1);
        docs.Should().Contain(d => d.Email.From == null).And.Contain(d => d.Email.To == null).And.Contain(d => d.Source == null);
        docs.GroupBy(d => QuerySemantics.TimeKey(d.Timestamp)).Should().Contain(g => g.Count() > 2, "ties on time");
        docs.GroupBy(d => QuerySemantics.TimeKey(d.Timestamp))
            .Should().Contain(g => g.Count() > 10 && g.Select(d => d.Timestamp.Ticks).Distinct().Count() > 5,
                "a burst of ties across several pages, at different ticks of one millisecond");
        corpus.GroupBy(r => r.Id).Should().Contain(g => g.Count() > 1, "later versions of a document");
    }

    [Fact]
    public async Task The_filters_that_should_select_something_do()
    {
        foreach (var name in new[] { "since", "host-injection", "host-unicode-quoted", "sender-domain-upper", "sender-domain-unicode-upper",
            "sender-domain-quote", "sender-domain-percent", "sender-domain-underscore", "sender-domain-star", "sender-domain-injection",
            "recipient-domain-mixed-case", "lacking-deliver", "receive-not-applicable", "deliver-partial", "mid-shared", "host-lacking-since",
            "hour-aligned", "within-one-hour", "across-one-hour-edge", "host-direction-since" })
        {
            (await Reference.SearchAsync(QueryBackendContract.Filters[name], null, CancellationToken.None).CountAsync()).Should().BePositive(name);
        }
        (await Reference.SearchAsync(QueryBackendContract.Filters["mid-shared"], null, CancellationToken.None).CountAsync()).Should().BeGreaterThan(1);
        (await Reference.SearchAsync(QueryBackendContract.Filters["sender-domain-like-underscore"], null, CancellationToken.None).CountAsync())
            .Should().Be(0, "'_' is not a wildcard");
        (await Reference.FailuresAsync(new MessageFilter(), FailureBy.Reason, CancellationToken.None)).Should().HaveCountGreaterThan(4);
    }
}
