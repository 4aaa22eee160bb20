using System.Globalization;
using EsaTls.Core.Stores.Querying;

namespace EsaTls.Query.Output;

/// <summary>One coverage row: counts per status, their total and <c>tls_pct</c> (<see cref="QuerySemantics.TlsPercent"/>).</summary>
public sealed record CoverageRow(string? Group, IReadOnlyDictionary<string, long> Counts)
{
    public long Total => Counts.Values.Sum();

    public double? TlsPercent => QuerySemantics.TlsPercent(Counts);

    public bool IsTotal => Group is null;
}

/// <summary>
/// The coverage table: a row per group (in the backend's order), then a TOTAL row. The total counts each
/// message once: for recipient-domain, where a message is in every group of its domains, it comes from an
/// ungrouped query; otherwise it is the sum of the groups (for tls-version, a count of legs).
/// </summary>
public sealed class CoverageReport
{
    private CoverageReport(CoverageQuery query, IReadOnlyList<CoverageRow> groups, CoverageRow total)
    {
        Query = query;
        Groups = groups;
        Total = total;
    }

    public CoverageQuery Query { get; }

    public IReadOnlyList<CoverageRow> Groups { get; }

    public CoverageRow Total { get; }

    public IReadOnlyList<string> Statuses => QuerySemantics.CoverageStatuses(Query);

    /// <summary>Name of the group column: the <c>--by</c> value in snake_case (<c>scope</c> without --by).</summary>
    public string GroupName => Query.By switch
    {
        CoverageBy.Host => "host",
        CoverageBy.SenderDomain => "sender_domain",
        CoverageBy.RecipientDomain => "recipient_domain",
        CoverageBy.Day => "day",
        CoverageBy.Hour => "hour",
        CoverageBy.TlsVersion => "tls_version",
        _ => "scope",
    };

    public IEnumerable<CoverageRow> Rows => Groups.Append(Total);

    public static CoverageReport Build(CoverageQuery query, IReadOnlyList<CoverageCount> counts, IReadOnlyList<CoverageCount>? ungrouped)
    {
        var groups = counts
            .GroupBy(c => c.Group, StringComparer.Ordinal)
            .Select(g => new CoverageRow(g.Key, g.ToDictionary(c => c.Status, c => c.Count, StringComparer.Ordinal)))
            .ToList();
        var total = (ungrouped ?? counts)
            .GroupBy(c => c.Status, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
        // Without --by there is one group: the total says it all.
        return new CoverageReport(query, query.By == CoverageBy.None ? [] : groups, new CoverageRow(null, total));
    }

    /// <summary>The total and every group with a known denominator whose <c>tls_pct</c> (as shown, one decimal) is below <paramref name="bar"/>.</summary>
    public IReadOnlyList<string> Below(double bar) =>
        [.. Rows.Where(r => r.TlsPercent is { } p && p < bar)
            .Select(r => $"{(r.IsTotal ? "TOTAL" : $"{GroupName} {r.Group}")} {Percent(r.TlsPercent)}%")];

    public static string Percent(double? value) => value is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
