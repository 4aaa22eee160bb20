using System.Text.Json;
using System.Text.Json.Nodes;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;
using EsaTls.Tests.Search;
using EsaTls.Tests.Stores;

namespace EsaTls.Tests.Query;

/// <summary>The corpus in a SQLite store and in an Elasticsearch and an OpenSearch double, shared by the safety tests.</summary>
public sealed class HostileQueryFixture : IAsyncLifetime, IDisposable
{
    private readonly CorpusStoreFixture _store = new();

    public string StorePath => _store.Path;
    public ReferenceQueryBackend Reference => _store.Reference;
    public FakeCluster Elasticsearch { get; private set; } = null!;
    public FakeCluster OpenSearch { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        Elasticsearch = await LoadAsync(SearchEngine.Elasticsearch);
        OpenSearch = await LoadAsync(SearchEngine.OpenSearch);
    }

    private async Task<FakeCluster> LoadAsync(SearchEngine engine)
    {
        var cluster = await FakeCluster.StartAsync(engine);
        using var connection = SearchConnection.FromOptions(new SearchConnectionOptions { Urls = [cluster.UrlText] }, _ => null);
        await connection.ConnectAsync(CancellationToken.None);
        var dir = Directory.CreateTempSubdirectory("esatls-hostile-").FullName;
        try
        {
            await using var sink = await SearchMessageSink.CreateAsync(connection, new SearchSinkOptions { StateDirectory = dir }, CancellationToken.None);
            await sink.CommitAsync(_store.Corpus, null, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        return cluster;
    }

    public async Task DisposeAsync()
    {
        await Elasticsearch.DisposeAsync();
        await OpenSearch.DisposeAsync();
        Dispose();
    }

    public void Dispose() => _store.Dispose();
}

/// <summary>
/// Filter values are data, never query syntax: quotes, wildcards, LIKE patterns and SQL/DSL fragments in every
/// free-text filter of every command give exactly the reference's answer on SQLite and on both cluster engines,
/// and in the cluster requests they only ever appear as term or (escaped) wildcard values.
/// </summary>
public sealed class QuerySafetyTests(HostileQueryFixture fixture) : IClassFixture<HostileQueryFixture>
{
    /// <summary>Hostile values; the corpus holds a host and domains built from some of them, so these also match.</summary>
    public static readonly string[] Values =
    [
        "'", "\"", "\\", "*", "?", "%", "_", "esa*", "esa?", "esa%", "esa_", "a_b.example", "star*.example", "100%.example",
        "o'brien.example", QueryCorpus.Hosts[3], QueryCorpus.Hosts[4], "bobby'); DROP TABLE messages;--.example",
        "x' OR '1'='1", "x\" OR \"1\"=\"1", "esa1' --", "' UNION SELECT id, ts, doc FROM messages --", "$host", ":host", "?1",
        "*:*", "host:* OR *:*", "observer.hostname:esa1", "(esa1 OR esa2)", "esa1 AND NOT esa2", "/.*/", "esa1~", "esa1^10",
        "{\"match_all\":{}}", "\"}},{\"match_all\":{}},{\"term\":{\"x\":\"", "${jndi:ldap://127.0.0.1/x}", "a\\*b", "a\\\\", "EXAMPLE.COM",
        "bücher.example", "x\ny", "\u202Eexample.com",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "lacking-tls", "messages", "coverage", "failures", "show" })
        {
            foreach (var option in command == "show" ? ["--host"] : new[] { "--host", "--sender-domain", "--recipient-domain" })
            {
                data.Add(command, option);
            }
        }
        return data;
    }

    private static MessageFilter Filter(string option, string value, string command)
    {
        var filter = option switch
        {
            "--host" => new MessageFilter { Host = value },
            "--sender-domain" => new MessageFilter { SenderDomain = value },
            _ => new MessageFilter { RecipientDomain = value },
        };
        return command switch
        {
            "lacking-tls" => filter with { Lacking = Leg.Any, IncludeUnknown = true },
            "show" => filter with { Mid = ShownMid },
            _ => filter,
        };
    }

    /// <summary>A MID several hosts share, so that <c>show --host</c> has something to pick from.</summary>
    private static long ShownMid => QueryCorpus.Build().GroupBy(r => r.Document.Esa.Mid).First(g => g.Select(r => r.Document.Observer.Hostname).Distinct().Count() > 1).Key;

    private static string[] Args(string command, string option, string value) => command switch
    {
        "lacking-tls" => ["lacking-tls", "--include-unknown", "--all", "--format", "json", option, value],
        "messages" => ["messages", "--all", "--format", "json", option, value],
        "coverage" => ["coverage", "--by", "host", "--format", "json", option, value],
        "failures" => ["failures", "--format", "json", option, value],
        _ => ["show", ShownMid.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", option, value],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_filter_values_are_matched_literally_on_every_backend(string command, string option)
    {
        var matched = 0;
        foreach (var value in Values)
        {
            var args = Args(command, option, value);
            var because = $"{command} {option} '{value}'";
            var sqlite = await CliRunner.RunAsync([.. args, "--store", fixture.StorePath]);
            var expected = await Expected(command, Filter(option, value, command));
            if (command == "show" && expected == "[]")
            {
                // show says so when the MID is not on that host.
                sqlite.ExitCode.Should().Be(1, because);
                sqlite.Error.Should().StartWith($"esatls: no message with MID {ShownMid} on ", because);
            }
            else
            {
                sqlite.ExitCode.Should().Be(0, because + ": " + sqlite.Error);
                sqlite.Error.Should().BeEmpty(because);
                Normalise(command, sqlite.Out).Should().Be(expected, because);
                matched += expected is "[]" or "0" ? 0 : 1;
            }

            foreach (var (cluster, flag) in new[] { (fixture.Elasticsearch, "--elasticsearch"), (fixture.OpenSearch, "--opensearch") })
            {
                var before = cluster.Requests.Count;
                var result = await CliRunner.RunAsync([.. args, flag, cluster.UrlText]);
                result.ExitCode.Should().Be(sqlite.ExitCode, $"{because} on {flag}: {result.Error}");
                result.Out.Should().Be(sqlite.Out, $"{because}: {flag} answers like SQLite");
                result.Error.Should().Be(sqlite.Error, because);
                RequestsCarryValueOnlyAsData([.. cluster.Requests.Skip(before)], value, option, because + " " + flag);
            }
        }
        matched.Should().BeGreaterThan(0, "some hostile values exist in the corpus and must be found");
    }

    /// <summary>What the reference backend answers, in the form the command prints (lists: the documents; counts: the totals).</summary>
    private async Task<string> Expected(string command, MessageFilter filter)
    {
        switch (command)
        {
            case "coverage":
                var counts = await fixture.Reference.CoverageAsync(filter, new CoverageQuery(CoverageBy.Host, Leg.Any), CancellationToken.None);
                return counts.Sum(c => c.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "failures":
                var failures = await fixture.Reference.FailuresAsync(filter, FailureBy.Reason, CancellationToken.None);
                return string.Join("|", failures.Select(f => $"{f.Leg} {f.Key} {f.Count}"));
            default:
                var records = await fixture.Reference.SearchAsync(filter, null, CancellationToken.None).ToListAsync();
                return "[" + string.Join(",", records.Select(r => DocumentJson.Serialize(r.Document))) + "]";
        }
    }

    private static string Normalise(string command, string output)
    {
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        return command switch
        {
            "coverage" => rows[^1].GetProperty("total").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "failures" => string.Join("|", rows.Select(r => $"{r.GetProperty("leg").GetString()} {r.GetProperty("reason").GetString()} {r.GetProperty("count").GetInt64()}")),
            _ => "[" + string.Join(",", rows.Select(r => r.GetRawText())) + "]",
        };
    }

    private static readonly string[] ForbiddenKeys = ["query_string", "simple_query_string", "script", "regexp", "match", "match_phrase", "query"];

    /// <summary>
    /// The value travels only as a JSON string value under <c>term</c> (exact) or <c>wildcard</c> (as <c>*@</c> plus
    /// the value with <c>*</c>, <c>?</c> and <c>\</c> escaped), never in a URL, a key, a script or query-string syntax.
    /// </summary>
    private static void RequestsCarryValueOnlyAsData(List<FakeRequest> requests, string value, string option, string because)
    {
        requests.Should().NotBeEmpty(because);
        var forms = option == "--host" ? new[] { value } : ["*@" + QueryTranslator.EscapeWildcard(value)];
        var seen = 0;
        foreach (var request in requests)
        {
            (request.Path + request.Query).Should().NotContain(value.Length > 1 ? value : "\u0000", because)
                .And.NotContain(Uri.EscapeDataString(value).Length > 3 ? Uri.EscapeDataString(value) : "\u0000", because);
            if (request.Body.Length == 0)
            {
                continue;
            }
            var body = JsonNode.Parse(request.Body)!;
            seen += Walk(body, [], value, forms, because);
        }
        if (option == "--host" || !value.Contains('@', StringComparison.Ordinal))
        {
            seen.Should().BeGreaterThan(0, $"{because}: the filter must reach the cluster");
        }
    }

    private static int Walk(JsonNode node, List<string> path, string value, string[] forms, string because)
    {
        var seen = 0;
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    key.Should().NotBe(value, $"{because}: a value is never a key");
                    if (child is not null)
                    {
                        path.Add(key);
                        seen += Walk(child, path, value, forms, because);
                        path.RemoveAt(path.Count - 1);
                    }
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null)
                    {
                        seen += Walk(child, path, value, forms, because);
                    }
                }
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                if (path.Contains("after") || path.Contains("search_after"))
                {
                    // A paging key the server returned (composite after_key, sort values): data handed back as is.
                }
                else if (Array.IndexOf(forms, text) >= 0)
                {
                    var kind = path.FindLast(p => p is "term" or "wildcard");
                    kind.Should().NotBeNull($"{because}: '{text}' at {string.Join('.', path)} is not a term or wildcard value");
                    path.Should().NotContain(p => ForbiddenKeys.Contains(p) && p != "query", because);
                    seen++;
                }
                else if (value.Length > 2 && text.Contains(value, StringComparison.Ordinal))
                {
                    // Anywhere else (inside a larger string) it would be syntax.
                    throw new Xunit.Sdk.XunitException($"{because}: the value is embedded in '{text}' at {string.Join('.', path)}");
                }
                break;
        }
        return seen;
    }

    public static TheoryData<string> HostileChoices() =>
    [
        "--direction", "--receive-status", "--deliver-status", "--leg", "--by", "--format", "--limit", "--since", "--until",
    ];

    [Theory]
    [MemberData(nameof(HostileChoices))]
    public async Task Hostile_values_of_choice_options_are_usage_errors_that_reach_no_backend(string option)
    {
        var command = option switch
        {
            "--receive-status" or "--deliver-status" or "--limit" => "messages",
            "--by" => "coverage",
            _ => "lacking-tls",
        };
        foreach (var value in new[] { "x' OR '1'='1", "*", "inbound OR outbound", "success,' OR 1=1 --", "{\"match_all\":{}}", "1; DROP TABLE messages" })
        {
            var before = fixture.Elasticsearch.Requests.Count;
            var result = await CliRunner.RunAsync([command, option, value, "--elasticsearch", fixture.Elasticsearch.UrlText]);
            result.ExitCode.Should().Be(2, $"{option} '{value}': {result.Error}");
            result.Error.Should().Contain(option);
            fixture.Elasticsearch.Requests.Count.Should().Be(before, "usage errors come before any request");
            (await CliRunner.RunAsync([command, option, value, "--store", fixture.StorePath])).ExitCode.Should().Be(2);
        }
    }
}
