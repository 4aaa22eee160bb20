using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Sqlite;
using Microsoft.Data.Sqlite;

namespace EsaTls.Tests.Stores;

/// <summary>The shared backend suite against a store loaded with deferred indexes: built, and hourly counts recounted, at the end.</summary>
public sealed class SqliteBulkLoadQueryBackendTests(QueryBackendFixture fixture) : SqliteStoreQueryBackendContract(fixture)
{
    protected override SqliteBulkLoad BulkLoad => SqliteBulkLoad.Always;
}

/// <summary>
/// The shared backend suite against a store whose bulk load never finished: no secondary indexes, no count
/// triggers, and hourly counts that no longer match the messages. Readers must answer from the messages.
/// </summary>
public sealed class SqliteUnfinishedBulkLoadQueryBackendTests(QueryBackendFixture fixture) : SqliteStoreQueryBackendContract(fixture)
{
    protected override void AfterFill(string path) => SqliteBulkLoadTests.InterruptLoad(path);
}

public sealed class SqliteBulkLoadTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>What a killed bulk load leaves: indexes and triggers dropped, and counts that differ from the messages.</summary>
    internal static void InterruptLoad(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        SqliteDeferredIndexes.Defer(connection);
        SqliteStoreFile.Execute(connection, "UPDATE hourly_counts SET n = n + 1000");
        SqliteStoreFile.Execute(connection, "DELETE FROM hourly_counts WHERE hour % 3 = 0");
    }

    private List<string> Strings(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_temp.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetValue(0).ToString()!);
        }
        return result;
    }

    private List<string> IndexesAndTriggers() =>
        Strings("SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name");

    private static List<string> AllIndexesAndTriggers() =>
        [.. SqliteSchema.Indexes.Select(i => i.Name).Concat(SqliteSchema.CountTriggers).Order(StringComparer.Ordinal)];

    private const string Recount =
        "SELECT hour || host || direction || receive_status || deliver_status || lacked || unknown || ':' || count(*) FROM messages "
        + "GROUP BY hour, host, direction, receive_status, deliver_status, lacked, unknown ORDER BY 1";

    private const string Counted =
        "SELECT hour || host || direction || receive_status || deliver_status || lacked || unknown || ':' || n FROM hourly_counts WHERE n > 0 ORDER BY 1";

    [Fact]
    public async Task A_bulk_load_keeps_only_the_id_index_until_the_store_closes_then_builds_the_rest_and_recounts()
    {
        var corpus = QueryCorpus.Build(120);
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path, SqliteBulkLoad.Always))
        {
            store.BeforeLoad(0);
            store.Deferred.Should().BeTrue();
            await store.CommitAsync([.. corpus.Take(70)], null, CancellationToken.None);
            IndexesAndTriggers().Should().Equal("ux_messages_id");
            await store.CommitAsync([.. corpus.Skip(70)], null, CancellationToken.None);
        }
        IndexesAndTriggers().Should().Equal(AllIndexesAndTriggers());
        Strings(Counted).Should().Equal(Strings(Recount)).And.NotBeEmpty();
    }

    [Fact]
    public async Task Auto_defers_only_when_the_input_is_at_least_as_large_as_the_store()
    {
        await _temp.FillAsync(QueryCorpus.Build(60));
        var size = new FileInfo(_temp.Path).Length;
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path, SqliteBulkLoad.Auto))
        {
            store.BeforeLoad(size / 2);
            store.Deferred.Should().BeFalse();
        }
        IndexesAndTriggers().Should().Equal(AllIndexesAndTriggers());
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path, SqliteBulkLoad.Auto))
        {
            store.BeforeLoad(size);
            store.Deferred.Should().BeTrue();
            IndexesAndTriggers().Should().Equal("ux_messages_id");
        }
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path, SqliteBulkLoad.Never))
        {
            store.BeforeLoad(long.MaxValue);
            store.Deferred.Should().BeFalse();
        }
    }

    [Fact]
    public async Task The_next_writer_finishes_an_interrupted_bulk_load_before_it_writes()
    {
        var corpus = QueryCorpus.Build(90);
        await _temp.FillAsync([.. corpus.Take(50)]);
        InterruptLoad(_temp.Path);
        Strings(Counted).Should().NotEqual(Strings(Recount));

        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path))
        {
            store.IndexBuildTime.Should().BePositive("the writer reports that it built them");
            IndexesAndTriggers().Should().Equal(AllIndexesAndTriggers());
            Strings(Counted).Should().Equal(Strings(Recount));
            // The triggers count from here on.
            await store.CommitAsync([.. corpus.Skip(50)], null, CancellationToken.None);
        }
        Strings(Counted).Should().Equal(Strings(Recount));
        Strings("SELECT count(*) FROM messages").Should().Equal(corpus.Select(r => r.Id).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_small_load_into_a_store_whose_bulk_load_was_killed_writes_then_finishes_that_load()
    {
        var corpus = QueryCorpus.Build(90);
        await _temp.FillAsync([.. corpus.Take(50)]);
        InterruptLoad(_temp.Path);
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path, SqliteBulkLoad.Auto))
        {
            store.BeforeLoad(0);
            store.Deferred.Should().BeFalse();
            await store.CommitAsync([.. corpus.Skip(50)], null, CancellationToken.None);
        }
        IndexesAndTriggers().Should().Equal(AllIndexesAndTriggers());
        Strings(Counted).Should().Equal(Strings(Recount));
    }

    [Fact]
    public void A_record_copied_with_another_document_serialises_that_document()
    {
        var record = QueryCorpus.Build(3)[0];
        var first = System.Text.Encoding.UTF8.GetString(record.Utf8Json);
        var changed = record with { Document = QueryCorpus.Build(3)[1].Document };
        System.Text.Encoding.UTF8.GetString(changed.Utf8Json).Should().Be(DocumentJsonText(changed)).And.NotBe(first);
        changed.Should().NotBe(record);
        (record with { }).Should().Be(record);
    }

    private static string DocumentJsonText(MessageRecord record) => EsaTls.Core.Contract.DocumentJson.Serialize(record.Document);

    [Fact]
    public async Task A_store_closed_after_a_failed_load_still_gets_its_indexes()
    {
        var corpus = QueryCorpus.Build(40);
        await using (var store = await SqliteMessageStore.OpenAsync(_temp.Path, SqliteBulkLoad.Always))
        {
            store.BeforeLoad(0);
            await store.CommitAsync([.. corpus.Take(20)], null, CancellationToken.None);
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            var commit = () => store.CommitAsync([.. corpus.Skip(20)], null, cancelled.Token);
            await commit.Should().ThrowAsync<OperationCanceledException>();
        }
        IndexesAndTriggers().Should().Equal(AllIndexesAndTriggers());
        Strings(Counted).Should().Equal(Strings(Recount));
        Strings("SELECT count(*) FROM messages").Should().Equal("20");
    }
}
