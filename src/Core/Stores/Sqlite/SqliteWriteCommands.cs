using System.Buffers;
using System.Globalization;
using System.Text.Json;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// The writer's prepared statements, bound to one connection; they run inside the transaction the store opens.
/// </summary>
/// <remarks>
/// A document is written with a plain upsert. Whether it created a row is read from <c>last_insert_rowid()</c>,
/// which only an insert changes: a new row has no side-table rows, so the four deletes (and the lookup of the
/// row key) are only needed when an existing row was updated. The store never deletes message rows, so a new
/// row key is never one that side rows still refer to.
/// </remarks>
internal sealed class SqliteWriteCommands : IDisposable
{
    private readonly sqlite3 _db;
    private readonly SqliteStatement _upsertMessage;
    private readonly SqliteStatement _selectMsg;
    private readonly SqliteStatement[] _deleteSideRows;
    private readonly SqliteStatement _insertSenderDomain;
    private readonly SqliteStatement _insertRecipientDomain;
    private readonly SqliteStatement _insertDelivery;
    private readonly SqliteStatement _insertDeliveryDomain;
    private readonly SqliteStatement _saveCheckpoint;
    private readonly SqliteStatement[] _all;
    private readonly MessageColumn[] _messageColumns;

    public SqliteWriteCommands(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var names = SqliteSchema.ColumnsOf(SqliteSchema.Messages).Select(c => c.Name).Where(n => n != SqliteSchema.Msg).ToArray();
        _messageColumns = [.. names.Select(ColumnOf)];
        var values = string.Join(", ", names.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)));
        var updates = string.Join(", ", names.Where(n => n != SqliteSchema.Id).Select(n => $"{n} = excluded.{n}"));
        _upsertMessage = new(connection,
            $"INSERT INTO {SqliteSchema.Messages} ({string.Join(", ", names)}) VALUES ({values}) ON CONFLICT ({SqliteSchema.Id}) DO UPDATE SET {updates}");
        _selectMsg = new(connection, $"SELECT {SqliteSchema.Msg} FROM {SqliteSchema.Messages} WHERE {SqliteSchema.Id} = ?1");
        _deleteSideRows =
        [
            new(connection, $"DELETE FROM {SqliteSchema.SenderDomains} WHERE msg = ?1"),
            new(connection, $"DELETE FROM {SqliteSchema.RecipientDomains} WHERE msg = ?1"),
            new(connection, $"DELETE FROM {SqliteSchema.Deliveries} WHERE msg = ?1"),
            new(connection, $"DELETE FROM {SqliteSchema.DeliveryDomains} WHERE msg = ?1"),
        ];
        _insertSenderDomain = new(connection, $"INSERT OR IGNORE INTO {SqliteSchema.SenderDomains} (msg, domain) VALUES (?1, ?2)");
        _insertRecipientDomain = new(connection, $"INSERT OR IGNORE INTO {SqliteSchema.RecipientDomains} (msg, domain) VALUES (?1, ?2)");
        _insertDelivery = new(connection,
            $"INSERT INTO {SqliteSchema.Deliveries} (msg, seq, ts, dcid, status, version, error, outcome, destination_ip) "
            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        _insertDeliveryDomain = new(connection, $"INSERT OR IGNORE INTO {SqliteSchema.DeliveryDomains} (msg, seq, domain) VALUES (?1, ?2, ?3)");
        _saveCheckpoint = new(connection,
            $"INSERT INTO {SqliteSchema.CheckpointTable} (slot, json, saved_utc) VALUES (1, ?1, ?2) "
            + "ON CONFLICT (slot) DO UPDATE SET json = excluded.json, saved_utc = excluded.saved_utc");
        _all = [_upsertMessage, _selectMsg, .. _deleteSideRows, _insertSenderDomain, _insertRecipientDomain, _insertDelivery, _insertDeliveryDomain, _saveCheckpoint];
    }

    /// <summary>The derived value of each <c>messages</c> column (see <see cref="SqliteSchema"/>).</summary>
    private enum MessageColumn { Id, Ts, Hour, Host, Mid, Direction, SenderDomain, SourceIp, ReceiveStatus, ReceiveVersion, ReceiveError, DeliverStatus, Lacked, Unknown, Final, Doc }

    private static MessageColumn ColumnOf(string name) => name switch
    {
        SqliteSchema.Id => MessageColumn.Id,
        SqliteSchema.Ts => MessageColumn.Ts,
        SqliteSchema.Hour => MessageColumn.Hour,
        SqliteSchema.Host => MessageColumn.Host,
        SqliteSchema.Mid => MessageColumn.Mid,
        SqliteSchema.Direction => MessageColumn.Direction,
        SqliteSchema.SenderDomain => MessageColumn.SenderDomain,
        SqliteSchema.SourceIp => MessageColumn.SourceIp,
        SqliteSchema.ReceiveStatus => MessageColumn.ReceiveStatus,
        SqliteSchema.ReceiveVersion => MessageColumn.ReceiveVersion,
        SqliteSchema.ReceiveError => MessageColumn.ReceiveError,
        SqliteSchema.DeliverStatus => MessageColumn.DeliverStatus,
        SqliteSchema.Lacked => MessageColumn.Lacked,
        SqliteSchema.Unknown => MessageColumn.Unknown,
        SqliteSchema.Final => MessageColumn.Final,
        SqliteSchema.Doc => MessageColumn.Doc,
        _ => throw new InvalidOperationException($"no value for column messages.{name}"),
    };

    public void Upsert(MessageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record.Document, nameof(record.Document));
        var doc = record.Document;
        for (var i = 0; i < _messageColumns.Length; i++)
        {
            BindMessageColumn(i + 1, _messageColumns[i], record);
        }
        var before = raw.sqlite3_last_insert_rowid(_db);
        _upsertMessage.Execute();
        var after = raw.sqlite3_last_insert_rowid(_db);
        long msg;
        if (after != before)
        {
            msg = after;
        }
        else
        {
            _selectMsg.Bind(1, record.Id);
            msg = _selectMsg.ScalarInt64() ?? throw new InvalidOperationException($"document {record.Id} was upserted but has no row");
            foreach (var delete in _deleteSideRows)
            {
                delete.Bind(1, msg);
                delete.Execute();
            }
        }

        InsertDomains(_insertSenderDomain, msg, QuerySemantics.DomainsOf(doc.Email.From?.Address));
        InsertDomains(_insertRecipientDomain, msg, QuerySemantics.DomainsOf(doc.Email.To?.Address));

        var deliveries = doc.Esa.Deliveries ?? [];
        for (var seq = 0; seq < deliveries.Count; seq++)
        {
            var d = deliveries[seq];
            var insert = _insertDelivery;
            insert.Bind(1, msg);
            insert.Bind(2, seq);
            insert.Bind(3, QuerySemantics.TimeKey(d.Timestamp));
            insert.Bind(4, d.Dcid);
            insert.Bind(5, d.Tls.Status.Name());
            insert.Bind(6, d.Tls.Version);
            insert.Bind(7, d.Tls.Error);
            insert.Bind(8, d.Outcome?.Name());
            insert.Bind(9, d.Destination?.Ip);
            insert.Execute();
            foreach (var domain in QuerySemantics.DomainsOf(d.Recipients))
            {
                _insertDeliveryDomain.Bind(1, msg);
                _insertDeliveryDomain.Bind(2, seq);
                _insertDeliveryDomain.Bind(3, domain);
                _insertDeliveryDomain.Execute();
            }
        }
    }

    public void SaveCheckpoint(IngestCheckpoint checkpoint)
    {
        _saveCheckpoint.Bind(1, checkpoint.ToJson());
        _saveCheckpoint.Bind(2, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        _saveCheckpoint.Execute();
    }

    public void Dispose()
    {
        foreach (var statement in _all)
        {
            statement.Dispose();
        }
    }

    private void BindMessageColumn(int index, MessageColumn column, MessageRecord record)
    {
        var doc = record.Document;
        var s = _upsertMessage;
        switch (column)
        {
            case MessageColumn.Id: s.Bind(index, record.Id); break;
            case MessageColumn.Ts: s.Bind(index, QuerySemantics.TimeKey(doc.Timestamp)); break;
            case MessageColumn.Hour: s.Bind(index, QuerySemantics.HourIndex(doc.Timestamp)); break;
            case MessageColumn.Host: s.Bind(index, doc.Observer.Hostname); break;
            case MessageColumn.Mid: s.Bind(index, doc.Esa.Mid); break;
            case MessageColumn.Direction: s.Bind(index, doc.Email.Direction.Name()); break;
            case MessageColumn.SenderDomain: s.Bind(index, QuerySemantics.SenderDomainOf(doc)); break;
            case MessageColumn.SourceIp: s.Bind(index, doc.Source?.Ip); break;
            case MessageColumn.ReceiveStatus: s.Bind(index, doc.Esa.Receive.Tls.Status.Name()); break;
            case MessageColumn.ReceiveVersion: s.Bind(index, doc.Esa.Receive.Tls.Version); break;
            case MessageColumn.ReceiveError: s.Bind(index, doc.Esa.Receive.Tls.Error); break;
            case MessageColumn.DeliverStatus: s.Bind(index, doc.Esa.Deliver.Tls.Status.Name()); break;
            case MessageColumn.Lacked: s.Bind(index, doc.Esa.Tls.Lacked ? 1 : 0); break;
            case MessageColumn.Unknown: s.Bind(index, doc.Esa.Tls.Unknown ? 1 : 0); break;
            case MessageColumn.Final: s.Bind(index, doc.Esa.Final ? 1 : 0); break;
            default:
                // The document exactly as DocumentJson serialises it, written as UTF-8 text without a string in between.
                s.BindUtf8(index, record.Utf8Json);
                break;
        }
    }

    private static void InsertDomains(SqliteStatement insert, long msg, IReadOnlyList<string> domains)
    {
        foreach (var domain in domains)
        {
            insert.Bind(1, msg);
            insert.Bind(2, domain);
            insert.Execute();
        }
    }
}
