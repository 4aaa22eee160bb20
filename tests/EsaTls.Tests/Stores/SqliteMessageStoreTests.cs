using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Sqlite;
using Microsoft.Data.Sqlite;
using static EsaTls.Tests.Stores.TestDocuments;

namespace EsaTls.Tests.Stores;

public sealed class SqliteMessageStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IngestCheckpoint Checkpoint(long offset) => new()
    {
        Inputs = [new InputPosition("/var/log/esa/mail.current", "abc123", offset, Complete: false, FramerState: "{\"year\":2024}")],
        CorrelatorState = "{\"open\":[1,2,3]}",
        SavedUtc = T0,
    };

    private SqliteConnection Raw()
    {
        var connection = new SqliteConnection($"Data Source={_temp.Path};Pooling=false");
        connection.Open();
        return connection;
    }

    private long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<string> Strings(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.IsDBNull(0) ? "NULL" : reader.GetValue(0).ToString()!);
        }
        return result;
    }

    [Fact]
    public async Task A_new_store_is_created_on_first_use_in_wal_mode_with_its_schema_version()
    {
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path))
        {
            (await store.LoadCheckpointAsync(CancellationToken.None)).Should().BeNull();
            store.Description.Should().Contain(_temp.Path);
        }
        Scalar("PRAGMA application_id").Should().Be(SqliteSchema.ApplicationId);
        Scalar("SELECT max(version) FROM esatls_schema").Should().Be(SqliteSchema.Version);
        Strings("PRAGMA journal_mode").Should().Equal("wal");
    }

    [Fact]
    public async Task The_document_column_holds_exactly_the_serialised_document()
    {
        var record = Record(1, subject: "Réunion \"Q1\" 100% ✓ '; DROP TABLE messages;--", to: ["a@Example.org"]);
        await _temp.FillAsync([record]);
        Strings("SELECT doc FROM messages WHERE id = $id", ("$id", record.Id)).Should().Equal(DocumentJson.Serialize(record.Document));
    }

    [Fact]
    public async Task Upsert_replaces_the_document_and_its_side_table_rows()
    {
        var first = Record(1, from: ["a@One.org", "b@two.org"], to: ["x@x.org", "y@y.org"], receive: ReceiveTlsStatus.None, deliveries:
        [
            Delivery(1, LegTlsStatus.Failed, recipients: ["x@x.org"], error: "handshake"),
            Delivery(2, LegTlsStatus.Success, recipients: ["y@y.org", "z@Y.org"]),
            Delivery(3, LegTlsStatus.None, recipients: ["y@y.org"]),
        ]);
        var second = first with
        {
            Document = Record(1, from: ["c@three.org"], to: ["w@w.org"], deliveries: [Delivery(9, LegTlsStatus.Success, recipients: ["w@w.org"])]).Document,
        };
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path))
        {
            await store.CommitAsync([first], null, CancellationToken.None);
            Scalar("SELECT count(*) FROM deliveries").Should().Be(3);
            Strings("SELECT domain FROM delivery_domains ORDER BY seq, domain").Should().Equal("x.org", "y.org", "y.org");
            Strings("SELECT domain FROM sender_domains ORDER BY domain").Should().Equal("one.org", "two.org");
            await store.CommitAsync([second], null, CancellationToken.None);
        }
        Scalar("SELECT count(*) FROM messages").Should().Be(1);
        Strings("SELECT doc FROM messages").Should().Equal(DocumentJson.Serialize(second.Document));
        Strings("SELECT receive_status FROM messages").Should().Equal("success");
        Strings("SELECT dcid FROM deliveries").Should().Equal("9");
        Strings("SELECT domain FROM delivery_domains").Should().Equal("w.org");
        Strings("SELECT domain FROM sender_domains").Should().Equal("three.org");
        Strings("SELECT domain FROM recipient_domains").Should().Equal("w.org");
        Scalar("SELECT sum(n) FROM hourly_counts").Should().Be(1);
        Strings("SELECT receive_status FROM hourly_counts WHERE n > 0").Should().Equal("success");
    }

    [Fact]
    public async Task Updates_are_told_from_inserts_whatever_was_inserted_just_before()
    {
        // The writer reads "new row" from last_insert_rowid(): an update of the row inserted last, an update after
        // an insert of another row and an insert after an update must each be recognised.
        var a = Record(1, from: ["x@a1.org"], to: ["r@t1.org"]);
        var b = Record(2, from: ["x@b1.org"], to: ["r@u1.org"]);
        var a2 = a with { Document = Record(1, from: ["x@a2.org"], to: ["r@t2.org"], receive: ReceiveTlsStatus.None).Document };
        var a3 = a with { Document = Record(1, from: ["x@a3.org"], to: ["r@t3.org"], receive: ReceiveTlsStatus.Failed).Document };
        var c = Record(3, from: ["x@c1.org"], to: ["r@v1.org"]);
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path))
        {
            await store.CommitAsync([a], null, CancellationToken.None);
            await store.CommitAsync([a2], null, CancellationToken.None);
            await store.CommitAsync([b, a3, c], null, CancellationToken.None);
        }
        Scalar("SELECT count(*) FROM messages").Should().Be(3);
        Strings("SELECT s.domain FROM sender_domains s JOIN messages m ON m.msg = s.msg ORDER BY m.mid").Should().Equal("a3.org", "b1.org", "c1.org");
        Strings("SELECT r.domain FROM recipient_domains r JOIN messages m ON m.msg = r.msg ORDER BY m.mid").Should().Equal("t3.org", "u1.org", "v1.org");
        Strings("SELECT receive_status || ':' || n FROM hourly_counts WHERE n > 0 ORDER BY 1").Should().Equal("failed:1", "success:2");
        Scalar("SELECT sum(n) FROM hourly_counts").Should().Be(3);
    }

    [Fact]
    public async Task The_last_version_of_an_id_within_one_commit_wins()
    {
        var first = Record(1, receive: ReceiveTlsStatus.None);
        var second = first with { Document = Record(1, receive: ReceiveTlsStatus.Failed).Document };
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path))
        {
            await store.CommitAsync([first, second], null, CancellationToken.None);
        }
        Strings("SELECT receive_status FROM messages").Should().Equal("failed");
    }

    [Fact]
    public async Task Hourly_counts_equal_a_recount_of_the_messages_after_upserts()
    {
        await _temp.FillAsync(QueryCorpus.Build(), commitSize: 50);
        const string Recount =
            "SELECT hour || host || direction || receive_status || deliver_status || lacked || unknown || ':' || count(*) FROM messages "
            + "GROUP BY hour, host, direction, receive_status, deliver_status, lacked, unknown ORDER BY 1";
        const string Counted =
            "SELECT hour || host || direction || receive_status || deliver_status || lacked || unknown || ':' || n FROM hourly_counts "
            + "WHERE n > 0 ORDER BY 1";
        Strings(Counted).Should().Equal(Strings(Recount));
        Scalar("SELECT count(*) FROM hourly_counts WHERE n < 0").Should().Be(0);
    }

    [Fact]
    public async Task The_checkpoint_round_trips_and_a_null_checkpoint_keeps_the_stored_one()
    {
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path))
        {
            await store.CommitAsync([Record(1)], Checkpoint(100), CancellationToken.None);
            (await store.LoadCheckpointAsync(CancellationToken.None))!.ToJson().Should().Be(Checkpoint(100).ToJson());
            await store.CommitAsync([Record(2)], null, CancellationToken.None);
            (await store.LoadCheckpointAsync(CancellationToken.None))!.ToJson().Should().Be(Checkpoint(100).ToJson());
            await store.CommitAsync([], Checkpoint(200), CancellationToken.None);
        }
        await using var reopened = await SqliteMessageStore.OpenAsync(_temp.Path);
        (await reopened.LoadCheckpointAsync(CancellationToken.None))!.ToJson().Should().Be(Checkpoint(200).ToJson());
        Scalar("SELECT count(*) FROM checkpoint").Should().Be(1);
    }

    [Fact]
    public async Task A_failed_commit_stores_neither_documents_nor_checkpoint()
    {
        await using var store = await SqliteMessageStore.OpenAsync(_temp.Path);
        await store.CommitAsync([Record(1)], Checkpoint(100), CancellationToken.None);
        var broken = new MessageRecord(null!, Record(3).Document);
        var act = () => store.CommitAsync([Record(2, to: ["a@b.org"]), broken, Record(4)], Checkpoint(999), CancellationToken.None);
        (await act.Should().ThrowAsync<StoreWriteException>()).WithInnerException<SqliteException>();
        Scalar("SELECT count(*) FROM messages").Should().Be(1);
        Scalar("SELECT count(*) FROM recipient_domains").Should().Be(0);
        Scalar("SELECT sum(n) FROM hourly_counts").Should().Be(1);
        (await store.LoadCheckpointAsync(CancellationToken.None))!.ToJson().Should().Be(Checkpoint(100).ToJson());
        // The store is still usable afterwards.
        await store.CommitAsync([Record(2)], Checkpoint(300), CancellationToken.None);
        Scalar("SELECT count(*) FROM messages").Should().Be(2);
    }

    [Fact]
    public async Task A_cancelled_commit_stores_nothing()
    {
        await using var store = await SqliteMessageStore.OpenAsync(_temp.Path);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var act = () => store.CommitAsync([Record(1), Record(2)], Checkpoint(1), cancellation.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        Scalar("SELECT count(*) FROM messages").Should().Be(0);
        (await store.LoadCheckpointAsync(CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Reopening_finds_documents_and_checkpoint()
    {
        var records = QueryCorpus.Build(50);
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path))
        {
            await store.CommitAsync(records, Checkpoint(7), CancellationToken.None);
        }
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path))
        {
            (await store.LoadCheckpointAsync(CancellationToken.None))!.Inputs[0].Offset.Should().Be(7);
        }
        await using var backend = SqliteQueryBackend.Open(_temp.Path);
        (await backend.SearchAsync(new MessageFilter(), null, CancellationToken.None).CountAsync())
            .Should().Be(records.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Queries_run_while_an_ingest_commits()
    {
        var first = QueryCorpus.Build(120, seed: 1);
        await using var store = await SqliteMessageStore.OpenAsync(_temp.Path);
        await store.CommitAsync(first, null, CancellationToken.None);
        await using var backend = SqliteQueryBackend.Open(_temp.Path, pageSize: 10);
        var seen = new List<string>();
        var more = QueryCorpus.Build(60, seed: 2);
        await foreach (var record in backend.SearchAsync(new MessageFilter(), null, CancellationToken.None))
        {
            seen.Add(record.Id);
            if (seen.Count % 25 == 0)
            {
                // The writer is not blocked by the reader, and the reader goes on.
                var batch = more.Skip(seen.Count / 25 * 10).Take(10).ToList();
                await store.CommitAsync(batch, Checkpoint(seen.Count), CancellationToken.None);
            }
        }
        seen.Should().OnlyHaveUniqueItems().And.Contain(first.Select(r => r.Id));
        (await store.LoadCheckpointAsync(CancellationToken.None)).Should().NotBeNull();
    }

    [Fact]
    public void Every_column_derives_from_a_contract_field_or_is_structural()
    {
        var paths = Fields.All.Select(f => f.Path).ToHashSet();
        foreach (var column in SqliteSchema.Columns)
        {
            if (column.Field is not null)
            {
                paths.Should().Contain(column.Field, $"{column.Table}.{column.Name}");
            }
        }
        SqliteSchema.Columns.Where(c => c.Field is null)
            .Select(c => $"{c.Table}.{c.Name}")
            .Should().BeEquivalentTo(
                "messages.msg", "messages.id", "messages.doc", "sender_domains.msg", "recipient_domains.msg",
                "deliveries.msg", "deliveries.seq", "delivery_domains.msg", "delivery_domains.seq", "hourly_counts.n");
    }

    [Fact]
    public async Task The_created_tables_have_exactly_the_mapped_columns()
    {
        await using (await SqliteMessageStore.OpenAsync(_temp.Path))
        {
        }
        foreach (var table in SqliteSchema.Columns.Select(c => c.Table).Distinct())
        {
            Strings($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid")
                .Should().Equal(SqliteSchema.ColumnsOf(table).Select(c => c.Name), table);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_by_writer_and_reader()
    {
        await File.WriteAllTextAsync(_temp.Path, "Thu Mar  1 10:00:00 2024 Info: this is a log file, not a store\n");
        var write = () => SqliteMessageStore.OpenAsync(_temp.Path);
        (await write.Should().ThrowAsync<SqliteStoreException>())
            .Where(e => e.Problem == SqliteStoreProblem.NotAStore && e.Message.Contains("not an esatls store"));
        var read = () => SqliteQueryBackend.Open(_temp.Path);
        read.Should().Throw<SqliteStoreException>().Where(e => e.Problem == SqliteStoreProblem.NotAStore);
        (await File.ReadAllTextAsync(_temp.Path)).Should().StartWith("Thu Mar", "the file is left untouched");
    }

    [Fact]
    public async Task A_database_of_another_application_is_refused()
    {
        using (var connection = Raw())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        }
        var write = () => SqliteMessageStore.OpenAsync(_temp.Path);
        (await write.Should().ThrowAsync<SqliteStoreException>()).Which.Message.Should().Contain("another application");
        Strings("PRAGMA journal_mode").Should().Equal(["delete"], "a database that is not a store is left as it was");
        FluentActions.Invoking(() => SqliteQueryBackend.Open(_temp.Path))
            .Should().Throw<SqliteStoreException>().Where(e => e.Problem == SqliteStoreProblem.NotAStore);
    }

    [Fact]
    public async Task A_store_with_a_newer_schema_is_refused()
    {
        await using (await SqliteMessageStore.OpenAsync(_temp.Path))
        {
        }
        using (var connection = Raw())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO esatls_schema (version, applied_utc, contract_version) VALUES (99, 'later', 1)";
            command.ExecuteNonQuery();
        }
        FluentActions.Invoking(() => SqliteQueryBackend.Open(_temp.Path))
            .Should().Throw<SqliteStoreException>()
            .Where(e => e.Problem == SqliteStoreProblem.NewerSchema && e.Message.Contains("99"));
    }

    [Fact]
    public async Task Missing_and_empty_files_give_clear_errors_to_readers_and_an_empty_file_becomes_a_store()
    {
        FluentActions.Invoking(() => SqliteQueryBackend.Open(_temp.Path))
            .Should().Throw<SqliteStoreException>()
            .Where(e => e.Problem == SqliteStoreProblem.NotFound && e.Message.Contains(_temp.Path));
        File.Exists(_temp.Path).Should().BeFalse("a reader never creates a store");

        await File.WriteAllBytesAsync(_temp.Path, []);
        FluentActions.Invoking(() => SqliteQueryBackend.Open(_temp.Path))
            .Should().Throw<SqliteStoreException>().Where(e => e.Problem == SqliteStoreProblem.NotAStore && e.Message.Contains("empty"));
        await using (await SqliteMessageStore.OpenAsync(_temp.Path))
        {
        }
        await using var backend = SqliteQueryBackend.Open(_temp.Path);
        (await backend.SearchAsync(new MessageFilter(), null, CancellationToken.None).CountAsync()).Should().Be(0);

        var nowhere = Path.Combine(_temp.Directory, "no-such-dir", "esatls.db");
        var write = () => SqliteMessageStore.OpenAsync(nowhere);
        (await write.Should().ThrowAsync<SqliteStoreException>()).Which.Problem.Should().Be(SqliteStoreProblem.CannotOpen);
        FluentActions.Invoking(() => SqliteQueryBackend.Open(_temp.Directory))
            .Should().Throw<SqliteStoreException>().Which.Message.Should().Contain("directory");
    }

    [Fact]
    public async Task The_query_backend_never_writes()
    {
        await _temp.FillAsync([Record(1)]);
        var before = File.GetLastWriteTimeUtc(_temp.Path);
        var length = new FileInfo(_temp.Path).Length;
        await using (var backend = SqliteQueryBackend.Open(_temp.Path))
        {
            await backend.CoverageAsync(new MessageFilter(), new CoverageQuery(CoverageBy.Day, Leg.Any), CancellationToken.None);
        }
        new FileInfo(_temp.Path).Length.Should().Be(length);
        File.GetLastWriteTimeUtc(_temp.Path).Should().Be(before);
    }
}
