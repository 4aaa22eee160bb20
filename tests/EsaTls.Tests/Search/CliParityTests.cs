using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Tests.Ingest;
using EsaTls.Tests.Query;

namespace EsaTls.Tests.Search;

/// <summary>
/// End to end through both command lines: the shipped samples ingested with <c>esatls-ingest files</c> into
/// SQLite and into the cluster double (Elasticsearch 9 and 8, OpenSearch 2) must give byte-identical answers
/// to every query command in json and csv.
/// </summary>
public sealed partial class CliParityTests : IClassFixture<CliParityTests.SampleStore>, IDisposable
{
    public static readonly string[] SampleArgs = ["files", IngestCli.Samples, "--timezone", "+05:30", "--year", "2025"];

    private readonly SampleStore store;
    private readonly DirectoryInfo state = Directory.CreateTempSubdirectory("esatls-parity-");

    public CliParityTests(SampleStore store) => this.store = store;

    public void Dispose() => state.Delete(recursive: true);

    /// <summary>The samples in a SQLite store, ingested once for the class.</summary>
    public sealed class SampleStore : IAsyncLifetime
    {
        private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("esatls-parity-db-");

        public string Path => System.IO.Path.Combine(dir.FullName, "samples.db");

        public string Summary { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var run = await IngestCli.RunAsync([.. SampleArgs, "--store", Path]);
            run.ExitCode.Should().Be(0, run.Error);
            Summary = run.Out;
        }

        public Task DisposeAsync()
        {
            dir.Delete(recursive: true);
            return Task.CompletedTask;
        }
    }

    public static TheoryData<SearchEngine, string> Engines => new()
    {
        { SearchEngine.Elasticsearch, "9.1.0" },
        { SearchEngine.Elasticsearch, "8.15.3" },
        { SearchEngine.OpenSearch, "2.11.1" },
    };

    private static string[] ClusterOption(FakeCluster cluster) =>
        [cluster.Engine == SearchEngine.Elasticsearch ? "--elasticsearch" : "--opensearch", cluster.UrlText];

    /// <summary>Every query command with its variants (format added by the caller).</summary>
    private static IEnumerable<string[]> Queries()
    {
        foreach (var leg in new[] { "any", "receive", "deliver" })
        {
            yield return ["lacking-tls", "--leg", leg, "--all"];
            yield return ["lacking-tls", "--leg", leg, "--include-unknown", "--all"];
        }
        yield return ["lacking-tls"];
        yield return ["lacking-tls", "--limit", "7", "--host", "esa3.example.net"];
        yield return ["lacking-tls", "--include-unknown", "--since", "2025-03-03T10:00", "--until", "2025-03-03T16:30:00+05:30", "--all"];
        yield return ["messages", "--all"];
        yield return ["messages", "--limit", "25"];
        yield return ["messages", "--host", "esa3.example.net", "--all"];
        yield return ["messages", "--sender-domain", "EXAMPLE.net", "--all"];
        yield return ["messages", "--recipient-domain", "example.org", "--direction", "inbound", "--all"];
        yield return ["messages", "--direction", "outbound", "--all"];
        yield return ["messages", "--receive-status", "failed,none", "--all"];
        yield return ["messages", "--receive-status", "unknown", "--deliver-status", "success", "--all"];
        yield return ["messages", "--deliver-status", "partial,not_delivered", "--all"];
        yield return ["messages", "--since", "2025-03-03T12:00", "--until", "2025-03-03T13:00", "--all"];
        yield return ["messages", "--sender-domain", "no-such-domain.example", "--all"];
        foreach (var by in new string?[] { null, "host", "sender-domain", "recipient-domain", "day", "hour", "tls-version" })
        {
            foreach (var leg in new[] { "any", "receive", "deliver" })
            {
                yield return by is null ? ["coverage", "--leg", leg] : ["coverage", "--by", by, "--leg", leg];
            }
        }
        yield return ["coverage", "--by", "host", "--fail-under", "50"];
        yield return ["coverage", "--by", "hour", "--leg", "deliver", "--recipient-domain", "example.net", "--since", "2025-03-03T06:00"];
        foreach (var by in new[] { "reason", "peer", "domain" })
        {
            yield return ["failures", "--by", by];
            yield return ["failures", "--by", by, "--host", "esa3.example.net"];
        }
    }

    /// <summary>
    /// Runs a query. <c>event.ingested</c> is the wall clock of each ingest run, the one value two runs over
    /// the same logs cannot share, so it is blanked in the output (json and ndjson show whole documents).
    /// </summary>
    private static async Task<CliRunner.Result> Query(string[] args, string[] backend)
    {
        var result = await CliRunner.RunAsync([.. args, .. backend]);
        return result with { Out = Ingested().Replace(result.Out, "\"ingested\":\"-\"") };
    }

    /// <summary>Every query of <see cref="Queries"/> in json and csv: the cluster's answer byte for byte equal to SQLite's.</summary>
    private static async Task<int> AssertSameAnswersAsync(string[] sqlite, string[] search)
    {
        var compared = 0;
        foreach (var query in Queries())
        {
            foreach (var format in new[] { "json", "csv" })
            {
                string[] args = [.. query, "--format", format];
                var expected = await Query(args, sqlite);
                var actual = await Query(args, search);
                var what = string.Join(' ', args);
                expected.ExitCode.Should().BeOneOf([0, 3], $"{what} on SQLite: {expected.Error}");
                actual.ExitCode.Should().Be(expected.ExitCode, $"{what}: {actual.Error}");
                actual.Out.Should().Be(expected.Out, what);
                actual.Error.Should().Be(expected.Error, what);
                compared++;
            }
        }
        return compared;
    }

    [GeneratedRegex("\"ingested\":\"[^\"]*\"")]
    private static partial Regex Ingested();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Samples_ingested_into_the_cluster_answer_every_query_exactly_like_sqlite(SearchEngine engine, string version)
    {
        await using var cluster = await FakeCluster.StartAsync(engine, version);
        var compared = await IngestAndCompareAsync(store.Path, ClusterOption(cluster), state.FullName, () => Task.CompletedTask);
        cluster.DocumentCount().Should().Be(322);
        cluster.Requests.Count(r => r.Path.EndsWith("_search", StringComparison.Ordinal)).Should().BeGreaterThan(compared, "every query ran on the cluster");
        cluster.OpenContexts().Should().Be(0);
    }

    /// <summary>
    /// The samples through <c>esatls-ingest files</c> into the cluster, then every query command (json and csv)
    /// and <c>show</c> for a few MIDs (json, ndjson, table) compared with the SQLite store at
    /// <paramref name="sqlitePath"/>. Shared with the container tests; returns the number of comparisons.
    /// </summary>
    public static async Task<int> IngestAndCompareAsync(string sqlitePath, string[] cluster, string stateDirectory, Func<Task> afterIngest)
    {
        ArgumentNullException.ThrowIfNull(afterIngest);
        var ingest = await IngestCli.RunAsync([.. SampleArgs, .. cluster, "--state-dir", stateDirectory]);
        ingest.ExitCode.Should().Be(0, ingest.Error);
        ingest.Out.Should().Contain("messages       322 written to ").And.Contain("lacked TLS   152").And.Contain("unknown      41")
            .And.Contain("cluster        322 documents acknowledged");
        await afterIngest();

        var sqlite = new[] { "--store", sqlitePath };
        var compared = await AssertSameAnswersAsync(sqlite, cluster);

        // show: a few MIDs, including one that several appliances logged, if the samples have one.
        using var all = JsonDocument.Parse((await Query(["messages", "--all", "--format", "json"], sqlite)).Out);
        var messages = all.RootElement.EnumerateArray().ToList();
        messages.Should().HaveCount(322);
        var mids = messages.Select(m => m.GetProperty("esa").GetProperty("mid").GetRawText()).ToList();
        var chosen = mids.Take(2).Concat(mids.Skip(150).Take(1)).Concat(mids.TakeLast(1))
            .Concat(mids.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => g.Key).Take(1))
            .Append("424242").Distinct().ToList();
        foreach (var mid in chosen)
        {
            foreach (var format in new[] { "json", "ndjson", "table" })
            {
                string[] args = ["show", mid, "--format", format];
                var expected = await Query(args, sqlite);
                var actual = await Query(args, cluster);
                var what = string.Join(' ', args);
                actual.ExitCode.Should().Be(expected.ExitCode, $"{what}: {actual.Error}");
                actual.Out.Should().Be(expected.Out, what);
                actual.Error.Should().Be(expected.Error, what);
                compared++;
            }
        }
        compared.Should().BeGreaterThan(100);
        return compared;
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Setup_twice_reports_everything_unchanged_the_second_time(SearchEngine engine, string version)
    {
        await using var cluster = await FakeCluster.StartAsync(engine, version);
        var first = await IngestCli.RunAsync(["setup", .. ClusterOption(cluster)]);
        first.ExitCode.Should().Be(0, first.Error);
        var firstChanges = first.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        firstChanges.Should().NotBeEmpty().And.Contain(l => l.Contains(": created", StringComparison.Ordinal));

        var second = await IngestCli.RunAsync(["setup", .. ClusterOption(cluster)]);
        second.ExitCode.Should().Be(0, second.Error);
        var secondChanges = second.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        secondChanges.Should().HaveCount(firstChanges.Count).And.OnlyContain(l => l.Contains(": unchanged", StringComparison.Ordinal));
    }

    /// <summary>
    /// A cluster that rejects and drops: 503 for the first index creation and two bulk requests, 429 for
    /// another, one request applied but its answer lost, 429 items (some twice), and a few 400 mapping errors
    /// that no retry can cure. Timeouts and refused connections are covered per sink in <see cref="SinkTests"/>.
    /// </summary>
    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Files_into_a_rejecting_cluster_loses_nothing_and_reports_retries_and_dead_letters(SearchEngine engine, string version)
    {
        await using var sqlite = SqliteQueryBackend.Open(store.Path);
        var expected = await sqlite.SearchAsync(new MessageFilter(), null, CancellationToken.None).ToListAsync();
        expected.Should().HaveCount(322);
        var unmappable = expected.Where((_, i) => i % 40 == 5).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        unmappable.Should().HaveCount(8);

        await using var cluster = await FakeCluster.StartAsync(engine, version);
        var numbers = new ConcurrentDictionary<FakeRequest, int>(ReferenceEqualityComparer.Instance);
        var bulkRequests = 0;
        var indexCreations = 0;
        var refused = 0;
        var lost = 0;
        cluster.Intercept = r =>
        {
            var unavailable = r.Method == "PUT" && r.Path.StartsWith("/esatls-messages-", StringComparison.Ordinal) && Interlocked.Increment(ref indexCreations) == 1;
            var throttled = false;
            if (r.Path == "/_bulk")
            {
                var n = numbers[r] = Interlocked.Increment(ref bulkRequests);
                unavailable |= n is 1 or 3;
                throttled = n == 2;
            }
            if (!unavailable && !throttled)
            {
                return null;
            }
            Interlocked.Increment(ref refused);
            return throttled
                ? FakeCluster.Error(429, "es_rejected_execution_exception", "rejected execution of coordinating operation")
                : FakeCluster.Error(503, "unavailable_shards_exception", "primary shard is not active");
        };
        // The 5th bulk request is applied, but its answer is lost: the client must send it again.
        cluster.ReplaceReply = r =>
        {
            if (!numbers.TryGetValue(r, out var n) || n != 5)
            {
                return null;
            }
            Interlocked.Increment(ref lost);
            return FakeCluster.Error(503, "unavailable_shards_exception", "reply lost");
        };
        cluster.ItemFault = (id, attempt) =>
            unmappable.Contains(id) ? (400, "mapper_parsing_exception")
            : (id[^1] % 3 == 0 && attempt == 1) || (id[^1] % 7 == 0 && attempt <= 2) ? (429, "es_rejected_execution_exception")
            : null;

        var ingest = await IngestCli.RunAsync([.. SampleArgs, .. ClusterOption(cluster), "--state-dir", state.FullName]);

        ingest.ExitCode.Should().Be(1, "documents were set aside: " + ingest.Error);
        ingest.Out.Should().Contain("messages       322 written to ");
        var report = ClusterLine().Match(ingest.Out);
        report.Success.Should().BeTrue(ingest.Out);
        report.Groups["sent"].Value.Should().Be("314");
        report.Groups["dead"].Value.Should().Be("8");
        int.Parse(report.Groups["retried"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture).Should().BeGreaterThan(322, "whole requests and single items were sent again");
        var deadLetters = Path.Combine(state.FullName, SearchSinkOptions.DeadLetterFileName);
        ingest.Error.Should().Contain("retrying").And.Contain($"the cluster refused 8 document(s); they are in {deadLetters}");
        refused.Should().Be(engine == SearchEngine.Elasticsearch ? 4 : 3, "Elasticsearch also creates the monthly index first");
        lost.Should().Be(1);
        cluster.Documents().Keys.Should().Contain(id => cluster.Attempts(id) > 2, "items were rejected and sent again");

        // Every message that was not set aside is in the cluster exactly once, in its monthly index, unchanged.
        var kept = expected.Where(r => !unmappable.Contains(r.Id)).ToList();
        cluster.DocumentCount().Should().Be(kept.Count, "no duplicates, in no index");
        AssertStored(cluster, kept);
        var letters = File.ReadAllLines(deadLetters).Select(l => JsonNode.Parse(l)!).ToList();
        letters.Select(l => l["action"]!["index"]!["_id"]!.GetValue<string>()).Should().BeEquivalentTo(unmappable);
        letters.Should().OnlyContain(l => l["status"]!.GetValue<int>() == 400 && l["error"]!["type"]!.GetValue<string>() == "mapper_parsing_exception");

        // Its answers are SQLite's answers over the same messages.
        var reference = Path.Combine(state.FullName, "kept.db");
        await using (var sink = await SqliteMessageStore.OpenAsync(reference, CancellationToken.None))
        {
            await sink.CommitAsync(kept, null, CancellationToken.None);
        }
        cluster.Intercept = null;
        cluster.ReplaceReply = null;
        cluster.ItemFault = null;
        (await AssertSameAnswersAsync(["--store", reference], ClusterOption(cluster))).Should().BeGreaterThan(50);

        // Replayed as docs/search.md says (action and document of each line), the cluster holds everything.
        var replay = new StringBuilder();
        foreach (var letter in letters)
        {
            replay.Append(letter["action"]!.ToJsonString()).Append('\n').Append(letter["document"]!.ToJsonString()).Append('\n');
        }
        using var http = new HttpClient();
        using var body = new StringContent(replay.ToString(), Encoding.UTF8, "application/x-ndjson");
        using var replayed = await http.PostAsync(new Uri(cluster.UrlText + "/_bulk"), body);
        replayed.IsSuccessStatusCode.Should().BeTrue();
        cluster.DocumentCount().Should().Be(322);
        AssertStored(cluster, expected);
    }

    /// <summary>
    /// A run cancelled while one bulk request hangs saves no checkpoint and leaves part of the documents;
    /// the next run reads the logs again and ends with every message exactly once.
    /// </summary>
    [Fact]
    public async Task A_rerun_after_an_interrupted_run_neither_loses_nor_duplicates()
    {
        await using var sqlite = SqliteQueryBackend.Open(store.Path);
        var expected = await sqlite.SearchAsync(new MessageFilter(), null, CancellationToken.None).ToListAsync();
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, "9.1.0");
        cluster.BulkDelayFor = n => n == 1 ? TimeSpan.FromMinutes(10) : TimeSpan.Zero;
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(async () =>
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await EsaTls.Ingest.Program.RunAsync(
                [.. SampleArgs, .. ClusterOption(cluster), "--state-dir", state.FullName],
                new EsaTls.Ingest.Cli.CliOutput(stdout, stderr, interactive: false, null), cancellationToken: cancel.Token);
            return new IngestRun(code, stdout.ToString(), stderr.ToString(), []);
        });
        // Interrupted while the first request hangs and the other sender's request was applied.
        for (var i = 0; i < 600 && !(cluster.ActiveBulk > 0 && cluster.DocumentCount() > 0); i++)
        {
            await Task.Delay(50);
        }
        cluster.DocumentCount().Should().BeGreaterThan(0);
        await cancel.CancelAsync();
        var interrupted = await run;
        interrupted.ExitCode.Should().Be(1);
        interrupted.Error.Should().Contain("interrupted");
        File.Exists(Path.Combine(state.FullName, SearchSinkOptions.CheckpointFileName)).Should().BeFalse("nothing was committed");
        var partial = cluster.DocumentCount();
        partial.Should().BeInRange(1, 321, "the hung request's documents never arrived");

        cluster.BulkDelayFor = null;
        var rerun = await IngestCli.RunAsync([.. SampleArgs, .. ClusterOption(cluster), "--state-dir", state.FullName]);
        rerun.ExitCode.Should().Be(0, rerun.Error);
        rerun.Out.Should().Contain("322 documents acknowledged").And.Contain(" 0 dead-lettered");
        cluster.DocumentCount().Should().Be(322, "each message once, whatever the first run left");
        AssertStored(cluster, expected);
        File.Exists(Path.Combine(state.FullName, SearchSinkOptions.CheckpointFileName)).Should().BeTrue();

        var again = await IngestCli.RunAsync([.. SampleArgs, .. ClusterOption(cluster), "--state-dir", state.FullName]);
        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain("0 documents acknowledged");
        cluster.DocumentCount().Should().Be(322);
    }

    [GeneratedRegex(@"cluster +(?<sent>[\d,]+) documents acknowledged in [\d,]+ bulk requests, (?<retried>[\d,]+) sent again after a refusal, (?<dead>[\d,]+) dead-lettered")]
    private static partial Regex ClusterLine();

    /// <summary>Each record is in its monthly index with the same document as in SQLite.</summary>
    private static void AssertStored(FakeCluster cluster, IEnumerable<MessageRecord> records)
    {
        foreach (var record in records)
        {
            var stored = cluster.Documents(record.Index);
            stored.Should().ContainKey(record.Id);
            Comparable(DocumentJson.Deserialize(stored[record.Id].ToJsonString()))
                .Should().Be(Comparable(record.Document), record.Id);
        }
    }

    /// <summary>The document as JSON without <c>event.ingested</c> (each ingest run's wall clock).</summary>
    private static string Comparable(MessageDocument doc) =>
        DocumentJson.Serialize(doc with { Event = doc.Event with { Ingested = default } });
}
