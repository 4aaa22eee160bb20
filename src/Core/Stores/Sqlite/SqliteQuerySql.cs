using System.Text;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;
using Microsoft.Data.Sqlite;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// SQL text of the queries. User values only ever go into parameters; the only literals in the text are
/// the fixed vocabulary of the contract (statuses, outcomes), which partial indexes must see verbatim.
/// </summary>
internal static class SqliteQuerySql
{
    /// <summary>A statement and the parameter values it needs.</summary>
    internal sealed record Statement(string Sql, IReadOnlyList<KeyValuePair<string, object>> Parameters)
    {
        public SqliteCommand CreateCommand(SqliteConnection connection)
        {
            var command = connection.CreateCommand();
            command.CommandText = Sql;
            foreach (var (name, value) in Parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            return command;
        }
    }

    /// <summary>Keyset position after the last row of a page: (time key, id).</summary>
    internal readonly record struct Keyset(long Ts, string Id);

    public static Statement Page(MessageFilter filter, Keyset? after, int pageSize)
    {
        var where = new Where(filter, hourRange: false);
        if (after is { } k)
        {
            // (ts, id) comes after k in "ts DESC, id ASC" order; the ts <= term lets the time index seek.
            where.Add("m.ts <= $after_ts AND (m.ts < $after_ts OR m.id > $after_id)");
            where.Parameter("$after_ts", k.Ts);
            where.Parameter("$after_id", k.Id);
        }
        where.Parameter("$page", pageSize);
        return where.Build($"SELECT m.id, m.ts, m.doc FROM {SqliteSchema.Messages} m", "ORDER BY m.ts DESC, m.id LIMIT $page");
    }

    /// <summary>
    /// Messages counted per group and verdict fields: one row per (group, receive status, deliver status,
    /// lacked, unknown) with its count; <see cref="QuerySemantics.MessageStatus(string, string, bool, bool, Leg)"/>
    /// then gives the leg's status. Grouping by the raw columns, which lead the coverage indexes, lets
    /// SQLite aggregate in index order without a sort. None/day/hour group by hour (merged by the caller).
    /// </summary>
    public static Statement Coverage(MessageFilter filter, CoverageBy by)
    {
        const string Verdicts = "m.receive_status, m.deliver_status, m.lacked, m.unknown";
        var timeBucketed = by is CoverageBy.None or CoverageBy.Day or CoverageBy.Hour;
        var where = new Where(filter, hourRange: timeBucketed);
        var (group, from) = by switch
        {
            CoverageBy.Host => ("m.host", $"{SqliteSchema.Messages} m"),
            CoverageBy.SenderDomain => ("m.sender_domain", $"{SqliteSchema.Messages} m"),
            CoverageBy.RecipientDomain => ("r.domain", $"{SqliteSchema.Messages} m LEFT JOIN {SqliteSchema.RecipientDomains} r ON r.msg = m.msg"),
            _ => ("m.hour", $"{SqliteSchema.Messages} m"),
        };
        return where.Build($"SELECT {group}, {Verdicts}, count(*) FROM {from}", $"GROUP BY {group}, {Verdicts}");
    }

    /// <summary>
    /// The same rows as <see cref="Coverage"/>, from <see cref="SqliteSchema.HourlyCounts"/>: whole hours in
    /// [<paramref name="fromHour"/>, <paramref name="toHour"/>) (null: unbounded). The filter's time bounds
    /// are ignored (the caller covers partial hours from messages); it must not filter on domains or MID.
    /// </summary>
    public static Statement HourlyCoverage(MessageFilter filter, CoverageBy by, long? fromHour, long? toHour)
    {
        const string Verdicts = "m.receive_status, m.deliver_status, m.lacked, m.unknown";
        var where = new Where(filter with { Since = null, Until = null }, hourRange: false);
        if (fromHour is { } from)
        {
            where.Add("m.hour >= $from_hour");
            where.Parameter("$from_hour", from);
        }
        if (toHour is { } to)
        {
            where.Add("m.hour < $to_hour");
            where.Parameter("$to_hour", to);
        }
        where.Add("m.n > 0");
        var group = by == CoverageBy.Host ? "m.host" : "m.hour";
        return where.Build($"SELECT {group}, {Verdicts}, sum(m.n) FROM {SqliteSchema.HourlyCounts} m", $"GROUP BY {group}, {Verdicts}");
    }

    /// <summary>Receive legs by (version, status): one per message.</summary>
    public static Statement ReceiveVersions(MessageFilter filter) =>
        new Where(filter, hourRange: false).Build(
            $"SELECT m.receive_version, m.receive_status, count(*) FROM {SqliteSchema.Messages} m", "GROUP BY 1, 2");

    /// <summary>Delivered legs by (version, status).</summary>
    public static Statement DeliveredVersions(MessageFilter filter)
    {
        var where = new Where(filter, hourRange: false);
        where.Add("d.outcome = 'delivered'");
        return where.Build(
            $"SELECT d.version, d.status, count(*) FROM {SqliteSchema.Deliveries} d JOIN {SqliteSchema.Messages} m ON m.msg = d.msg",
            "GROUP BY 1, 2");
    }

    /// <summary>Failed receive legs by key.</summary>
    public static Statement ReceiveFailures(MessageFilter filter, FailureBy by)
    {
        var key = by switch
        {
            FailureBy.Reason => "m.receive_error",
            FailureBy.Peer => "m.source_ip",
            _ => "m.sender_domain",
        };
        var where = new Where(filter, hourRange: false);
        // The partial index predicate verbatim, then the exact status.
        where.Add(SqliteSchema.LackingOrUnknownReceive);
        where.Add("m.receive_status = 'failed'");
        return where.Build($"SELECT {key}, count(*) FROM {SqliteSchema.Messages} m", "GROUP BY 1");
    }

    /// <summary>Failed delivery legs (any outcome) by key; by domain a leg counts once per distinct recipient domain.</summary>
    public static Statement DeliveryFailures(MessageFilter filter, FailureBy by)
    {
        var where = new Where(filter, hourRange: false);
        where.Add("d." + SqliteSchema.FailedDelivery);
        var from = $"FROM {SqliteSchema.Deliveries} d JOIN {SqliteSchema.Messages} m ON m.msg = d.msg";
        return by switch
        {
            FailureBy.Reason => where.Build($"SELECT d.error, count(*) {from}", "GROUP BY 1"),
            FailureBy.Peer => where.Build($"SELECT d.destination_ip, count(*) {from}", "GROUP BY 1"),
            _ => where.Build(
                $"SELECT x.domain, count(*) {from} LEFT JOIN {SqliteSchema.DeliveryDomains} x ON x.msg = d.msg AND x.seq = d.seq",
                "GROUP BY 1"),
        };
    }

    /// <summary>The WHERE clause of a <see cref="MessageFilter"/> over <c>messages m</c>.</summary>
    private sealed class Where
    {
        private readonly List<string> _terms = [];
        private readonly List<KeyValuePair<string, object>> _parameters = [];

        public Where(MessageFilter filter, bool hourRange)
        {
            if (filter.Since is { } since)
            {
                var key = QuerySemantics.TimeKey(since);
                Add("m.ts >= $since");
                Parameter("$since", key);
                if (hourRange)
                {
                    // Implied by the ts term; lets the hour index seek instead of scanning.
                    Add("m.hour >= $since_hour");
                    Parameter("$since_hour", QuerySemantics.HourIndex(key));
                }
            }
            if (filter.Until is { } until)
            {
                var key = QuerySemantics.TimeKey(until);
                Add("m.ts < $until");
                Parameter("$until", key);
                if (hourRange)
                {
                    Add("m.hour <= $until_hour");
                    Parameter("$until_hour", QuerySemantics.HourIndex(key));
                }
            }
            if (filter.Host is { } host)
            {
                Add("m.host = $host");
                Parameter("$host", host);
            }
            if (filter.SenderDomain is { } senderDomain)
            {
                Add($"EXISTS (SELECT 1 FROM {SqliteSchema.SenderDomains} s WHERE s.msg = m.msg AND s.domain = $sender_domain)");
                Parameter("$sender_domain", QuerySemantics.NormalizeDomain(senderDomain));
            }
            if (filter.RecipientDomain is { } recipientDomain)
            {
                Add($"EXISTS (SELECT 1 FROM {SqliteSchema.RecipientDomains} r WHERE r.msg = m.msg AND r.domain = $recipient_domain)");
                Parameter("$recipient_domain", QuerySemantics.NormalizeDomain(recipientDomain));
            }
            if (filter.Direction is { } direction)
            {
                Add("m.direction = $direction");
                Parameter("$direction", direction.Name());
            }
            InList("m.receive_status", "$receive_status", filter.ReceiveStatuses);
            InList("m.deliver_status", "$deliver_status", filter.DeliverStatuses);
            switch (filter.Lacking)
            {
                case Leg.Receive:
                    Add(SqliteSchema.LackingOrUnknownReceive);
                    if (!filter.IncludeUnknown)
                    {
                        Add("m.receive_status <> 'unknown'");
                    }
                    break;
                case Leg.Deliver:
                    Add(SqliteSchema.LackingOrUnknownDeliver);
                    if (!filter.IncludeUnknown)
                    {
                        Add("m.deliver_status <> 'unknown'");
                    }
                    break;
                case Leg.Any:
                    Add(SqliteSchema.LackingOrUnknownAny);
                    if (!filter.IncludeUnknown)
                    {
                        // Not "= 1": SQLite would then treat lacked as a constant and could no longer
                        // stream GROUP BY ..., lacked, unknown in the order of the coverage index.
                        Add("m.lacked <> 0");
                    }
                    break;
            }
            if (filter.Mid is { } mid)
            {
                Add("m.mid = $mid");
                Parameter("$mid", mid);
            }
        }

        public void Add(string term) => _terms.Add(term);

        public void Parameter(string name, object value) => _parameters.Add(new(name, value));

        public Statement Build(string selectFrom, string tail)
        {
            var sql = new StringBuilder(selectFrom);
            for (var i = 0; i < _terms.Count; i++)
            {
                sql.Append(i == 0 ? " WHERE " : " AND ").Append(_terms[i]);
            }
            if (tail.Length > 0)
            {
                sql.Append(' ').Append(tail);
            }
            return new Statement(sql.ToString(), _parameters);
        }

        private void InList(string column, string prefix, IReadOnlyList<string>? values)
        {
            if (values is null || values.Count == 0)
            {
                return;
            }
            var names = new string[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                names[i] = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Parameter(names[i], values[i]);
            }
            Add($"{column} IN ({string.Join(", ", names)})");
        }
    }
}
