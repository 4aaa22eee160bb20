using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EsaTls.Tests.Search;

/// <summary>One request as the double saw it.</summary>
public sealed record FakeRequest(string Method, string Path, string Query, string Body, string? Authorization, string? ContentType);

/// <summary>A canned answer that replaces the double's normal behaviour for one request.</summary>
public sealed record FakeReply(int Status, string Body);

/// <summary>
/// A local HTTP double (Kestrel on 127.0.0.1, random port) that answers like Elasticsearch 8/9 (with the
/// <c>X-Elastic-Product</c> header) or OpenSearch 2: <c>GET /</c>, templates, ILM/ISM, index creation,
/// <c>_bulk</c>, search with point in time or scroll, and composite/nested/filters aggregations evaluated in
/// memory by <see cref="FakeQuery"/> and <see cref="FakeAggregations"/>. Fault hooks script failures.
/// </summary>
public sealed class FakeCluster : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly object gate = new();
    private readonly Dictionary<string, FakeIndex> indices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> ilm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonObject Policy, long Seq)> ism = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FakeDoc>> pits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<FakeDoc> Remaining, int Size)> scrolls = new(StringComparer.Ordinal);
    private long sequence;
    private int activeBulk;
    private int maxActiveBulk;

    public SearchEngine Engine { get; }
    public string Version { get; }
    public string ClusterUuid { get; set; } = "fake-cluster-uuid-0001";
    public Uri Url { get; }

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    /// <summary>Return a reply to short-circuit a request (whole-request failures, odd servers).</summary>
    public Func<FakeRequest, FakeReply?>? Intercept { get; set; }

    /// <summary>Per bulk item: (id, attempt number from 1) → a failure (status, error type) or null for success.</summary>
    public Func<string, int, (int Status, string Type)?>? ItemFault { get; set; }

    /// <summary>Delay before answering each bulk request (slow cluster).</summary>
    public TimeSpan BulkDelay { get; set; }

    /// <summary>Delay before answering any request (timeouts).</summary>
    public TimeSpan AnyDelay { get; set; }

    public int MaxConcurrentBulk => Volatile.Read(ref maxActiveBulk);

    public int ActiveBulk => Volatile.Read(ref activeBulk);

    /// <summary>Bulk requests wait for this task before they are processed (a stalled cluster).</summary>
    public Task BulkGate { get; set; } = Task.CompletedTask;

    /// <summary>Delay for the n-th bulk request (1-based), e.g. to make only the first one time out.</summary>
    public Func<int, TimeSpan>? BulkDelayFor { get; set; }

    private int bulkRequests;

    public int BulkRequests => Volatile.Read(ref bulkRequests);

    public int BulkItemsReceived;

    private FakeCluster(WebApplication app, SearchEngine engine, string version, Uri url)
    {
        this.app = app;
        Engine = engine;
        Version = version;
        Url = url;
    }

    public static async Task<FakeCluster> StartAsync(SearchEngine engine, string? version = null, X509Certificate2? certificate = null, int port = 0)
    {
        version ??= engine == SearchEngine.OpenSearch ? "2.11.1" : "8.15.3";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        FakeCluster? cluster = null;
        app.Run(context => cluster!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        cluster = new FakeCluster(app, engine, version, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
        return cluster;
    }

    public string UrlText => Url.ToString().TrimEnd('/');

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    // ---- state inspection for tests ----

    public IReadOnlyDictionary<string, JsonObject> Documents(string? index = null)
    {
        lock (gate)
        {
            var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var (name, idx) in indices)
            {
                if (index is null || name == index)
                {
                    foreach (var (id, doc) in idx.Docs)
                    {
                        result[id] = (JsonObject)doc.Source.DeepClone();
                    }
                }
            }
            return result;
        }
    }

    public int DocumentCount()
    {
        lock (gate)
        {
            return indices.Values.Sum(i => i.Docs.Count);
        }
    }

    public IReadOnlyList<string> IndexNames()
    {
        lock (gate)
        {
            return [.. indices.Keys.Order(StringComparer.Ordinal)];
        }
    }

    public JsonObject IndexSettings(string index)
    {
        lock (gate)
        {
            return (JsonObject)indices[index].Settings.DeepClone();
        }
    }

    public int Attempts(string id) => attempts.GetValueOrDefault(id);

    public int OpenContexts()
    {
        lock (gate)
        {
            return pits.Count + scrolls.Count;
        }
    }

    /// <summary>Creates an index directly, as another writer or an older version would have.</summary>
    public void CreateIndexRaw(string name, JsonObject? flatSettings = null)
    {
        lock (gate)
        {
            indices[name] = new FakeIndex(flatSettings ?? new JsonObject());
        }
    }

    // ---- HTTP ----

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new FakeRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? "",
            body, context.Request.Headers.Authorization.FirstOrDefault(), context.Request.ContentType);
        Requests.Enqueue(request);
        if (AnyDelay > TimeSpan.Zero)
        {
            await Task.Delay(AnyDelay, context.RequestAborted);
        }
        if (Engine == SearchEngine.Elasticsearch)
        {
            context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
        }
        FakeReply reply;
        if (Intercept?.Invoke(request) is { } canned)
        {
            reply = canned;
        }
        else if (request.Path == "/_bulk" && request.Method == "POST")
        {
            var now = Interlocked.Increment(ref activeBulk);
            int seen;
            while ((seen = Volatile.Read(ref maxActiveBulk)) < now && Interlocked.CompareExchange(ref maxActiveBulk, now, seen) != seen)
            {
            }
            try
            {
                var number = Interlocked.Increment(ref bulkRequests);
                await BulkGate.WaitAsync(context.RequestAborted);
                var delay = BulkDelayFor?.Invoke(number) ?? BulkDelay;
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, context.RequestAborted);
                }
                reply = Bulk(body);
            }
            finally
            {
                Interlocked.Decrement(ref activeBulk);
            }
        }
        else
        {
            try
            {
                reply = Route(request);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or NotSupportedException)
            {
                reply = Error(400, "parsing_exception", ex.Message);
            }
        }
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        if (context.Request.Method != "HEAD")
        {
            await context.Response.WriteAsync(reply.Body);
        }
    }

    private FakeReply Route(FakeRequest r)
    {
        var segments = r.Path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var es = Engine == SearchEngine.Elasticsearch;
        switch (segments)
        {
            case []:
                return Ok(Info());
            case ["_index_template", var name]:
                return r.Method == "PUT" ? PutTemplate(name, r.Body) : GetTemplate(name);
            case ["_ilm", "policy", var name] when es:
                return r.Method == "PUT" ? PutIlm(name, r.Body) : GetIlm(name);
            case ["_plugins", "_ism", "policies", var name] when !es:
                return r.Method == "PUT" ? PutIsm(name, r.Body, r.Query) : GetIsm(name);
            case ["_plugins", "_ism", "explain", var pattern] when !es:
                return IsmExplain(pattern);
            case ["_plugins", "_ism", "add", var pattern] when !es:
                return IsmAdd(pattern, r.Body);
            case ["_pit"] when es && r.Method == "DELETE":
                return ClosePit(r.Body);
            case [var pattern, "_pit"] when es && r.Method == "POST":
                return OpenPit(pattern);
            case ["_search", "scroll"]:
                return r.Method == "DELETE" ? ClearScroll(r.Body) : ContinueScroll(r.Body);
            case ["_search"]:
                return Search(null, r.Body, r.Query);
            case [var pattern, "_search"]:
                return Search(pattern, r.Body, r.Query);
            case [var pattern, "_settings"]:
                return r.Method == "PUT" ? PutSettings(pattern, r.Body) : GetSettings(pattern);
            case [var index] when r.Method == "PUT" && !index.StartsWith('_'):
                return CreateIndex(index, r.Body);
            default:
                return Error(400, "illegal_argument_exception", $"no handler found for uri [{r.Path}] and method [{r.Method}]");
        }
    }

    private JsonObject Info()
    {
        var version = new JsonObject { ["number"] = Version };
        if (Engine == SearchEngine.OpenSearch)
        {
            version["distribution"] = "opensearch";
            version["build_type"] = "tar";
        }
        else
        {
            version["build_flavor"] = "default";
        }
        return new JsonObject
        {
            ["name"] = "node-1",
            ["cluster_name"] = "fake",
            ["cluster_uuid"] = ClusterUuid,
            ["version"] = version,
            ["tagline"] = Engine == SearchEngine.OpenSearch ? "The OpenSearch Project: https://opensearch.org/" : "You Know, for Search",
        };
    }

    // ---- templates and lifecycle ----

    private FakeReply PutTemplate(string name, string body)
    {
        lock (gate)
        {
            templates[name] = JsonNode.Parse(body)!.AsObject();
        }
        return Ok(new JsonObject { ["acknowledged"] = true });
    }

    private FakeReply GetTemplate(string name)
    {
        lock (gate)
        {
            if (!templates.TryGetValue(name, out var t))
            {
                return Error(404, "resource_not_found_exception", $"index template matching [{name}] not found");
            }
            return Ok(new JsonObject
            {
                ["index_templates"] = new JsonArray { new JsonObject { ["name"] = name, ["index_template"] = t.DeepClone() } },
            });
        }
    }

    private FakeReply PutIlm(string name, string body)
    {
        lock (gate)
        {
            ilm[name] = JsonNode.Parse(body)!["policy"]!.AsObject();
        }
        return Ok(new JsonObject { ["acknowledged"] = true });
    }

    private FakeReply GetIlm(string name)
    {
        lock (gate)
        {
            return ilm.TryGetValue(name, out var p)
                ? Ok(new JsonObject { [name] = new JsonObject { ["version"] = 1, ["policy"] = p.DeepClone() } })
                : Error(404, "resource_not_found_exception", $"Lifecycle policy not found: {name}");
        }
    }

    private FakeReply PutIsm(string name, string body, string query)
    {
        lock (gate)
        {
            var exists = ism.TryGetValue(name, out var current);
            if (exists && !query.Contains($"if_seq_no={current.Seq}", StringComparison.Ordinal))
            {
                return Error(409, "version_conflict_engine_exception", "policy exists; give if_seq_no and if_primary_term");
            }
            var policy = JsonNode.Parse(body)!["policy"]!.AsObject();
            var seq = exists ? current.Seq + 1 : 0;
            ism[name] = (policy, seq);
            return Reply(exists ? 200 : 201, new JsonObject { ["_id"] = name, ["_seq_no"] = seq, ["_primary_term"] = 1 });
        }
    }

    private FakeReply GetIsm(string name)
    {
        lock (gate)
        {
            return ism.TryGetValue(name, out var p)
                ? Ok(new JsonObject { ["_id"] = name, ["_version"] = p.Seq + 1, ["_seq_no"] = p.Seq, ["_primary_term"] = 1, ["policy"] = p.Policy.DeepClone() })
                : Error(404, "status_exception", "Policy not found");
        }
    }

    private FakeReply IsmExplain(string pattern)
    {
        lock (gate)
        {
            var result = new JsonObject();
            var managed = 0;
            foreach (var (name, idx) in Matching(pattern))
            {
                var policy = idx.Settings["index.plugins.index_state_management.policy_id"]?.GetValue<string>();
                managed += policy is null ? 0 : 1;
                result[name] = new JsonObject
                {
                    ["index.plugins.index_state_management.policy_id"] = policy,
                    ["index.opendistro.index_state_management.policy_id"] = policy,
                    ["enabled"] = policy is null ? null : true,
                };
            }
            result["total_managed_indices"] = managed;
            return Ok(result);
        }
    }

    private FakeReply IsmAdd(string pattern, string body)
    {
        var policyId = JsonNode.Parse(body)!["policy_id"]!.GetValue<string>();
        lock (gate)
        {
            var updated = 0;
            foreach (var (_, idx) in Matching(pattern))
            {
                idx.Settings["index.plugins.index_state_management.policy_id"] = policyId;
                updated++;
            }
            return Ok(new JsonObject { ["updated_indices"] = updated, ["failures"] = false, ["failed_indices"] = new JsonArray() });
        }
    }

    // ---- indices ----

    private FakeReply CreateIndex(string name, string body)
    {
        lock (gate)
        {
            if (indices.ContainsKey(name))
            {
                return Error(400, "resource_already_exists_exception", $"index [{name}] already exists");
            }
            var settings = new JsonObject();
            if (body.Length > 0 && JsonNode.Parse(body)?["settings"] is JsonObject given)
            {
                Flatten(given, "", settings);
            }
            CreateFromTemplate(name, settings);
            return Ok(new JsonObject { ["acknowledged"] = true, ["index"] = name });
        }
    }

    /// <summary>New index: the matching template's settings, then the request's (which win).</summary>
    private FakeIndex CreateFromTemplate(string name, JsonObject requestSettings)
    {
        var settings = new JsonObject();
        foreach (var t in templates.Values)
        {
            var patterns = t["index_patterns"]!.AsArray().Select(p => p!.GetValue<string>());
            if (patterns.Any(p => FakeQuery.WildcardMatch(p, name, false)) && t["template"]?["settings"] is JsonObject ts)
            {
                Flatten(ts, "", settings);
            }
        }
        foreach (var (k, v) in requestSettings)
        {
            settings[k] = v?.DeepClone();
        }
        if (Engine == SearchEngine.OpenSearch)
        {
            foreach (var (_, p) in ism)
            {
                if (p.Policy["ism_template"] is JsonArray list && list.Any(x => x!["index_patterns"]!.AsArray().Any(pt => FakeQuery.WildcardMatch(pt!.GetValue<string>(), name, false))))
                {
                    settings["index.plugins.index_state_management.policy_id"] = SearchSetup.PolicyName;
                }
            }
        }
        var index = new FakeIndex(settings);
        indices[name] = index;
        return index;
    }

    private static void Flatten(JsonObject obj, string prefix, JsonObject into)
    {
        foreach (var (k, v) in obj)
        {
            var key = prefix.Length == 0 ? k : prefix + "." + k;
            if (v is JsonObject inner)
            {
                Flatten(inner, key, into);
            }
            else
            {
                var full = key.StartsWith("index.", StringComparison.Ordinal) ? key : "index." + key;
                into[full] = v is JsonValue value && value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                    ? value.ToJsonString()
                    : v?.DeepClone();
            }
        }
    }

    private IEnumerable<(string Name, FakeIndex Index)> Matching(string pattern)
    {
        foreach (var part in pattern.Split(','))
        {
            foreach (var (name, idx) in indices.OrderBy(i => i.Key, StringComparer.Ordinal))
            {
                if (FakeQuery.WildcardMatch(part, name, false))
                {
                    yield return (name, idx);
                }
            }
        }
    }

    private FakeReply GetSettings(string pattern)
    {
        lock (gate)
        {
            var result = new JsonObject();
            foreach (var (name, idx) in Matching(pattern))
            {
                result[name] = new JsonObject { ["settings"] = idx.Settings.DeepClone() };
            }
            return Ok(result);
        }
    }

    private FakeReply PutSettings(string pattern, string body)
    {
        lock (gate)
        {
            var given = new JsonObject();
            Flatten(JsonNode.Parse(body)!.AsObject(), "", given);
            foreach (var (_, idx) in Matching(pattern))
            {
                foreach (var (k, v) in given)
                {
                    idx.Settings[k] = v?.DeepClone();
                }
            }
            return Ok(new JsonObject { ["acknowledged"] = true });
        }
    }

    // ---- bulk ----

    private FakeReply Bulk(string body)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length % 2 != 0)
        {
            return Error(400, "illegal_argument_exception", "The bulk request must be terminated by a newline [\\n]");
        }
        var items = new JsonArray();
        var errors = false;
        lock (gate)
        {
            for (var i = 0; i < lines.Length; i += 2)
            {
                var action = JsonNode.Parse(lines[i])!.AsObject();
                var (verb, meta) = action.First();
                var index = meta!["_index"]!.GetValue<string>();
                var id = meta["_id"]!.GetValue<string>();
                var attempt = attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
                Interlocked.Increment(ref BulkItemsReceived);
                var result = new JsonObject { ["_index"] = index, ["_id"] = id };
                if (verb != "index")
                {
                    result["status"] = 400;
                    result["error"] = ErrorObject("illegal_argument_exception", "only index actions are expected");
                    errors = true;
                }
                else if (ItemFault?.Invoke(id, attempt) is { } fault)
                {
                    result["status"] = fault.Status;
                    result["error"] = ErrorObject(fault.Type, $"injected {fault.Type} for [{id}]");
                    errors = true;
                }
                else
                {
                    if (!indices.TryGetValue(index, out var idx))
                    {
                        idx = CreateFromTemplate(index, new JsonObject());
                    }
                    var created = !idx.Docs.ContainsKey(id);
                    idx.Docs[id] = new FakeDoc(index, id, JsonNode.Parse(lines[i + 1])!.AsObject(), Interlocked.Increment(ref sequence));
                    result["status"] = created ? 201 : 200;
                    result["result"] = created ? "created" : "updated";
                }
                items.Add(new JsonObject { [verb] = result });
            }
        }
        return Ok(new JsonObject { ["took"] = 1, ["errors"] = errors, ["items"] = items });
    }

    // ---- search ----

    private List<FakeDoc> Snapshot(string pattern)
    {
        var docs = new List<FakeDoc>();
        foreach (var (_, idx) in Matching(pattern))
        {
            docs.AddRange(idx.Docs.Values);
        }
        return docs;
    }

    private FakeReply OpenPit(string pattern)
    {
        lock (gate)
        {
            var id = "pit-" + Guid.NewGuid().ToString("N");
            pits[id] = Snapshot(pattern);
            return Ok(new JsonObject { ["id"] = id });
        }
    }

    private FakeReply ClosePit(string body)
    {
        var id = JsonNode.Parse(body)!["id"]!.GetValue<string>();
        lock (gate)
        {
            var found = pits.Remove(id);
            return Ok(new JsonObject { ["succeeded"] = found, ["num_freed"] = found ? 1 : 0 });
        }
    }

    private FakeReply Search(string? pattern, string body, string query)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        List<FakeDoc> docs;
        lock (gate)
        {
            if (request["pit"] is JsonObject pit)
            {
                if (pattern is not null)
                {
                    return Error(400, "action_request_validation_exception", "[indices] cannot be used with point in time");
                }
                if (!pits.TryGetValue(pit["id"]!.GetValue<string>(), out var snapshot))
                {
                    return Error(404, "search_context_missing_exception", "No search context found");
                }
                docs = snapshot;
            }
            else
            {
                docs = Snapshot(pattern ?? "*");
            }
        }
        foreach (var (key, _) in request)
        {
            if (!SearchKeys.Contains(key))
            {
                return Error(400, "parsing_exception", $"Unknown key for a START_OBJECT in [{key}].");
            }
        }
        var scroll = query.Contains("scroll=", StringComparison.Ordinal);
        if (scroll && (request["pit"] is not null || request["search_after"] is not null))
        {
            return Error(400, "action_request_validation_exception", "Validation Failed: 1: using [point in time] or [search_after] is not allowed in a scroll context;");
        }
        if (scroll && request["track_total_hits"] is JsonValue tth && tth.GetValueKind() == JsonValueKind.False)
        {
            return Error(400, "action_request_validation_exception", "Validation Failed: 1: disabling [track_total_hits] is not allowed in a scroll context;");
        }
        var from = request["from"]?.GetValue<int>() ?? 0;
        if (from + (request["size"]?.GetValue<int>() ?? 10) > 10_000)
        {
            return Error(400, "illegal_argument_exception", "Result window is too large, from + size must be less than or equal to: [10000]");
        }
        var sort = request["sort"] as JsonArray ?? [];
        if (request["search_after"] is JsonArray sa && sa.Count != sort.Count)
        {
            return Error(400, "illegal_argument_exception", $"search_after has {sa.Count} value(s) but sort has {sort.Count}.");
        }
        foreach (var s in sort)
        {
            var field = s is JsonObject o ? o.First().Key : s!.GetValue<string>();
            if (field == "_id" && Engine == SearchEngine.Elasticsearch)
            {
                return Error(400, "illegal_argument_exception", "Fielddata access on the _id field is disallowed, you can re-enable it by updating the dynamic cluster setting: indices.id_field_data.enabled");
            }
            if (field == "_shard_doc" && (Engine == SearchEngine.OpenSearch || request["pit"] is null))
            {
                return Error(400, "illegal_argument_exception", "[_shard_doc] sort field cannot be used without [point in time]");
            }
        }
        var q = request["query"] as JsonObject ?? new JsonObject { ["match_all"] = new JsonObject() };
        var matched = docs.Where(d => FakeQuery.Matches(q, new FakeContext(d.Source, ""))).ToList();
        var response = new JsonObject { ["took"] = 1, ["timed_out"] = false };

        if ((request["aggs"] ?? request["aggregations"]) is JsonObject aggs)
        {
            response["aggregations"] = FakeAggregations.Evaluate(aggs, [.. matched.Select(d => new FakeContext(d.Source, ""))]);
        }

        var size = request["size"]?.GetValue<int>() ?? 10;
        var sorted = FakeQuery.Sort(matched, sort);
        if (request["search_after"] is JsonArray after)
        {
            sorted = [.. sorted.Where(x => FakeQuery.CompareSortValues(x.Values, after, sort) > 0)];
        }
        var page = sorted.Skip(from).Take(size).ToList();
        response["hits"] = Hits(page);
        if (request["pit"] is JsonObject p)
        {
            response["pit_id"] = p["id"]!.GetValue<string>();
        }
        if (scroll)
        {
            if (Engine == SearchEngine.Elasticsearch && sort.Count == 0)
            {
                return Error(400, "illegal_argument_exception", "unexpected");
            }
            var id = "scroll-" + Guid.NewGuid().ToString("N");
            lock (gate)
            {
                scrolls[id] = ([.. sorted.Skip(size).Select(x => x.Doc)], size);
                scrollSorts[id] = sort;
            }
            response["_scroll_id"] = id;
        }
        return Ok(response);
    }

    private readonly Dictionary<string, JsonArray> scrollSorts = new(StringComparer.Ordinal);

    /// <summary>Top-level search body keys the store may send; both engines reject unknown keys.</summary>
    private static readonly HashSet<string> SearchKeys =
        ["size", "from", "query", "sort", "aggs", "aggregations", "pit", "search_after", "track_total_hits", "_source"];

    private FakeReply ContinueScroll(string body)
    {
        var id = JsonNode.Parse(body)!["scroll_id"]!.GetValue<string>();
        lock (gate)
        {
            if (!scrolls.TryGetValue(id, out var state))
            {
                return Error(404, "search_context_missing_exception", "No search context found for id");
            }
            var page = state.Remaining.Take(state.Size).ToList();
            scrolls[id] = (state.Remaining.Skip(state.Size).ToList(), state.Size);
            var sorted = FakeQuery.Sort(page, scrollSorts[id]);
            return Ok(new JsonObject { ["_scroll_id"] = id, ["hits"] = Hits(sorted) });
        }
    }

    private FakeReply ClearScroll(string body)
    {
        var ids = JsonNode.Parse(body)!["scroll_id"]!.AsArray();
        lock (gate)
        {
            var freed = 0;
            foreach (var id in ids)
            {
                var key = id!.GetValue<string>();
                freed += scrolls.Remove(key) ? 1 : 0;
                scrollSorts.Remove(key);
            }
            return Ok(new JsonObject { ["succeeded"] = true, ["num_freed"] = freed });
        }
    }

    private static JsonObject Hits(List<FakeSorted> page)
    {
        var hits = new JsonArray();
        foreach (var x in page)
        {
            hits.Add(new JsonObject
            {
                ["_index"] = x.Doc.Index,
                ["_id"] = x.Doc.Id,
                ["_score"] = null,
                ["_source"] = x.Doc.Source.DeepClone(),
                ["sort"] = x.Values.DeepClone(),
            });
        }
        return new JsonObject { ["hits"] = hits };
    }

    // ---- replies ----

    public static FakeReply Ok(JsonNode body) => new(200, body.ToJsonString());

    private static FakeReply Reply(int status, JsonNode body) => new(status, body.ToJsonString());

    public static JsonObject ErrorObject(string type, string reason) => new() { ["type"] = type, ["reason"] = reason };

    public static FakeReply Error(int status, string type, string reason) =>
        new(status, new JsonObject
        {
            ["error"] = new JsonObject { ["root_cause"] = new JsonArray { ErrorObject(type, reason) }, ["type"] = type, ["reason"] = reason },
            ["status"] = status,
        }.ToJsonString());
}

public sealed class FakeIndex(JsonObject settings)
{
    public JsonObject Settings { get; } = settings;
    public Dictionary<string, FakeDoc> Docs { get; } = new(StringComparer.Ordinal);
}

/// <summary>A stored document; <see cref="Sequence"/> stands in for Lucene's doc id (the <c>_shard_doc</c> tiebreaker).</summary>
public sealed record FakeDoc(string Index, string Id, JsonObject Source, long Sequence);

public sealed record FakeSorted(FakeDoc Doc, JsonArray Values);
