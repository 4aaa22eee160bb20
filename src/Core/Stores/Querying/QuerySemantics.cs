using System.Globalization;
using EsaTls.Core.Contract;

namespace EsaTls.Core.Stores.Querying;

/// <summary>
/// The small pure definitions behind the query semantics (design.md §2–§4), shared by
/// <see cref="ReferenceQueryBackend"/>, every store that precomputes them at write time, and the tests.
/// A backend that disagrees with one of these is wrong, not different.
/// </summary>
public static class QuerySemantics
{
    /// <summary>Group value reported when the grouped field is missing (no address, no version, no error…).</summary>
    public const string Missing = "-";

    /// <summary>The single group of <see cref="CoverageBy.None"/>.</summary>
    public const string AllGroup = "all";

    /// <summary>Coverage status of <see cref="Leg.Any"/> for messages with <c>esa.tls.lacked</c>.</summary>
    public const string Lacked = "lacked";

    public const string Unknown = "unknown";
    public const string Success = "success";
    public const string NotApplicable = "not_applicable";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public const long MillisecondsPerHour = 3_600_000;

    /// <summary>
    /// Statuses that say whether TLS was used: the denominator of <c>tls_pct</c> for every leg
    /// (receive: success|failed|none; deliver: success|partial|failed|none; any: success|lacked;
    /// tls-version legs: success|failed|none). <c>unknown</c>, <c>not_applicable</c> and <c>not_delivered</c>
    /// neither have nor lack TLS and are left out.
    /// </summary>
    public static readonly IReadOnlyList<string> KnownTlsStatuses = ["success", "partial", "failed", "none", Lacked];

    /// <summary>Statuses of <see cref="Leg.Any"/> message coverage, in display order.</summary>
    public static readonly IReadOnlyList<string> AnyStatuses = [Success, Lacked, Unknown, NotApplicable];

    /// <summary>Statuses of one delivery leg, in display order.</summary>
    public static readonly IReadOnlyList<string> LegStatuses = ["success", "failed", "none", "unknown"];

    /// <summary>
    /// Domain of an address: the text after the last <c>@</c>, lower-cased (invariant). Null when there is
    /// no <c>@</c> or nothing after it: such an address has no domain and matches no domain filter.
    /// </summary>
    public static string? DomainOf(string? address)
    {
        if (address is null)
        {
            return null;
        }
        var at = address.LastIndexOf('@');
        return at < 0 || at == address.Length - 1 ? null : address[(at + 1)..].ToLowerInvariant();
    }

    /// <summary>A domain as typed by a user, in the form stored and compared (lower-case invariant).</summary>
    public static string NormalizeDomain(string domain) => domain.ToLowerInvariant();

    /// <summary>Distinct domains of some addresses, in first-seen order (addresses without a domain skipped).</summary>
    public static IReadOnlyList<string> DomainsOf(IReadOnlyList<string>? addresses)
    {
        if (addresses is null || addresses.Count == 0)
        {
            return [];
        }
        var result = new List<string>(addresses.Count);
        foreach (var address in addresses)
        {
            var domain = DomainOf(address);
            if (domain is not null && !result.Contains(domain, StringComparer.Ordinal))
            {
                result.Add(domain);
            }
        }
        return result;
    }

    /// <summary>Domain of the first envelope sender address: the sender-domain group and the receive failure domain.</summary>
    public static string? SenderDomainOf(MessageDocument doc) =>
        doc.Email.From is { Address.Count: > 0 } from ? DomainOf(from.Address[0]) : null;

    /// <summary>
    /// Instant as Unix milliseconds (floored). Every comparison and ordering on time uses this key, i.e.
    /// millisecond resolution (as Elasticsearch dates). Unspecified kinds are taken as UTC.
    /// </summary>
    public static long TimeKey(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return FloorDiv(utc.Ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerMillisecond);
    }

    /// <summary>Whole UTC hours since the Unix epoch (floored) of a time key: the bucket of day/hour coverage.</summary>
    public static long HourIndex(long timeKey) => FloorDiv(timeKey, MillisecondsPerHour);

    public static long HourIndex(DateTime time) => HourIndex(TimeKey(time));

    /// <summary><c>yyyy-MM-ddTHH:00</c> (UTC) of an hour index.</summary>
    public static string HourBucket(long hourIndex) =>
        DateTime.UnixEpoch.AddHours(hourIndex).ToString("yyyy-MM-dd'T'HH':00'", CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd</c> (UTC) of an hour index.</summary>
    public static string DayBucket(long hourIndex) =>
        DateTime.UnixEpoch.AddHours(hourIndex).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Newest first, ties by document id ascending (ordinal).</summary>
    public static int CompareNewestFirst(MessageRecord a, MessageRecord b)
    {
        var byTime = TimeKey(b.Document.Timestamp).CompareTo(TimeKey(a.Document.Timestamp));
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Receive status is failed|none (or unknown with <paramref name="includeUnknown"/>).</summary>
    public static bool ReceiveLacking(ReceiveTlsStatus status, bool includeUnknown) =>
        status is ReceiveTlsStatus.Failed or ReceiveTlsStatus.None || (includeUnknown && status == ReceiveTlsStatus.Unknown);

    /// <summary>Deliver status is partial|failed|none (or unknown with <paramref name="includeUnknown"/>).</summary>
    public static bool DeliverLacking(DeliverTlsStatus status, bool includeUnknown) =>
        status is DeliverTlsStatus.Partial or DeliverTlsStatus.Failed or DeliverTlsStatus.None
        || (includeUnknown && status == DeliverTlsStatus.Unknown);

    /// <summary>The mission's predicate for one leg (see <see cref="MessageFilter.Lacking"/>).</summary>
    public static bool IsLacking(MessageDocument doc, Leg leg, bool includeUnknown) => leg switch
    {
        Leg.Receive => ReceiveLacking(doc.Esa.Receive.Tls.Status, includeUnknown),
        Leg.Deliver => DeliverLacking(doc.Esa.Deliver.Tls.Status, includeUnknown),
        _ => doc.Esa.Tls.Lacked || (includeUnknown && doc.Esa.Tls.Unknown),
    };

    /// <summary>Overall state of a message for <see cref="Leg.Any"/> coverage (see <see cref="CoverageQuery"/>).</summary>
    public static string AnyStatus(MessageDocument doc) => MessageStatus(
        doc.Esa.Receive.Tls.Status.Name(), doc.Esa.Deliver.Tls.Status.Name(), doc.Esa.Tls.Lacked, doc.Esa.Tls.Unknown, Leg.Any);

    /// <summary>Status of a message for coverage of <paramref name="leg"/> (all groupings but tls-version).</summary>
    public static string MessageStatus(MessageDocument doc, Leg leg) => MessageStatus(
        doc.Esa.Receive.Tls.Status.Name(), doc.Esa.Deliver.Tls.Status.Name(), doc.Esa.Tls.Lacked, doc.Esa.Tls.Unknown, leg);

    /// <summary>
    /// Status of a message for coverage of <paramref name="leg"/> from its four verdict fields (wire names):
    /// receive and deliver are the leg's status; any is <c>lacked</c> (esa.tls.lacked), else <c>unknown</c>
    /// (esa.tls.unknown), else <c>success</c> when either leg is success, else <c>not_applicable</c>.
    /// </summary>
    public static string MessageStatus(string receiveStatus, string deliverStatus, bool lacked, bool unknown, Leg leg) => leg switch
    {
        Leg.Receive => receiveStatus,
        Leg.Deliver => deliverStatus,
        _ when lacked => Lacked,
        _ when unknown => Unknown,
        _ => receiveStatus == Success || deliverStatus == Success ? Success : NotApplicable,
    };

    /// <summary>Delivery legs that count for coverage: attempts whose outcome is <c>delivered</c>.</summary>
    public static bool IsDeliveredLeg(DeliveryInfo delivery) => delivery.Outcome == DeliveryOutcome.Delivered;

    /// <summary>Every status a coverage row can hold for <paramref name="query"/>, in display order.</summary>
    public static IReadOnlyList<string> CoverageStatuses(CoverageQuery query) => (query.By, query.Leg) switch
    {
        (CoverageBy.TlsVersion, Leg.Receive) => Wire.ReceiveStatuses,
        (CoverageBy.TlsVersion, Leg.Deliver) => LegStatuses,
        (CoverageBy.TlsVersion, _) => ["success", "failed", "none", "unknown", "not_applicable"],
        (_, Leg.Receive) => Wire.ReceiveStatuses,
        (_, Leg.Deliver) => Wire.DeliverStatuses,
        _ => AnyStatuses,
    };

    /// <summary>True for statuses that count in the <c>tls_pct</c> denominator (<see cref="KnownTlsStatuses"/>).</summary>
    public static bool IsKnownTlsStatus(string status) => KnownTlsStatuses.Contains(status, StringComparer.Ordinal);

    /// <summary>
    /// <c>tls_pct</c>: 100 × success / (counts of <see cref="KnownTlsStatuses"/>), rounded to one decimal
    /// (midpoint away from zero); null when that denominator is zero.
    /// </summary>
    public static double? TlsPercent(IEnumerable<KeyValuePair<string, long>> countsByStatus)
    {
        long success = 0, known = 0;
        foreach (var (status, count) in countsByStatus)
        {
            if (IsKnownTlsStatus(status))
            {
                known += count;
                if (status == Success)
                {
                    success += count;
                }
            }
        }
        return known == 0 ? null : Math.Round(100.0 * success / known, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>Canonical order of coverage results: group, then status (ordinal). Zero counts are dropped.</summary>
    public static IReadOnlyList<CoverageCount> Canonical(IEnumerable<CoverageCount> counts) =>
        [.. counts.Where(c => c.Count > 0)
            .OrderBy(c => c.Group, StringComparer.Ordinal)
            .ThenBy(c => c.Status, StringComparer.Ordinal)];

    /// <summary>Canonical order of failure results: count descending, then leg, then key (ordinal).</summary>
    public static IReadOnlyList<FailureCount> Canonical(IEnumerable<FailureCount> counts) =>
        [.. counts.Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Leg, StringComparer.Ordinal)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static long FloorDiv(long value, long divisor)
    {
        var (quotient, remainder) = Math.DivRem(value, divisor);
        return remainder < 0 ? quotient - 1 : quotient;
    }

    /// <summary>Null or empty status lists do not constrain; otherwise the value must be one of them.</summary>
    public static bool MatchesAny(IReadOnlyList<string>? allowed, string value) =>
        allowed is null || allowed.Count == 0 || allowed.Contains(value, StringComparer.Ordinal);
}
