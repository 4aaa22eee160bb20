namespace EsaTls.Core.Stores.Querying;

public enum CoverageBy { None, Host, SenderDomain, RecipientDomain, Day, Hour, TlsVersion }

/// <summary>
/// What <c>coverage</c> counts (design.md §4), per group:
/// <list type="bullet">
/// <item><c>--leg receive</c>: messages by <c>esa.receive.tls.status</c>.</item>
/// <item><c>--leg deliver</c>: messages by <c>esa.deliver.tls.status</c>.</item>
/// <item><c>--leg any</c> (default): messages by overall state: <c>lacked</c> (esa.tls.lacked), <c>unknown</c>
/// (esa.tls.unknown), <c>success</c> (neither, and the receive or deliver status is success),
/// <c>not_applicable</c> (neither, no leg with TLS to judge: e.g. an undelivered bounce).</item>
/// </list>
/// Groups: host = observer.hostname; sender-domain = domain of the first from address; recipient-domain =
/// each distinct recipient domain of the message (a message counts once in each); day/hour = UTC bucket
/// of @timestamp as <c>yyyy-MM-dd</c> / <c>yyyy-MM-ddTHH:00</c>; tls-version = receive leg's version
/// (receive), or each delivered delivery leg's version counted per leg with the leg's status (deliver; any
/// counts receive legs and delivered legs together). A missing group value is reported as <c>-</c>.
/// </summary>
public sealed record CoverageQuery(CoverageBy By, Leg Leg);

/// <summary>Number of messages (or legs, for tls-version) in <paramref name="Group"/> with <paramref name="Status"/>.</summary>
public sealed record CoverageCount(string Group, string Status, long Count);

public enum FailureBy { Reason, Peer, Domain }

/// <summary>
/// One failure bucket. Failures are legs with status <c>failed</c>: receive legs (peer = source.ip,
/// domain = sender domain) and delivery legs of any outcome (peer = destination.ip, domain = each recipient domain of
/// the leg); reason = the leg's TLS error text (or <c>-</c>). <paramref name="Leg"/> is receive|deliver.
/// Count = number of legs.
/// </summary>
public sealed record FailureCount(string Leg, string Key, long Count);
