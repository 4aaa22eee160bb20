using System.Globalization;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;
using Microsoft.Data.Sqlite;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// The embedded store's sink: one connection, one transaction per <see cref="CommitAsync"/> holding the
/// documents (upserted by id, side-table rows replaced) and the checkpoint, with prepared commands reused
/// across records and commits. Readers (<see cref="SqliteQueryBackend"/>) can query while it writes (WAL).
/// </summary>
public sealed class SqliteMessageStore : IMessageSink
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteWriteCommands _commands;

    private SqliteMessageStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
        _commands = new SqliteWriteCommands(connection);
    }

    public string Path { get; }

    public string Description => $"SQLite store {Path}";

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and schema when needed.</summary>
    /// <exception cref="SqliteStoreException">The file is not an esatls store or cannot be opened.</exception>
    public static Task<SqliteMessageStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new SqliteStoreException(SqliteStoreProblem.CannotOpen, $"cannot create the store '{path}': directory '{directory}' does not exist");
        }
        return Task.FromResult(new SqliteMessageStore(path, SqliteStoreFile.OpenWriter(path)));
    }

    public async Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT json FROM {SqliteSchema.CheckpointTable} WHERE slot = 1";
            return command.ExecuteScalar() is string json ? IngestCheckpoint.FromJson(json) : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stores all <paramref name="records"/> and the checkpoint in one transaction. A null checkpoint leaves
    /// the stored one as it is. On any failure or cancellation nothing of this call is stored.
    /// </summary>
    public async Task CommitAsync(IReadOnlyList<MessageRecord> records, IngestCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            _commands.Enlist(transaction);
            foreach (var record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _commands.Upsert(record);
            }
            if (checkpoint is not null)
            {
                _commands.SaveCheckpoint(checkpoint);
            }
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
        }
        finally
        {
            _commands.Enlist(null);
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _commands.Dispose();
            try
            {
                // Keeps planner statistics current (bounded work); a failure here must not hide the data.
                SqliteStoreFile.Execute(_connection, "PRAGMA analysis_limit = 1000");
                SqliteStoreFile.Execute(_connection, "PRAGMA optimize");
            }
            catch (SqliteException)
            {
            }
            await _connection.DisposeAsync();
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }
}

/// <summary>The writer's prepared statements, bound to one connection and re-enlisted per transaction.</summary>
internal sealed class SqliteWriteCommands : IDisposable
{
    private readonly SqliteCommand _upsertMessage;
    private readonly SqliteCommand[] _deleteSideRows;
    private readonly SqliteCommand _insertSenderDomain;
    private readonly SqliteCommand _insertRecipientDomain;
    private readonly SqliteCommand _insertDelivery;
    private readonly SqliteCommand _insertDeliveryDomain;
    private readonly SqliteCommand _saveCheckpoint;
    private readonly SqliteCommand[] _all;
    private readonly string[] _messageColumns;

    public SqliteWriteCommands(SqliteConnection connection)
    {
        _messageColumns = [.. SqliteSchema.ColumnsOf(SqliteSchema.Messages).Select(c => c.Name).Where(n => n != SqliteSchema.Msg)];
        var names = string.Join(", ", _messageColumns);
        var values = string.Join(", ", _messageColumns.Select(n => "$" + n));
        var updates = string.Join(", ", _messageColumns.Where(n => n != SqliteSchema.Id).Select(n => $"{n} = excluded.{n}"));
        _upsertMessage = Command(connection,
            $"INSERT INTO {SqliteSchema.Messages} ({names}) VALUES ({values}) ON CONFLICT ({SqliteSchema.Id}) DO UPDATE SET {updates} RETURNING {SqliteSchema.Msg}",
            _messageColumns);
        _deleteSideRows =
        [
            Command(connection, $"DELETE FROM {SqliteSchema.SenderDomains} WHERE msg = $msg", "msg"),
            Command(connection, $"DELETE FROM {SqliteSchema.RecipientDomains} WHERE msg = $msg", "msg"),
            Command(connection, $"DELETE FROM {SqliteSchema.Deliveries} WHERE msg = $msg", "msg"),
            Command(connection, $"DELETE FROM {SqliteSchema.DeliveryDomains} WHERE msg = $msg", "msg"),
        ];
        _insertSenderDomain = Command(connection, $"INSERT OR IGNORE INTO {SqliteSchema.SenderDomains} (msg, domain) VALUES ($msg, $domain)", "msg", "domain");
        _insertRecipientDomain = Command(connection, $"INSERT OR IGNORE INTO {SqliteSchema.RecipientDomains} (msg, domain) VALUES ($msg, $domain)", "msg", "domain");
        _insertDelivery = Command(connection,
            $"INSERT INTO {SqliteSchema.Deliveries} (msg, seq, ts, dcid, status, version, error, outcome, destination_ip) "
            + "VALUES ($msg, $seq, $ts, $dcid, $status, $version, $error, $outcome, $ip)",
            "msg", "seq", "ts", "dcid", "status", "version", "error", "outcome", "ip");
        _insertDeliveryDomain = Command(connection,
            $"INSERT OR IGNORE INTO {SqliteSchema.DeliveryDomains} (msg, seq, domain) VALUES ($msg, $seq, $domain)", "msg", "seq", "domain");
        _saveCheckpoint = Command(connection,
            $"INSERT INTO {SqliteSchema.CheckpointTable} (slot, json, saved_utc) VALUES (1, $json, $at) "
            + "ON CONFLICT (slot) DO UPDATE SET json = excluded.json, saved_utc = excluded.saved_utc",
            "json", "at");
        _all = [_upsertMessage, .. _deleteSideRows, _insertSenderDomain, _insertRecipientDomain, _insertDelivery, _insertDeliveryDomain, _saveCheckpoint];
    }

    public void Enlist(SqliteTransaction? transaction)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    public void Upsert(MessageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record.Document, nameof(record.Document));
        var doc = record.Document;
        var p = _upsertMessage.Parameters;
        for (var i = 0; i < _messageColumns.Length; i++)
        {
            p[i].Value = MessageValue(_messageColumns[i], record) ?? DBNull.Value;
        }
        var msg = (long)_upsertMessage.ExecuteScalar()!;

        foreach (var delete in _deleteSideRows)
        {
            delete.Parameters[0].Value = msg;
            delete.ExecuteNonQuery();
        }
        InsertDomains(_insertSenderDomain, msg, QuerySemantics.DomainsOf(doc.Email.From?.Address));
        InsertDomains(_insertRecipientDomain, msg, QuerySemantics.DomainsOf(doc.Email.To?.Address));

        var deliveries = doc.Esa.Deliveries ?? [];
        for (var seq = 0; seq < deliveries.Count; seq++)
        {
            var d = deliveries[seq];
            var dp = _insertDelivery.Parameters;
            dp[0].Value = msg;
            dp[1].Value = seq;
            dp[2].Value = QuerySemantics.TimeKey(d.Timestamp);
            dp[3].Value = d.Dcid;
            dp[4].Value = d.Tls.Status.Name();
            dp[5].Value = (object?)d.Tls.Version ?? DBNull.Value;
            dp[6].Value = (object?)d.Tls.Error ?? DBNull.Value;
            dp[7].Value = (object?)d.Outcome?.Name() ?? DBNull.Value;
            dp[8].Value = (object?)d.Destination?.Ip ?? DBNull.Value;
            _insertDelivery.ExecuteNonQuery();
            foreach (var domain in QuerySemantics.DomainsOf(d.Recipients))
            {
                var ddp = _insertDeliveryDomain.Parameters;
                ddp[0].Value = msg;
                ddp[1].Value = seq;
                ddp[2].Value = domain;
                _insertDeliveryDomain.ExecuteNonQuery();
            }
        }
    }

    public void SaveCheckpoint(IngestCheckpoint checkpoint)
    {
        _saveCheckpoint.Parameters[0].Value = checkpoint.ToJson();
        _saveCheckpoint.Parameters[1].Value = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        _saveCheckpoint.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    /// <summary>Value of a <c>messages</c> column for a record: the contract field it derives from (see <see cref="SqliteSchema"/>).</summary>
    internal static object? MessageValue(string column, MessageRecord record)
    {
        var doc = record.Document;
        return column switch
        {
            SqliteSchema.Id => record.Id,
            SqliteSchema.Ts => QuerySemantics.TimeKey(doc.Timestamp),
            SqliteSchema.Hour => QuerySemantics.HourIndex(doc.Timestamp),
            SqliteSchema.Host => doc.Observer.Hostname,
            SqliteSchema.Mid => doc.Esa.Mid,
            SqliteSchema.Direction => doc.Email.Direction.Name(),
            SqliteSchema.SenderDomain => QuerySemantics.SenderDomainOf(doc),
            SqliteSchema.SourceIp => doc.Source?.Ip,
            SqliteSchema.ReceiveStatus => doc.Esa.Receive.Tls.Status.Name(),
            SqliteSchema.ReceiveVersion => doc.Esa.Receive.Tls.Version,
            SqliteSchema.ReceiveError => doc.Esa.Receive.Tls.Error,
            SqliteSchema.DeliverStatus => doc.Esa.Deliver.Tls.Status.Name(),
            SqliteSchema.Lacked => doc.Esa.Tls.Lacked ? 1 : 0,
            SqliteSchema.Unknown => doc.Esa.Tls.Unknown ? 1 : 0,
            SqliteSchema.Final => doc.Esa.Final ? 1 : 0,
            SqliteSchema.Doc => DocumentJson.Serialize(doc),
            _ => throw new InvalidOperationException($"no value for column messages.{column}"),
        };
    }

    private static void InsertDomains(SqliteCommand insert, long msg, IReadOnlyList<string> domains)
    {
        foreach (var domain in domains)
        {
            insert.Parameters[0].Value = msg;
            insert.Parameters[1].Value = domain;
            insert.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter("$" + name, null));
        }
        return command;
    }
}
