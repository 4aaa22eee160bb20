namespace EsaTls.Core.Stores.Querying;

/// <summary>
/// Answers the query commands over stored documents. Every backend (SQLite, Elasticsearch, OpenSearch) must
/// give the same answers as <c>ReferenceQueryBackend</c> for the same documents; the shared query test
/// suite checks this.
/// </summary>
public interface IQueryBackend : IAsyncDisposable
{
    string Description { get; }

    /// <summary>
    /// Matching messages, newest <c>@timestamp</c> first, ties by document id ascending; at most
    /// <paramref name="limit"/> when given, otherwise all (streamed, constant memory).
    /// </summary>
    IAsyncEnumerable<MessageRecord> SearchAsync(MessageFilter filter, int? limit, CancellationToken cancellationToken);

    /// <summary>Counts per group and status; see <see cref="CoverageQuery"/> for what is counted.</summary>
    Task<IReadOnlyList<CoverageCount>> CoverageAsync(MessageFilter filter, CoverageQuery query, CancellationToken cancellationToken);

    /// <summary>TLS failures (attempted and failed, required-TLS) counted by <paramref name="by"/>.</summary>
    Task<IReadOnlyList<FailureCount>> FailuresAsync(MessageFilter filter, FailureBy by, CancellationToken cancellationToken);
}
