using System.Runtime.CompilerServices;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;
using Microsoft.Data.Sqlite;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// Queries a store file. Each call uses its own read-only connection, so calls may overlap and run while
/// an ingest writes (WAL: readers see the last committed state and do not block the writer). Lists are
/// read in keyset pages (short read transactions, memory bounded by the page size).
/// </summary>
public sealed class SqliteQueryBackend : IQueryBackend
{
    private readonly string _path;

    private SqliteQueryBackend(string path, int pageSize)
    {
        _path = path;
        PageSize = pageSize;
    }

    public string Description => $"SQLite store {_path}";

    /// <summary>Rows per keyset page of <see cref="SearchAsync"/>.</summary>
    public int PageSize { get; }

    /// <summary>Opens the store at <paramref name="path"/>, which must exist and be an esatls store.</summary>
    /// <exception cref="SqliteStoreException">Missing file, not a store, or a newer schema.</exception>
    public static SqliteQueryBackend Open(string path, int pageSize = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        using (SqliteStoreFile.OpenReader(path))
        {
        }
        return new SqliteQueryBackend(path, pageSize);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public async IAsyncEnumerable<MessageRecord> SearchAsync(
        MessageFilter filter, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit ?? 0, nameof(limit));
        var remaining = limit ?? int.MaxValue;
        if (remaining == 0)
        {
            yield break;
        }
        using var connection = SqliteStoreFile.OpenReader(_path);
        SqliteQuerySql.Keyset? after = null;
        var page = new List<(MessageRecord Record, long Ts)>(Math.Min(PageSize, remaining));
        while (remaining > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            page.Clear();
            var size = Math.Min(PageSize, remaining);
            using (var command = SqliteQuerySql.Page(filter, after, size).CreateCommand(connection))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var id = reader.GetString(0);
                    var ts = reader.GetInt64(1);
                    page.Add((new MessageRecord(id, DocumentJson.Deserialize(reader.GetString(2))), ts));
                }
            }
            // The page is read and its read transaction closed before the caller sees any of it.
            foreach (var (record, _) in page)
            {
                yield return record;
            }
            remaining -= page.Count;
            if (page.Count < size)
            {
                yield break;
            }
            var last = page[^1];
            after = new SqliteQuerySql.Keyset(last.Ts, last.Record.Id);
        }
    }

    public async Task<IReadOnlyList<CoverageCount>> CoverageAsync(MessageFilter filter, CoverageQuery query, CancellationToken cancellationToken)
    {
        using var connection = SqliteStoreFile.OpenReader(_path);
        // One snapshot for the trigger check and every statement: a commit (or a bulk load dropping the count
        // triggers) between them would otherwise mix two states of the store.
        using var snapshot = connection.BeginTransaction(deferred: true);
        var counts = new Dictionary<(string Group, string Status), long>();
        void AddCount(string group, string status, long count)
        {
            if (count > 0)
            {
                counts[(group, status)] = counts.GetValueOrDefault((group, status)) + count;
            }
        }

        if (query.By == CoverageBy.TlsVersion)
        {
            var statements = new List<SqliteQuerySql.Statement>();
            if (query.Leg != Leg.Deliver)
            {
                statements.Add(SqliteQuerySql.ReceiveVersions(filter));
            }
            if (query.Leg != Leg.Receive)
            {
                statements.Add(SqliteQuerySql.DeliveredVersions(filter));
            }
            foreach (var statement in statements)
            {
                await ReadAsync(connection, statement, r => AddCount(TextOrMissing(r, 0), r.GetString(1), r.GetInt64(2)), cancellationToken);
            }
        }
        else
        {
            void AddRow(SqliteDataReader r)
            {
                var group = query.By switch
                {
                    CoverageBy.None => QuerySemantics.AllGroup,
                    CoverageBy.Day => QuerySemantics.DayBucket(r.GetInt64(0)),
                    CoverageBy.Hour => QuerySemantics.HourBucket(r.GetInt64(0)),
                    _ => TextOrMissing(r, 0),
                };
                var status = QuerySemantics.MessageStatus(r.GetString(1), r.GetString(2), r.GetInt64(3) != 0, r.GetInt64(4) != 0, query.Leg);
                AddCount(group, status, r.GetInt64(5));
            }

            // While a bulk load runs (or after one was interrupted) the hourly counts are stale: count the messages.
            var counted = SqliteDeferredIndexes.CountsMaintained(connection);
            foreach (var statement in CoverageStatements(filter, query.By, counted))
            {
                await ReadAsync(connection, statement, AddRow, cancellationToken);
            }
        }
        return QuerySemantics.Canonical(counts.Select(c => new CoverageCount(c.Key.Group, c.Key.Status, c.Value)));
    }

    public async Task<IReadOnlyList<FailureCount>> FailuresAsync(MessageFilter filter, FailureBy by, CancellationToken cancellationToken)
    {
        using var connection = SqliteStoreFile.OpenReader(_path);
        using var snapshot = connection.BeginTransaction(deferred: true);
        var counts = new Dictionary<(string Leg, string Key), long>();
        async Task Collect(string leg, SqliteQuerySql.Statement statement) =>
            await ReadAsync(connection, statement, r =>
            {
                var key = (leg, TextOrMissing(r, 0));
                counts[key] = counts.GetValueOrDefault(key) + r.GetInt64(1);
            }, cancellationToken);

        await Collect("receive", SqliteQuerySql.ReceiveFailures(filter, by));
        await Collect("deliver", SqliteQuerySql.DeliveryFailures(filter, by));
        return QuerySemantics.Canonical(counts.Select(c => new FailureCount(c.Key.Leg, c.Key.Key, c.Value)));
    }

    /// <summary>
    /// Statements whose rows together are the coverage rows of <paramref name="filter"/>: whole hours from
    /// hourly_counts when the filter allows it, the partial hours at the edges of --since/--until from
    /// messages; otherwise one aggregation over messages.
    /// </summary>
    private static IEnumerable<SqliteQuerySql.Statement> CoverageStatements(MessageFilter filter, CoverageBy by, bool counted)
    {
        var countable = counted && by is CoverageBy.None or CoverageBy.Day or CoverageBy.Hour or CoverageBy.Host
            && filter.SenderDomain is null && filter.RecipientDomain is null && filter.Mid is null;
        long? since = filter.Since is { } s ? QuerySemantics.TimeKey(s) : null;
        long? until = filter.Until is { } u ? QuerySemantics.TimeKey(u) : null;
        // Whole hours inside [since, until): from the first hour starting at or after since, to the hour holding until.
        long? fromHour = since is { } a ? -QuerySemantics.HourIndex(-a) : null;
        long? toHour = until is { } b ? QuerySemantics.HourIndex(b) : null;
        if (!countable || (fromHour is { } f && toHour is { } t && f >= t))
        {
            yield return SqliteQuerySql.Coverage(filter, by);
            yield break;
        }
        yield return SqliteQuerySql.HourlyCoverage(filter, by, fromHour, toHour);
        if (since is { } start && fromHour is { } first && start < first * QuerySemantics.MillisecondsPerHour)
        {
            yield return SqliteQuerySql.Coverage(filter with { Until = FromTimeKey(first * QuerySemantics.MillisecondsPerHour) }, by);
        }
        if (until is { } end && toHour is { } last && last * QuerySemantics.MillisecondsPerHour < end)
        {
            yield return SqliteQuerySql.Coverage(filter with { Since = FromTimeKey(last * QuerySemantics.MillisecondsPerHour) }, by);
        }
    }

    private static DateTime FromTimeKey(long timeKey) => DateTime.UnixEpoch.AddMilliseconds(timeKey);

    private static string TextOrMissing(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? QuerySemantics.Missing : reader.GetString(ordinal);

    private static async Task ReadAsync(
        SqliteConnection connection, SqliteQuerySql.Statement statement, Action<SqliteDataReader> row, CancellationToken cancellationToken)
    {
        using var command = statement.CreateCommand(connection);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }
}
