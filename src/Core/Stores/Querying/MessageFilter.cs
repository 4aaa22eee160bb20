using EsaTls.Core.Contract;

namespace EsaTls.Core.Stores.Querying;

public enum Leg { Any, Receive, Deliver }

/// <summary>
/// The filters shared by every query command (design.md §4). All conditions are ANDed. Values are data,
/// never query syntax: backends pass them as SQL parameters or JSON term values.
/// </summary>
public sealed record MessageFilter
{
    /// <summary>Inclusive lower bound on <c>@timestamp</c> (message start).</summary>
    public DateTime? Since { get; init; }

    /// <summary>Exclusive upper bound on <c>@timestamp</c>.</summary>
    public DateTime? Until { get; init; }

    /// <summary>Exact <c>observer.hostname</c>.</summary>
    public string? Host { get; init; }

    /// <summary>Domain of an <c>email.from.address</c>: exact, case-insensitive (<c>example.com</c> does not match <c>sub.example.com</c>).</summary>
    public string? SenderDomain { get; init; }

    /// <summary>Domain of any <c>email.to.address</c>: exact, case-insensitive.</summary>
    public string? RecipientDomain { get; init; }

    public MailDirection? Direction { get; init; }

    /// <summary><c>esa.receive.tls.status</c> is one of these (wire names).</summary>
    public IReadOnlyList<string>? ReceiveStatuses { get; init; }

    /// <summary><c>esa.deliver.tls.status</c> is one of these (wire names).</summary>
    public IReadOnlyList<string>? DeliverStatuses { get; init; }

    /// <summary>
    /// The mission's question. Receive: receive status failed|none. Deliver: deliver status
    /// partial|failed|none. Any: <c>esa.tls.lacked</c>. With <see cref="IncludeUnknown"/> the same leg's
    /// <c>unknown</c> status (Any: <c>esa.tls.unknown</c>) also matches.
    /// </summary>
    public Leg? Lacking { get; init; }

    public bool IncludeUnknown { get; init; }

    /// <summary>Exact <c>esa.mid</c> (for <c>show</c>).</summary>
    public long? Mid { get; init; }
}
