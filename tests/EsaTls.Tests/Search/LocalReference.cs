using System.Globalization;
using System.Runtime.CompilerServices;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;

namespace EsaTls.Tests.Search;

/// <summary>
/// The query semantics written straight from the doc comments of <see cref="IQueryBackend"/>,
/// <see cref="MessageFilter"/> and <see cref="CoverageQuery"/>, over a list in memory. The search backend is
/// compared against it until the shared reference backend and its contract suite take its place.
/// </summary>
public sealed class LocalReference(IReadOnlyList<MessageRecord> corpus) : IQueryBackend
{
    public string Description => "local reference";

    public static string? DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at + 1 < address.Length ? address[(at + 1)..].ToLowerInvariant() : null;
    }

    public static bool Matches(MessageFilter f, MessageDocument d)
    {
        if (f.Since is { } since && d.Timestamp < since)
        {
            return false;
        }
        if (f.Until is { } until && d.Timestamp >= until)
        {
            return false;
        }
        if (f.Host is { } host && d.Observer.Hostname != host)
        {
            return false;
        }
        if (f.SenderDomain is { } sd && !(d.Email.From?.Address ?? []).Any(a => string.Equals(DomainOf(a), sd, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        if (f.RecipientDomain is { } rd && !(d.Email.To?.Address ?? []).Any(a => string.Equals(DomainOf(a), rd, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        if (f.Direction is { } dir && d.Email.Direction != dir)
        {
            return false;
        }
        if (f.ReceiveStatuses is { } rs && !rs.Contains(d.Esa.Receive.Tls.Status.Name()))
        {
            return false;
        }
        if (f.DeliverStatuses is { } ds && !ds.Contains(d.Esa.Deliver.Tls.Status.Name()))
        {
            return false;
        }
        if (f.Lacking is { } leg)
        {
            var receive = d.Esa.Receive.Tls.Status.Name();
            var deliver = d.Esa.Deliver.Tls.Status.Name();
            var ok = leg switch
            {
                Leg.Receive => Wire.ReceiveLacking.Contains(receive) || (f.IncludeUnknown && receive == "unknown"),
                Leg.Deliver => Wire.DeliverLacking.Contains(deliver) || (f.IncludeUnknown && deliver == "unknown"),
                _ => d.Esa.Tls.Lacked || (f.IncludeUnknown && d.Esa.Tls.Unknown),
            };
            if (!ok)
            {
                return false;
            }
        }
        return f.Mid is not { } mid || d.Esa.Mid == mid;
    }

    public async IAsyncEnumerable<MessageRecord> SearchAsync(MessageFilter filter, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var list = corpus.Where(r => Matches(filter, r.Document))
            .OrderByDescending(r => r.Document.Timestamp)
            .ThenBy(r => r.Id, StringComparer.Ordinal);
        foreach (var r in limit is { } l ? list.Take(l) : list)
        {
            yield return r;
        }
    }

    private static string SenderDomain(MessageDocument d) =>
        d.Email.From?.Address is [var first, ..] ? DomainOf(first) ?? "-" : "-";

    private static IEnumerable<string> RecipientDomains(IEnumerable<string>? addresses)
    {
        var domains = (addresses ?? []).Select(DomainOf).OfType<string>().Distinct().ToList();
        return domains.Count == 0 ? ["-"] : domains;
    }

    public Task<IReadOnlyList<CoverageCount>> CoverageAsync(MessageFilter filter, CoverageQuery query, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(string, string), long>();
        void Add(string g, string s) => counts[(g, s)] = counts.GetValueOrDefault((g, s)) + 1;
        foreach (var r in corpus.Where(r => Matches(filter, r.Document)))
        {
            var d = r.Document;
            if (query.By == CoverageBy.TlsVersion)
            {
                if (query.Leg is Leg.Receive or Leg.Any)
                {
                    Add(d.Esa.Receive.Tls.Version ?? "-", d.Esa.Receive.Tls.Status.Name());
                }
                if (query.Leg is Leg.Deliver or Leg.Any)
                {
                    foreach (var leg in d.Esa.Deliveries ?? [])
                    {
                        if (leg.Outcome == DeliveryOutcome.Delivered)
                        {
                            Add(leg.Tls.Version ?? "-", leg.Tls.Status.Name());
                        }
                    }
                }
                continue;
            }
            var status = query.Leg switch
            {
                Leg.Receive => d.Esa.Receive.Tls.Status.Name(),
                Leg.Deliver => d.Esa.Deliver.Tls.Status.Name(),
                _ => d.Esa.Tls.Lacked ? "lacked"
                    : d.Esa.Tls.Unknown ? "unknown"
                    : d.Esa.Receive.Tls.Status == ReceiveTlsStatus.Success || d.Esa.Deliver.Tls.Status == DeliverTlsStatus.Success ? "success"
                    : "not_applicable",
            };
            IEnumerable<string> groups = query.By switch
            {
                CoverageBy.None => [CoverageGroups.All],
                CoverageBy.Host => [d.Observer.Hostname],
                CoverageBy.SenderDomain => [SenderDomain(d)],
                CoverageBy.RecipientDomain => RecipientDomains(d.Email.To?.Address),
                CoverageBy.Day => [d.Timestamp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                _ => [d.Timestamp.ToString("yyyy-MM-dd'T'HH':00'", CultureInfo.InvariantCulture)],
            };
            foreach (var g in groups)
            {
                Add(g, status);
            }
        }
        IReadOnlyList<CoverageCount> result = [.. counts.Select(kv => new CoverageCount(kv.Key.Item1, kv.Key.Item2, kv.Value))
            .OrderBy(c => c.Group, StringComparer.Ordinal).ThenBy(c => c.Status, StringComparer.Ordinal)];
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<FailureCount>> FailuresAsync(MessageFilter filter, FailureBy by, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(string, string), long>();
        void Add(string leg, string key) => counts[(leg, key)] = counts.GetValueOrDefault((leg, key)) + 1;
        foreach (var r in corpus.Where(r => Matches(filter, r.Document)))
        {
            var d = r.Document;
            if (d.Esa.Receive.Tls.Status == ReceiveTlsStatus.Failed)
            {
                Add("receive", by switch
                {
                    FailureBy.Reason => d.Esa.Receive.Tls.Error ?? "-",
                    FailureBy.Peer => d.Source?.Ip ?? "-",
                    _ => SenderDomain(d),
                });
            }
            foreach (var leg in d.Esa.Deliveries ?? [])
            {
                if (leg.Tls.Status != LegTlsStatus.Failed)
                {
                    continue;
                }
                IEnumerable<string> keys = by switch
                {
                    FailureBy.Reason => [leg.Tls.Error ?? "-"],
                    FailureBy.Peer => [leg.Destination?.Ip ?? "-"],
                    _ => RecipientDomains(leg.Recipients),
                };
                foreach (var k in keys)
                {
                    Add("deliver", k);
                }
            }
        }
        IReadOnlyList<FailureCount> result = [.. counts.Select(kv => new FailureCount(kv.Key.Item1, kv.Key.Item2, kv.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Leg, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal)];
        return Task.FromResult(result);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
