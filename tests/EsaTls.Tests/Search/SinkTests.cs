using System.Collections;
using System.Text.Json.Nodes;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Search;

namespace EsaTls.Tests.Search;

public sealed class SinkTests : IDisposable
{
    private readonly string stateDir = Path.Combine(Path.GetTempPath(), "esatls-sink-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> warnings = [];

    public void Dispose()
    {
        if (Directory.Exists(stateDir))
        {
            Directory.Delete(stateDir, recursive: true);
        }
    }

    private SearchSinkOptions Options(Func<SearchSinkOptions, SearchSinkOptions>? change = null)
    {
        var options = new SearchSinkOptions
        {
            StateDirectory = stateDir,
            InitialBackoff = TimeSpan.FromMilliseconds(5),
            MaxBackoff = TimeSpan.FromMilliseconds(50),
            MaxBatchDocuments = 50,
            OnWarning = w => { lock (warnings) { warnings.Add(w); } },
        };
        return change is null ? options : change(options);
    }

    private static SearchConnection Connect(FakeCluster cluster, TimeSpan? timeout = null, string? password = null) =>
        SearchConnection.FromOptions(new SearchConnectionOptions
        {
            Urls = [cluster.UrlText],
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
            Username = password is null ? null : "ingest",
            Password = password,
        }, _ => null);

    private static IngestCheckpoint Checkpoint(int n) => new()
    {
        Inputs = [new InputPosition("/var/log/esa/mail.current", "fp", n * 100, false, null)],
        CorrelatorState = "state-" + n,
    };

    private string? SavedState() =>
        File.Exists(Path.Combine(stateDir, "checkpoint.json"))
            ? JsonNode.Parse(File.ReadAllText(Path.Combine(stateDir, "checkpoint.json")))!["checkpoint"]!["CorrelatorState"]!.GetValue<string>()
            : null;

    private static async Task WaitUntil(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }
        condition().Should().BeTrue($"{what} should happen");
    }

    private static void ExactlyOnce(FakeCluster cluster, IReadOnlyCollection<MessageRecord> records)
    {
        var stored = cluster.Documents();
        stored.Keys.Should().BeEquivalentTo(records.Select(r => r.Id).Distinct());
        cluster.DocumentCount().Should().Be(stored.Count, "each id lives in exactly one index");
    }

    [Theory]
    [InlineData(SearchEngine.Elasticsearch)]
    [InlineData(SearchEngine.OpenSearch)]
    public async Task Writes_every_record_to_its_monthly_index_then_saves_the_checkpoint(SearchEngine engine)
    {
        await using var cluster = await FakeCluster.StartAsync(engine);
        using var connection = Connect(cluster);
        var records = SearchTestData.Records(120, new DateTime(2026, 2, 27, 0, 0, 0, DateTimeKind.Utc)).Select((r, i) =>
            i % 2 == 0 ? r : r with { Document = r.Document with { Timestamp = r.Document.Timestamp.AddDays(3) } }).ToList();
        records = [.. records.Select(r => r with { Id = Core.Contract.DocumentId.For("esa1", r.Document.Esa.Mid, r.Document.Timestamp) })];
        await using (var sink = await SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None))
        {
            (await sink.LoadCheckpointAsync(CancellationToken.None)).Should().BeNull();
            await sink.CommitAsync(records, Checkpoint(1), CancellationToken.None);
            (await sink.LoadCheckpointAsync(CancellationToken.None))!.CorrelatorState.Should().Be("state-1");
            sink.Stats.Sent.Should().Be(120);
            sink.Stats.DeadLettered.Should().Be(0);
            sink.Stats.Batches.Should().BeGreaterThanOrEqualTo(3);
            sink.Stats.Bytes.Should().BeGreaterThan(0);
        }
        ExactlyOnce(cluster, records);
        foreach (var r in records)
        {
            cluster.Documents(r.Index).Should().ContainKey(r.Id);
        }
        cluster.IndexNames().Should().Equal("esatls-messages-2026.02", "esatls-messages-2026.03");
        cluster.Requests.Where(r => r.Path == "/_bulk").Should().OnlyContain(r => r.ContentType!.StartsWith("application/x-ndjson", StringComparison.Ordinal));
        if (engine == SearchEngine.Elasticsearch)
        {
            // Created ahead of the first write, with the month's ILM origination date.
            cluster.IndexSettings("esatls-messages-2026.02")["index.lifecycle.origination_date"]!.GetValue<string>()
                .Should().Be(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            cluster.Requests.Should().NotContain(r => r.Method == "PUT");
        }

        // A new sink on the same state folder resumes from the saved checkpoint.
        using var again = Connect(cluster);
        await using var reopened = await SearchMessageSink.CreateAsync(again, Options(), CancellationToken.None);
        (await reopened.LoadCheckpointAsync(CancellationToken.None))!.Inputs.Single().Offset.Should().Be(100);
        Directory.GetFiles(stateDir).Select(Path.GetFileName).Should().NotContain(f => f!.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Later_versions_replace_earlier_ones()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = Connect(cluster);
        var v1 = SearchTestData.Records(40);
        var v2 = v1.Select(r => r with { Document = r.Document with { Email = r.Document.Email with { Subject = "v2" } } }).ToList();
        var v3 = v1.Take(10).Select(r => r with { Document = r.Document with { Email = r.Document.Email with { Subject = "v3" } } }).ToList();
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(o => o with { Senders = 4, MaxBatchDocuments = 7 }), CancellationToken.None);
        await sink.CommitAsync(v1, Checkpoint(1), CancellationToken.None);
        // Two versions of the same ids inside one commit: the later one wins.
        await sink.CommitAsync([.. v2, .. v3], Checkpoint(2), CancellationToken.None);
        var stored = cluster.Documents();
        stored.Should().HaveCount(40);
        foreach (var r in v1)
        {
            stored[r.Id]["email"]!["subject"]!.GetValue<string>().Should().Be(v3.Any(x => x.Id == r.Id) ? "v3" : "v2");
        }
    }

    [Fact]
    public async Task Item_failures_are_retried_or_dead_lettered_and_nothing_is_lost()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        var records = SearchTestData.Records(60);
        var ids = records.Select(r => r.Id).ToList();
        var throttled = ids.Take(10).ToHashSet();
        var unparsable = ids.Skip(10).Take(3).ToHashSet();
        var conflicting = ids.Skip(13).Take(2).ToHashSet();
        var broken = ids.Skip(15).Take(2).ToHashSet();
        cluster.ItemFault = (id, attempt) =>
            throttled.Contains(id) && attempt <= 2 ? (429, "es_rejected_execution_exception")
            : unparsable.Contains(id) ? (400, "mapper_parsing_exception")
            : conflicting.Contains(id) ? (409, "version_conflict_engine_exception")
            : broken.Contains(id) ? (503, "unavailable_shards_exception")
            : null;
        using var connection = Connect(cluster);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(o => o with { MaxItemAttempts = 4 }), CancellationToken.None);

        await sink.CommitAsync(records, Checkpoint(1), CancellationToken.None);

        var stored = cluster.Documents();
        stored.Keys.Should().BeEquivalentTo(ids.Except(unparsable).Except(conflicting).Except(broken));
        foreach (var id in throttled)
        {
            cluster.Attempts(id).Should().Be(3);
        }
        foreach (var id in broken)
        {
            cluster.Attempts(id).Should().Be(4, "a 5xx item is tried MaxItemAttempts times");
        }
        foreach (var id in unparsable.Concat(conflicting))
        {
            cluster.Attempts(id).Should().Be(1, "other 4xx items are not retried");
        }

        var lines = File.ReadAllLines(sink.DeadLetterPath).Select(l => JsonNode.Parse(l)!).ToList();
        lines.Should().HaveCount(7);
        lines.Select(l => l["action"]!["index"]!["_id"]!.GetValue<string>()).Should().BeEquivalentTo(unparsable.Concat(conflicting).Concat(broken));
        var mapper = lines.First(l => unparsable.Contains(l["action"]!["index"]!["_id"]!.GetValue<string>()));
        mapper["status"]!.GetValue<int>().Should().Be(400);
        mapper["error"]!["type"]!.GetValue<string>().Should().Be("mapper_parsing_exception");
        mapper["error"]!["reason"]!.GetValue<string>().Should().NotBeEmpty();
        mapper["action"]!["index"]!["_index"]!.GetValue<string>().Should().Be("esatls-messages-2026.03");
        mapper["document"]!["email"]!["local_id"]!.GetValue<string>().Should().NotBeEmpty();
        lines.Where(l => l["status"]!.GetValue<int>() == 409).Should().HaveCount(2);
        lines.Where(l => l["status"]!.GetValue<int>() == 503).Should().OnlyContain(l => l["attempts"]!.GetValue<int>() == 4);

        sink.Stats.Sent.Should().Be(53);
        sink.Stats.DeadLettered.Should().Be(7);
        sink.Stats.Retried.Should().Be((10 * 2) + (2 * 3));
        SavedState().Should().Be("state-1", "dead-lettered records are accounted for, so the checkpoint advances");
        warnings.Should().Contain(w => w.Contains("dead-letter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Whole_request_failures_are_repeated_without_loss_or_duplicates()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.OpenSearch);
        var refused = 0;
        cluster.Intercept = r => r.Path == "/_bulk" && Interlocked.Increment(ref refused) <= 4
            ? (refused % 2 == 0 ? new FakeReply(503, "{\"error\":\"unavailable\"}") : FakeCluster.Error(429, "es_rejected_execution_exception", "queue full"))
            : null;
        using var connection = Connect(cluster);
        var records = SearchTestData.Records(90);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None);
        await sink.CommitAsync(records, Checkpoint(1), CancellationToken.None);
        ExactlyOnce(cluster, records);
        records.Should().OnlyContain(r => cluster.Attempts(r.Id) == 1, "refused requests never reached the index");
        sink.Stats.Retried.Should().BeGreaterThan(0);
        sink.Stats.Sent.Should().Be(90);
        SavedState().Should().Be("state-1");
    }

    [Fact]
    public async Task A_request_that_times_out_is_repeated()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        cluster.BulkDelayFor = n => n == 1 ? TimeSpan.FromSeconds(10) : TimeSpan.Zero;
        using var connection = Connect(cluster, TimeSpan.FromMilliseconds(1500));
        var records = SearchTestData.Records(20);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(o => o with { Senders = 1 }), CancellationToken.None);
        await sink.CommitAsync(records, Checkpoint(1), CancellationToken.None);
        ExactlyOnce(cluster, records);
        cluster.BulkRequests.Should().BeGreaterThanOrEqualTo(2);
        sink.Stats.Retried.Should().BeGreaterThanOrEqualTo(20);
        warnings.Should().Contain(w => w.Contains("timed out", StringComparison.Ordinal) || w.Contains("no answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Connection_refused_then_recovery()
    {
        var first = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        var port = first.Url.Port;
        using var connection = Connect(first, TimeSpan.FromSeconds(2));
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None);
        await first.DisposeAsync();

        var records = SearchTestData.Records(30);
        var commit = sink.CommitAsync(records, Checkpoint(1), CancellationToken.None);
        await WaitUntil(() => sink.Stats.Retried >= 30, "a refused connection is retried");
        commit.IsCompleted.Should().BeFalse();
        SavedState().Should().BeNull();

        await using var second = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, port: port);
        await commit;
        ExactlyOnce(second, records);
        SavedState().Should().Be("state-1");
        warnings.Should().Contain(w => w.Contains("no answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_checkpoint_only_advances_after_the_cluster_acknowledged()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = Connect(cluster);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None);
        await sink.CommitAsync(SearchTestData.Records(5), Checkpoint(1), CancellationToken.None);
        SavedState().Should().Be("state-1");

        var release = new TaskCompletionSource();
        cluster.BulkGate = release.Task;
        var commit = sink.CommitAsync(SearchTestData.Records(5, new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc)), Checkpoint(2), CancellationToken.None);
        await WaitUntil(() => cluster.ActiveBulk > 0, "the bulk request is in flight");
        commit.IsCompleted.Should().BeFalse();
        SavedState().Should().Be("state-1", "nothing of commit 2 is acknowledged yet");
        release.SetResult();
        await commit;
        SavedState().Should().Be("state-2");
    }

    [Fact]
    public async Task When_the_cluster_never_answers_the_commit_fails_and_the_checkpoint_stays()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = Connect(cluster);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(o => o with { GiveUpAfter = TimeSpan.FromMilliseconds(300) }), CancellationToken.None);
        await sink.CommitAsync(SearchTestData.Records(3), Checkpoint(1), CancellationToken.None);
        cluster.Intercept = r => r.Path == "/_bulk" ? new FakeReply(502, "bad gateway") : null;

        var act = () => sink.CommitAsync(SearchTestData.Records(3, new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc)), Checkpoint(2), CancellationToken.None);
        (await act.Should().ThrowAsync<SearchRequestException>()).Which.Message.Should().Contain("502").And.Contain("checkpoint was not advanced");
        SavedState().Should().Be("state-1");
        var again = () => sink.CommitAsync([], Checkpoint(3), CancellationToken.None);
        await again.Should().ThrowAsync<SearchRequestException>();
        SavedState().Should().Be("state-1");
    }

    [Fact]
    public async Task Refused_credentials_fail_the_commit_without_printing_them()
    {
        const string password = "Hunter2-is-not-a-password";
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = Connect(cluster, password: password);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None);
        cluster.Intercept = r => r.Path == "/_bulk" ? FakeCluster.Error(401, "security_exception", "bad credentials " + password) : null;
        var act = () => sink.CommitAsync(SearchTestData.Records(3), Checkpoint(1), CancellationToken.None);
        var error = (await act.Should().ThrowAsync<SearchRequestException>()).Which;
        error.Status.Should().Be(401);
        error.Message.Should().Contain("security_exception").And.NotContain(password);
        sink.Description.Should().NotContain(password);
        SavedState().Should().BeNull();
    }

    [Fact]
    public async Task A_request_too_large_for_the_server_is_split()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        cluster.Intercept = r => r.Path == "/_bulk" && r.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 8
            ? new FakeReply(413, "") : null;
        using var connection = Connect(cluster);
        var records = SearchTestData.Records(25);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(o => o with { Senders = 1 }), CancellationToken.None);
        await sink.CommitAsync(records, Checkpoint(1), CancellationToken.None);
        ExactlyOnce(cluster, records);
        sink.Stats.DeadLettered.Should().Be(0);
    }

    [Fact]
    public async Task A_full_queue_makes_the_writer_wait()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        cluster.CreateIndexRaw("esatls-messages-2026.03");
        var release = new TaskCompletionSource();
        cluster.BulkGate = release.Task;
        using var connection = Connect(cluster);
        await using var sink = await SearchMessageSink.CreateAsync(connection,
            Options(o => o with { Senders = 2, QueueCapacity = 4, MaxBatchDocuments = 3 }), CancellationToken.None);
        var records = new CountingList(SearchTestData.Records(200));

        var commit = sink.CommitAsync(records, Checkpoint(1), CancellationToken.None);
        await WaitUntil(() => cluster.ActiveBulk == 2, "both senders are stuck in a request");
        var seen = -1;
        await WaitUntil(() =>
        {
            var now = records.Taken;
            var stable = now == seen;
            seen = now;
            return stable;
        }, "the writer stops taking records");
        // Two senders × (3 in flight + 2 queued), plus the one record waiting to be queued.
        records.Taken.Should().BeLessThanOrEqualTo(11);
        commit.IsCompleted.Should().BeFalse();

        release.SetResult();
        await commit;
        ExactlyOnce(cluster, records);
        cluster.MaxConcurrentBulk.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task Disposal_sends_what_was_queued()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        cluster.CreateIndexRaw("esatls-messages-2026.03");
        var release = new TaskCompletionSource();
        cluster.BulkGate = release.Task;
        using var connection = Connect(cluster);
        var sink = await SearchMessageSink.CreateAsync(connection, Options(o => o with { Senders = 1, QueueCapacity = 50, MaxBatchDocuments = 10 }), CancellationToken.None);
        var records = new CountingList(SearchTestData.Records(30));
        using var cancel = new CancellationTokenSource();
        var commit = sink.CommitAsync(records, Checkpoint(1), cancel.Token);
        await WaitUntil(() => records.Taken == 30 && cluster.ActiveBulk == 1, "everything is queued");
        await cancel.CancelAsync();
        var act = () => commit;
        await act.Should().ThrowAsync<OperationCanceledException>();
        release.SetResult();
        await sink.DisposeAsync();
        ExactlyOnce(cluster, records);
        SavedState().Should().BeNull("a cancelled commit saves no checkpoint");
    }

    [Fact]
    public async Task A_checkpoint_from_another_cluster_is_refused()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using (var connection = Connect(cluster))
        {
            await using var sink = await SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None);
            await sink.CommitAsync(SearchTestData.Records(2), Checkpoint(1), CancellationToken.None);
        }
        await using var other = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        other.ClusterUuid = "another-cluster";
        using var otherConnection = Connect(other);
        await using var otherSink = await SearchMessageSink.CreateAsync(otherConnection, Options(), CancellationToken.None);
        var act = () => otherSink.LoadCheckpointAsync(CancellationToken.None);
        (await act.Should().ThrowAsync<SearchConfigurationException>()).Which.Message.Should().Contain("another-cluster").And.Contain("fake-cluster-uuid-0001");
    }

    [Fact]
    public async Task One_state_folder_has_one_writer()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = Connect(cluster);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None);
        var act = () => SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None);
        (await act.Should().ThrowAsync<SearchConfigurationException>()).Which.Message.Should().Contain("in use");
    }

    [Fact]
    public async Task A_corrupt_checkpoint_file_is_named()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        using var connection = Connect(cluster);
        await using var sink = await SearchMessageSink.CreateAsync(connection, Options(), CancellationToken.None);
        await File.WriteAllTextAsync(sink.CheckpointPath, "{not json");
        var act = () => sink.LoadCheckpointAsync(CancellationToken.None);
        (await act.Should().ThrowAsync<SearchConfigurationException>()).Which.Message.Should().Contain("checkpoint.json").And.Contain("unreadable");
    }

    /// <summary>A record list that counts how far the sink has read it.</summary>
    private sealed class CountingList(List<MessageRecord> items) : IReadOnlyList<MessageRecord>
    {
        private int taken;

        public int Taken => Volatile.Read(ref taken);

        public MessageRecord this[int index] => items[index];

        public int Count => items.Count;

        public IEnumerator<MessageRecord> GetEnumerator()
        {
            foreach (var item in items)
            {
                Interlocked.Increment(ref taken);
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
