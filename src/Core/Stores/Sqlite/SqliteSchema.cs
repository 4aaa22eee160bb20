using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// One column of the store. <see cref="Field"/> is the contract field (<see cref="Fields"/>) the column is
/// derived from, or null for structural columns (row keys, the JSON document itself).
/// </summary>
public sealed record SqliteColumn(string Table, string Name, string Definition, string? Field, string Meaning);

/// <summary>One index of the store: its name and what follows <c>ON</c> (table, columns, partial predicate).</summary>
public sealed record SqliteIndex(string Name, string On, bool Unique = false)
{
    /// <summary>Only the upsert key must exist while documents are written; every other index can be built afterwards.</summary>
    public bool Deferrable => !Unique;

    public string CreateStatement => $"CREATE {(Unique ? "UNIQUE " : "")}INDEX IF NOT EXISTS {Name} ON {On}";
}

/// <summary>
/// The SQLite layout, derived from the document contract. <c>messages</c> holds one row per document id:
/// the exact serialised document (<see cref="DocumentJson"/>) plus the fields the queries filter, sort and
/// group on, pre-computed with <see cref="QuerySemantics"/> so that SQL only compares plain values.
/// Multi-valued data lives in side tables keyed by the message row, replaced on every upsert.
/// </summary>
public static class SqliteSchema
{
    /// <summary>Bumped on any layout change; a store with a newer version is refused, an older one migrated.</summary>
    public const int Version = 1;

    /// <summary><c>PRAGMA application_id</c> of an esatls store ("ESAT").</summary>
    public const int ApplicationId = 0x45534154;

    public const string SchemaTable = "esatls_schema";
    public const string CheckpointTable = "checkpoint";
    public const string Messages = "messages";
    public const string SenderDomains = "sender_domains";
    public const string RecipientDomains = "recipient_domains";
    public const string Deliveries = "deliveries";
    public const string DeliveryDomains = "delivery_domains";
    public const string HourlyCounts = "hourly_counts";

    // messages
    public const string Msg = "msg";
    public const string Id = "id";
    public const string Ts = "ts";
    public const string Hour = "hour";
    public const string Host = "host";
    public const string Mid = "mid";
    public const string Direction = "direction";
    public const string SenderDomain = "sender_domain";
    public const string SourceIp = "source_ip";
    public const string ReceiveStatus = "receive_status";
    public const string ReceiveVersion = "receive_version";
    public const string ReceiveError = "receive_error";
    public const string DeliverStatus = "deliver_status";
    public const string Lacked = "lacked";
    public const string Unknown = "unknown";
    public const string Final = "final";
    public const string Doc = "doc";

    // side tables
    public const string Domain = "domain";
    public const string Seq = "seq";
    public const string Dcid = "dcid";
    public const string Status = "status";
    public const string TlsVersion = "version";
    public const string Error = "error";
    public const string Outcome = "outcome";
    public const string DestinationIp = "destination_ip";
    public const string Count = "n";

    public static readonly IReadOnlyList<SqliteColumn> Columns =
    [
        new(Messages, Msg, "INTEGER PRIMARY KEY", null, "row key (rowid) that side tables refer to"),
        new(Messages, Id, "TEXT NOT NULL", null, "document id (DocumentId); upsert key"),
        new(Messages, Ts, "INTEGER NOT NULL", Fields.Timestamp, "Unix milliseconds (QuerySemantics.TimeKey)"),
        new(Messages, Hour, "INTEGER NOT NULL", Fields.Timestamp, "UTC hours since the epoch: day/hour coverage buckets"),
        new(Messages, Host, "TEXT NOT NULL", Fields.ObserverHostname, "appliance"),
        new(Messages, Mid, "INTEGER NOT NULL", Fields.Mid, "MID"),
        new(Messages, Direction, "TEXT NOT NULL", Fields.EmailDirection, "wire name"),
        new(Messages, SenderDomain, "TEXT", Fields.EmailFrom, "domain of the first sender address (QuerySemantics.SenderDomainOf)"),
        new(Messages, SourceIp, "TEXT", Fields.SourceIp, "receive failure peer"),
        new(Messages, ReceiveStatus, "TEXT NOT NULL", Fields.ReceiveStatus, "wire name"),
        new(Messages, ReceiveVersion, "TEXT", Fields.ReceiveVersion, "tls-version coverage"),
        new(Messages, ReceiveError, "TEXT", Fields.ReceiveError, "receive failure reason"),
        new(Messages, DeliverStatus, "TEXT NOT NULL", Fields.DeliverStatus, "wire name"),
        new(Messages, Lacked, "INTEGER NOT NULL", Fields.TlsLacked, "0/1"),
        new(Messages, Unknown, "INTEGER NOT NULL", Fields.TlsUnknown, "0/1"),
        new(Messages, Final, "INTEGER NOT NULL", Fields.Final, "0/1"),
        new(Messages, Doc, "TEXT NOT NULL", null, "the document exactly as DocumentJson serialises it"),

        new(SenderDomains, Msg, "INTEGER NOT NULL", null, "messages.msg"),
        new(SenderDomains, Domain, "TEXT NOT NULL", Fields.EmailFrom, "each distinct sender domain (QuerySemantics.DomainOf)"),

        new(RecipientDomains, Msg, "INTEGER NOT NULL", null, "messages.msg"),
        new(RecipientDomains, Domain, "TEXT NOT NULL", Fields.EmailTo, "each distinct recipient domain (QuerySemantics.DomainOf)"),

        new(Deliveries, Msg, "INTEGER NOT NULL", null, "messages.msg"),
        new(Deliveries, Seq, "INTEGER NOT NULL", null, "position in esa.deliveries"),
        new(Deliveries, Ts, "INTEGER NOT NULL", Fields.DeliveryTimestamp, "Unix milliseconds"),
        new(Deliveries, Dcid, "INTEGER NOT NULL", Fields.DeliveryDcid, "DCID"),
        new(Deliveries, Status, "TEXT NOT NULL", Fields.DeliveryTlsStatus, "wire name"),
        new(Deliveries, TlsVersion, "TEXT", Fields.DeliveryTlsVersion, "tls-version coverage"),
        new(Deliveries, Error, "TEXT", Fields.DeliveryTlsError, "delivery failure reason"),
        new(Deliveries, Outcome, "TEXT", Fields.DeliveryOutcome, "wire name; null while in progress"),
        new(Deliveries, DestinationIp, "TEXT", Fields.DeliveryDestinationIp, "delivery failure peer"),

        new(DeliveryDomains, Msg, "INTEGER NOT NULL", null, "deliveries.msg"),
        new(DeliveryDomains, Seq, "INTEGER NOT NULL", null, "deliveries.seq"),
        new(DeliveryDomains, Domain, "TEXT NOT NULL", Fields.DeliveryRecipients, "each distinct recipient domain of the leg"),

        new(HourlyCounts, Hour, "INTEGER NOT NULL", Fields.Timestamp, "messages.hour"),
        new(HourlyCounts, Host, "TEXT NOT NULL", Fields.ObserverHostname, "messages.host"),
        new(HourlyCounts, Direction, "TEXT NOT NULL", Fields.EmailDirection, "messages.direction"),
        new(HourlyCounts, ReceiveStatus, "TEXT NOT NULL", Fields.ReceiveStatus, "messages.receive_status"),
        new(HourlyCounts, DeliverStatus, "TEXT NOT NULL", Fields.DeliverStatus, "messages.deliver_status"),
        new(HourlyCounts, Lacked, "INTEGER NOT NULL", Fields.TlsLacked, "messages.lacked"),
        new(HourlyCounts, Unknown, "INTEGER NOT NULL", Fields.TlsUnknown, "messages.unknown"),
        new(HourlyCounts, Count, "INTEGER NOT NULL", null, "number of messages with these values (kept by triggers)"),
    ];

    /// <summary>The columns of <see cref="HourlyCounts"/> that key a count (all but the count).</summary>
    public static readonly IReadOnlyList<string> HourlyKey = [Hour, Host, Direction, ReceiveStatus, DeliverStatus, Lacked, Unknown];

    /// <summary>The fixed predicates of "lacking TLS" per leg. Partial indexes are declared with exactly these
    /// texts and queries include them verbatim, which is what lets SQLite use those indexes.</summary>
    public const string LackingOrUnknownAny = "(lacked = 1 OR unknown = 1)";
    public const string LackingOrUnknownReceive = "receive_status IN ('failed', 'none', 'unknown')";
    public const string LackingOrUnknownDeliver = "deliver_status IN ('partial', 'failed', 'none', 'unknown')";
    public const string FailedDelivery = "status = 'failed'";

    /// <summary>Indexes, each with the query it is for. All but the id index can be deferred during a bulk load.</summary>
    public static readonly IReadOnlyList<SqliteIndex> Indexes =
    [
        // Upsert by document id.
        new("ux_messages_id", "messages (id)", Unique: true),
        // Every list: newest first, ties by id; keyset pagination seeks on it.
        new("ix_messages_time", "messages (ts DESC, id)"),
        // First page of lacking-tls per leg: a small index already in list order, so LIMIT stops early.
        new("ix_messages_lacking_any", $"messages (ts DESC, id) WHERE {LackingOrUnknownAny}"),
        new("ix_messages_lacking_receive", $"messages (ts DESC, id) WHERE {LackingOrUnknownReceive}"),
        new("ix_messages_lacking_deliver", $"messages (ts DESC, id) WHERE {LackingOrUnknownDeliver}"),
        // Coverage by time that hourly_counts cannot answer (other filters, partial hours at the edges of
        // --since/--until): covering, and its leading columns are the GROUP BY, so the aggregation streams
        // in index order without a sort; ts is there for the exact time filter.
        new("ix_messages_hour", "messages (hour, receive_status, deliver_status, lacked, unknown, ts)"),
        // --host lists, newest first.
        new("ix_messages_host", "messages (host, ts DESC, id)"),
        // show <MID>.
        new("ix_messages_mid", "messages (mid)"),
        // failures of delivery legs.
        new("ix_deliveries_failed", $"deliveries (msg) WHERE {FailedDelivery}"),
    ];

    /// <summary>The triggers that keep <see cref="HourlyCounts"/>; absent while a bulk load runs (the counts are then rebuilt).</summary>
    public static readonly IReadOnlyList<string> CountTriggers =
        ["tr_messages_counted_insert", "tr_messages_counted_update", "tr_messages_counted_delete"];

    /// <summary>Statements that recompute <see cref="HourlyCounts"/> from <see cref="Messages"/> (what the triggers keep).</summary>
    public static IEnumerable<string> RecountStatements()
    {
        var key = string.Join(", ", HourlyKey);
        yield return $"DELETE FROM {HourlyCounts}";
        yield return $"INSERT INTO {HourlyCounts} ({key}, {Count}) SELECT {key}, count(*) FROM {Messages} GROUP BY {key}";
    }

    /// <summary>
    /// Keep <see cref="HourlyCounts"/> equal to "count of messages per hour and verdict fields", in the
    /// same transaction as the change (the upsert's DO UPDATE fires the update trigger). Coverage by
    /// day/hour/host/total with only time, host and direction filters then reads a few rows per hour
    /// instead of every message.
    /// </summary>
    public static IEnumerable<string> Triggers()
    {
        var key = string.Join(", ", HourlyKey);
        string Values(string row) => string.Join(", ", HourlyKey.Select(c => $"{row}.{c}"));
        string Match(string row) => string.Join(" AND ", HourlyKey.Select(c => $"{c} = {row}.{c}"));
        var increment = $"INSERT INTO {HourlyCounts} ({key}, {Count}) VALUES ({Values("NEW")}, 1) "
            + $"ON CONFLICT ({key}) DO UPDATE SET {Count} = {Count} + 1;";
        var decrement = $"UPDATE {HourlyCounts} SET {Count} = {Count} - 1 WHERE {Match("OLD")};";
        yield return $"CREATE TRIGGER {CountTriggers[0]} AFTER INSERT ON {Messages} BEGIN {increment} END";
        yield return $"CREATE TRIGGER {CountTriggers[1]} AFTER UPDATE OF {key} ON {Messages} BEGIN {decrement} {increment} END";
        yield return $"CREATE TRIGGER {CountTriggers[2]} AFTER DELETE ON {Messages} BEGIN {decrement} END";
    }

    /// <summary>Statements creating the current schema in an empty database (inside one transaction).</summary>
    public static IEnumerable<string> CreateStatements()
    {
        yield return $"CREATE TABLE {SchemaTable} (version INTEGER PRIMARY KEY, applied_utc TEXT NOT NULL, contract_version INTEGER NOT NULL)";
        yield return $"CREATE TABLE {CheckpointTable} (slot INTEGER PRIMARY KEY CHECK (slot = 1), json TEXT NOT NULL, saved_utc TEXT NOT NULL)";
        yield return CreateTable(Messages, null);
        yield return CreateTable(SenderDomains, $"PRIMARY KEY ({Msg}, {Domain})");
        yield return CreateTable(RecipientDomains, $"PRIMARY KEY ({Msg}, {Domain})");
        yield return CreateTable(Deliveries, $"PRIMARY KEY ({Msg}, {Seq})");
        yield return CreateTable(DeliveryDomains, $"PRIMARY KEY ({Msg}, {Seq}, {Domain})");
        yield return CreateTable(HourlyCounts, $"PRIMARY KEY ({string.Join(", ", HourlyKey)})");
        foreach (var index in Indexes)
        {
            yield return index.CreateStatement;
        }
        foreach (var trigger in Triggers())
        {
            yield return trigger;
        }
    }

    /// <summary>Columns of <paramref name="table"/> in declaration order.</summary>
    public static IEnumerable<SqliteColumn> ColumnsOf(string table) => Columns.Where(c => c.Table == table);

    private static string CreateTable(string table, string? primaryKey)
    {
        var columns = string.Join(", ", ColumnsOf(table).Select(c => $"{c.Name} {c.Definition}"));
        // Side tables are clustered on their key (no rowid): one b-tree each, found by message row.
        return primaryKey is null
            ? $"CREATE TABLE {table} ({columns})"
            : $"CREATE TABLE {table} ({columns}, {primaryKey}) WITHOUT ROWID";
    }
}
