using System.Runtime.CompilerServices;
using EsaTls.Core.Contract;

namespace EsaTls.Core.Stores.Querying;

/// <summary>
/// The specification of the query semantics, written for clarity over a list of records in memory.
/// Every other <see cref="IQueryBackend"/> must give exactly these answers for the same records
/// (the shared backend test suite compares them). Records with the same id: the last one wins, as an
/// upsert into a store would leave it.
/// </summary>
public sealed class ReferenceQueryBackend : IQueryBackend
{
    private readonly IReadOnlyList<MessageRecord> _records;

    public ReferenceQueryBackend(IEnumerable<MessageRecord> records)
    {
        var byId = new Dictionary<string, MessageRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            byId[record.Id] = record;
        }
        _records = [.. byId.Values];
    }

    public string Description => $"reference ({_records.Count} messages in memory)";

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static bool Matches(MessageDocument doc, MessageFilter filter)
    {
        var time = QuerySemantics.TimeKey(doc.Timestamp);
        return (filter.Since is not { } since || time >= QuerySemantics.TimeKey(since))
            && (filter.Until is not { } until || time < QuerySemantics.TimeKey(until))
            && (filter.Host is null || doc.Observer.Hostname == filter.Host)
            && (filter.SenderDomain is null
                || QuerySemantics.DomainsOf(doc.Email.From?.Address).Contains(QuerySemantics.NormalizeDomain(filter.SenderDomain)))
            && (filter.RecipientDomain is null
                || QuerySemantics.DomainsOf(doc.Email.To?.Address).Contains(QuerySemantics.NormalizeDomain(filter.RecipientDomain)))
            && (filter.Direction is null || doc.Email.Direction == filter.Direction)
            && QuerySemantics.MatchesAny(filter.ReceiveStatuses, doc.Esa.Receive.Tls.Status.Name())
            && QuerySemantics.MatchesAny(filter.DeliverStatuses, doc.Esa.Deliver.Tls.Status.Name())
            && (filter.Lacking is not { } leg || QuerySemantics.IsLacking(doc, leg, filter.IncludeUnknown))
            && (filter.Mid is null || doc.Esa.Mid == filter.Mid);
    }

    public async IAsyncEnumerable<MessageRecord> SearchAsync(
        MessageFilter filter, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit ?? 0, nameof(limit));
        var matching = _records.Where(r => Matches(r.Document, filter)).ToList();
        matching.Sort(QuerySemantics.CompareNewestFirst);
        foreach (var record in limit is { } n ? matching.Take(n) : matching)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
            await Task.Yield();
        }
    }

    public Task<IReadOnlyList<CoverageCount>> CoverageAsync(MessageFilter filter, CoverageQuery query, CancellationToken cancellationToken)
    {
        var docs = _records.Select(r => r.Document).Where(d => Matches(d, filter));
        var observations = query.By == CoverageBy.TlsVersion
            ? docs.SelectMany(d => VersionLegs(d, query.Leg))
            : docs.SelectMany(d => GroupsOf(d, query.By).Select(g => (Group: g, Status: QuerySemantics.MessageStatus(d, query.Leg))));
        var counts = observations
            .GroupBy(o => o)
            .Select(g => new CoverageCount(g.Key.Group, g.Key.Status, g.LongCount()));
        return Task.FromResult(QuerySemantics.Canonical(counts));
    }

    public Task<IReadOnlyList<FailureCount>> FailuresAsync(MessageFilter filter, FailureBy by, CancellationToken cancellationToken)
    {
        var docs = _records.Select(r => r.Document).Where(d => Matches(d, filter)).ToList();
        var receive = docs
            .Where(d => d.Esa.Receive.Tls.Status == ReceiveTlsStatus.Failed)
            .Select(d => (Leg: "receive", Key: by switch
            {
                FailureBy.Reason => d.Esa.Receive.Tls.Error,
                FailureBy.Peer => d.Source?.Ip,
                _ => QuerySemantics.SenderDomainOf(d),
            } ?? QuerySemantics.Missing));
        var deliver = docs
            .SelectMany(d => d.Esa.Deliveries ?? [])
            .Where(l => l.Tls.Status == LegTlsStatus.Failed)
            .SelectMany(l => by switch
            {
                FailureBy.Reason => [l.Tls.Error ?? QuerySemantics.Missing],
                FailureBy.Peer => [l.Destination?.Ip ?? QuerySemantics.Missing],
                _ => OrMissing(QuerySemantics.DomainsOf(l.Recipients)),
            })
            .Select(key => (Leg: "deliver", Key: key));
        var counts = receive.Concat(deliver)
            .GroupBy(f => f)
            .Select(g => new FailureCount(g.Key.Leg, g.Key.Key, g.LongCount()));
        return Task.FromResult(QuerySemantics.Canonical(counts));
    }

    private static IEnumerable<string> GroupsOf(MessageDocument doc, CoverageBy by) => by switch
    {
        CoverageBy.Host => [doc.Observer.Hostname],
        CoverageBy.SenderDomain => [QuerySemantics.SenderDomainOf(doc) ?? QuerySemantics.Missing],
        CoverageBy.RecipientDomain => OrMissing(QuerySemantics.DomainsOf(doc.Email.To?.Address)),
        CoverageBy.Day => [QuerySemantics.DayBucket(QuerySemantics.HourIndex(doc.Timestamp))],
        CoverageBy.Hour => [QuerySemantics.HourBucket(QuerySemantics.HourIndex(doc.Timestamp))],
        _ => [QuerySemantics.AllGroup],
    };

    private static IEnumerable<(string Group, string Status)> VersionLegs(MessageDocument doc, Leg leg)
    {
        if (leg != Leg.Deliver)
        {
            yield return (doc.Esa.Receive.Tls.Version ?? QuerySemantics.Missing, doc.Esa.Receive.Tls.Status.Name());
        }
        if (leg != Leg.Receive)
        {
            foreach (var delivery in (doc.Esa.Deliveries ?? []).Where(QuerySemantics.IsDeliveredLeg))
            {
                yield return (delivery.Tls.Version ?? QuerySemantics.Missing, delivery.Tls.Status.Name());
            }
        }
    }

    private static IReadOnlyList<string> OrMissing(IReadOnlyList<string> values) => values.Count == 0 ? [QuerySemantics.Missing] : values;
}
