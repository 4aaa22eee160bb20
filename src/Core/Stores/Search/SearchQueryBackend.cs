using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// <see cref="IQueryBackend"/> over <c>esatls-messages-*</c> on Elasticsearch 8/9 or OpenSearch 2.
/// <para>
/// Order: newest <c>@timestamp</c> first, ties by document id. Sorting on <c>_id</c> is refused by
/// Elasticsearch 8+ (and can be switched off on OpenSearch), and the contract stores no copy of the id, so
/// the server sorts by <c>@timestamp</c> only, with a paging tiebreaker that is unique but not the id —
/// Elasticsearch: a point in time with <c>_shard_doc</c>; OpenSearch 2.x (point in time only from 2.4):
/// a sorted scroll — and this class re-sorts each run of equal timestamps by id before yielding it. Memory
/// stays at one page plus the largest run of equal timestamps.
/// </para>
/// <para>
/// Coverage and failures page composite aggregations by <c>after_key</c>; delivery legs are counted in a
/// <c>nested</c> aggregation; mail domains come from the small Painless scripts in <see cref="PainlessScripts"/>
/// (the contract has no domain field). Composite aggregations only accept <c>nested</c> as a parent, so
/// leg conditions (status, outcome) are composite sources filtered here.
/// </para>
/// </summary>
public sealed class SearchQueryBackend : IQueryBackend
{
    private const string KeepAlive = "2m";
    private const string Missing = "-";
    private static readonly string SearchPath = "/" + Fields.IndexPattern + "/_search?ignore_unavailable=true&allow_no_indices=true";

    private readonly SearchConnection connection;
    private readonly bool ownsConnection;

    private SearchQueryBackend(SearchConnection connection, bool ownsConnection)
    {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
    }

    /// <summary>Connects (engine and version check). With <paramref name="ownsConnection"/> disposal also disposes the connection.</summary>
    public static async Task<SearchQueryBackend> CreateAsync(SearchConnection connection, CancellationToken cancellationToken, bool ownsConnection = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
        return new SearchQueryBackend(connection, ownsConnection);
    }

    /// <summary>Hits per search page and buckets per composite page (small in tests to exercise paging).</summary>
    internal int PageSize { get; set; } = 1000;

    public string Description => connection.Description;

    public async IAsyncEnumerable<MessageRecord> SearchAsync(MessageFilter filter, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (limit is <= 0)
        {
            yield break;
        }
        var pageSize = limit is { } l ? Math.Min(PageSize, l + 1) : PageSize;
        var query = QueryTranslator.Query(filter);
        var pages = connection.RequireCluster().Engine == SearchEngine.Elasticsearch
            ? PointInTimePagesAsync(query, pageSize, cancellationToken)
            : ScrollPagesAsync(query, pageSize, cancellationToken);

        var run = new List<MessageRecord>();
        long runKey = 0;
        var yielded = 0;
        await foreach (var page in pages.ConfigureAwait(false))
        {
            foreach (var (key, record) in page)
            {
                if (run.Count > 0 && key != runKey)
                {
                    SortRun(run);
                    foreach (var r in run)
                    {
                        yield return r;
                        if (++yielded == limit)
                        {
                            yield break;
                        }
                    }
                    run.Clear();
                }
                runKey = key;
                run.Add(record);
            }
        }
        SortRun(run);
        foreach (var r in run)
        {
            yield return r;
            if (++yielded == limit)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// One run of equal server sort keys: the same <c>@timestamp</c> millisecond, which is the whole time key
    /// (<see cref="QuerySemantics.TimeKey"/>), so the run is ordered by id alone.
    /// </summary>
    private static void SortRun(List<MessageRecord> run)
    {
        if (run.Count > 1)
        {
            run.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        }
    }

    private static JsonArray TimestampSort() =>
        [new JsonObject { [Fields.Timestamp] = new JsonObject { ["order"] = "desc" } }];

    private async IAsyncEnumerable<List<(long Key, MessageRecord Record)>> PointInTimePagesAsync(
        JsonObject query, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var open = await connection.SendAsync(HttpMethod.POST, "/" + Fields.IndexPattern + "/_pit?keep_alive=" + KeepAlive, null, cancellationToken).ConfigureAwait(false);
        if (open.Status == 404)
        {
            yield break;
        }
        Ensure(open, "opening a point in time");
        string pitId;
        using (var doc = open.Json())
        {
            pitId = doc.RootElement.GetProperty("id").GetString()!;
        }
        try
        {
            JsonNode? after = null;
            while (true)
            {
                var sort = TimestampSort();
                sort.Add(new JsonObject { ["_shard_doc"] = new JsonObject { ["order"] = "asc" } });
                var body = new JsonObject
                {
                    ["size"] = pageSize,
                    ["query"] = query.DeepClone(),
                    ["sort"] = sort,
                    ["pit"] = new JsonObject { ["id"] = pitId, ["keep_alive"] = KeepAlive },
                    ["track_total_hits"] = false,
                };
                if (after is not null)
                {
                    body["search_after"] = after;
                }
                var response = await connection.SendAsync(HttpMethod.POST, "/_search", Bytes(body), cancellationToken).ConfigureAwait(false);
                Ensure(response, "searching");
                var (page, last, newPit) = ReadHits(response.Body);
                pitId = newPit ?? pitId;
                if (page.Count == 0)
                {
                    yield break;
                }
                yield return page;
                if (page.Count < pageSize)
                {
                    yield break;
                }
                after = last;
            }
        }
        finally
        {
            var close = new JsonObject { ["id"] = pitId };
            await connection.SendAsync(HttpMethod.DELETE, "/_pit", Bytes(close), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<List<(long Key, MessageRecord Record)>> ScrollPagesAsync(
        JsonObject query, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["size"] = pageSize,
            ["query"] = query.DeepClone(),
            ["sort"] = TimestampSort(),
        };
        var response = await connection.SendAsync(HttpMethod.POST,
            "/" + Fields.IndexPattern + "/_search?scroll=" + KeepAlive + "&ignore_unavailable=true&allow_no_indices=true",
            Bytes(body), cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            yield break;
        }
        Ensure(response, "searching");
        string? scrollId = null;
        try
        {
            while (true)
            {
                using (var doc = response.Json())
                {
                    scrollId = doc.RootElement.TryGetProperty("_scroll_id", out var s) ? s.GetString() : scrollId;
                }
                var (page, _, _) = ReadHits(response.Body);
                if (page.Count == 0)
                {
                    yield break;
                }
                yield return page;
                if (scrollId is null)
                {
                    yield break;
                }
                var next = new JsonObject { ["scroll"] = KeepAlive, ["scroll_id"] = scrollId };
                response = await connection.SendAsync(HttpMethod.POST, "/_search/scroll", Bytes(next), cancellationToken).ConfigureAwait(false);
                Ensure(response, "scrolling");
            }
        }
        finally
        {
            if (scrollId is not null)
            {
                var clear = new JsonObject { ["scroll_id"] = new JsonArray { scrollId } };
                await connection.SendAsync(HttpMethod.DELETE, "/_search/scroll", Bytes(clear), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static (List<(long, MessageRecord)> Page, JsonNode? LastSort, string? PitId) ReadHits(byte[] body)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var page = new List<(long, MessageRecord)>();
        JsonNode? last = null;
        foreach (var hit in root.GetProperty("hits").GetProperty("hits").EnumerateArray())
        {
            var id = hit.GetProperty("_id").GetString()!;
            MessageDocument document;
            try
            {
                document = DocumentJson.Deserialize(hit.GetProperty("_source").GetRawText());
            }
            catch (JsonException ex)
            {
                var index = hit.TryGetProperty("_index", out var i) ? i.GetString() : "?";
                throw new SearchRequestException($"document {id} in {index} does not follow the esatls document contract: {ex.Message}");
            }
            var sort = hit.GetProperty("sort");
            page.Add((sort[0].GetInt64(), new MessageRecord(id, document)));
            last = JsonNode.Parse(sort.GetRawText());
        }
        var pit = root.TryGetProperty("pit_id", out var p) ? p.GetString() : null;
        return (page, last, pit);
    }

    public async Task<IReadOnlyList<CoverageCount>> CoverageAsync(MessageFilter filter, CoverageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(query);
        var counts = new Dictionary<(string Group, string Status), long>();
        void Add(string group, string status, long n)
        {
            if (n > 0)
            {
                counts[(group, status)] = counts.GetValueOrDefault((group, status)) + n;
            }
        }

        if (query.By == CoverageBy.TlsVersion)
        {
            if (query.Leg is Leg.Receive or Leg.Any)
            {
                var sources = new JsonArray { Source("group", TermsField(Fields.ReceiveVersion)), Source("status", TermsField(Fields.ReceiveStatus)) };
                await CompositeAsync(QueryTranslator.Query(filter), sources, null, null,
                    b => Add(Key(b, "group"), Key(b, "status"), DocCount(b)), cancellationToken).ConfigureAwait(false);
            }
            if (query.Leg is Leg.Deliver or Leg.Any)
            {
                var sources = new JsonArray
                {
                    Source("group", TermsField(Fields.DeliveryTlsVersion)),
                    Source("status", TermsField(Fields.DeliveryTlsStatus)),
                    Source("outcome", TermsField(Fields.DeliveryOutcome)),
                };
                var legQuery = QueryTranslator.Nested(Fields.Deliveries, QueryTranslator.Term(Fields.DeliveryOutcome, "delivered"));
                await CompositeAsync(QueryTranslator.Query(filter, legQuery), sources, Fields.Deliveries, null, b =>
                {
                    if (Key(b, "outcome") == "delivered")
                    {
                        Add(Key(b, "group"), Key(b, "status"), DocCount(b));
                    }
                }, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            var group = GroupSource(query.By);
            var messageQuery = QueryTranslator.Query(filter);
            if (query.Leg == Leg.Any)
            {
                var states = OverallStateFilters();
                if (group is null)
                {
                    await FiltersOnlyAsync(messageQuery, states, (status, n) => Add(CoverageGroups.All, status, n), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await CompositeAsync(messageQuery, new JsonArray { Source("group", group) }, null,
                        new JsonObject { ["state"] = states },
                        b =>
                        {
                            var g = Key(b, "group");
                            foreach (var s in b.GetProperty("state").GetProperty("buckets").EnumerateObject())
                            {
                                Add(g, s.Name, s.Value.GetProperty("doc_count").GetInt64());
                            }
                        }, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                var statusField = query.Leg == Leg.Receive ? Fields.ReceiveStatus : Fields.DeliverStatus;
                var sources = new JsonArray();
                if (group is not null)
                {
                    sources.Add(Source("group", group));
                }
                sources.Add(Source("status", TermsField(statusField)));
                await CompositeAsync(messageQuery, sources, null, null,
                    b => Add(group is null ? CoverageGroups.All : Key(b, "group"), Key(b, "status"), DocCount(b)),
                    cancellationToken).ConfigureAwait(false);
            }
        }

        var result = new List<CoverageCount>(counts.Count);
        foreach (var ((g, s), n) in counts)
        {
            result.Add(new CoverageCount(g, s, n));
        }
        result.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Group, b.Group);
            return c != 0 ? c : string.CompareOrdinal(a.Status, b.Status);
        });
        return result;
    }

    public async Task<IReadOnlyList<FailureCount>> FailuresAsync(MessageFilter filter, FailureBy by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var counts = new Dictionary<(string Leg, string Key), long>();
        void Add(string leg, string key, long n)
        {
            if (n > 0)
            {
                counts[(leg, key)] = counts.GetValueOrDefault((leg, key)) + n;
            }
        }

        var receiveKey = by switch
        {
            FailureBy.Reason => TermsField(Fields.ReceiveError),
            FailureBy.Peer => TermsField(Fields.SourceIp),
            _ => TermsScript(PainlessScripts.SenderDomain),
        };
        await CompositeAsync(
            QueryTranslator.Query(filter, QueryTranslator.Term(Fields.ReceiveStatus, "failed")),
            new JsonArray { Source("key", receiveKey) }, null, null,
            b => Add("receive", Key(b, "key"), DocCount(b)), cancellationToken).ConfigureAwait(false);

        var deliverKey = by switch
        {
            FailureBy.Reason => TermsField(Fields.DeliveryTlsError),
            FailureBy.Peer => TermsField(Fields.DeliveryDestinationIp),
            _ => TermsScript(PainlessScripts.DeliveryRecipientDomains),
        };
        var legQuery = QueryTranslator.Nested(Fields.Deliveries, QueryTranslator.Term(Fields.DeliveryTlsStatus, "failed"));
        await CompositeAsync(
            QueryTranslator.Query(filter, legQuery),
            new JsonArray { Source("status", TermsField(Fields.DeliveryTlsStatus)), Source("key", deliverKey) },
            Fields.Deliveries, null,
            b =>
            {
                if (Key(b, "status") == "failed")
                {
                    Add("deliver", Key(b, "key"), DocCount(b));
                }
            }, cancellationToken).ConfigureAwait(false);

        var result = new List<FailureCount>(counts.Count);
        foreach (var ((leg, key), n) in counts)
        {
            result.Add(new FailureCount(leg, key, n));
        }
        result.Sort(static (a, b) =>
        {
            var c = b.Count.CompareTo(a.Count);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Leg, b.Leg);
            }
            return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
        });
        return result;
    }

    private static JsonObject? GroupSource(CoverageBy by) => by switch
    {
        CoverageBy.Host => TermsField(Fields.ObserverHostname),
        CoverageBy.SenderDomain => TermsScript(PainlessScripts.SenderDomain),
        CoverageBy.RecipientDomain => TermsScript(PainlessScripts.RecipientDomains),
        CoverageBy.Day => DateHistogram("1d", "yyyy-MM-dd"),
        CoverageBy.Hour => DateHistogram("1h", "yyyy-MM-dd'T'HH':00'"),
        _ => null,
    };

    /// <summary>The four overall states of <c>--leg any</c>, mutually exclusive (see <see cref="CoverageQuery"/>).</summary>
    private static JsonObject OverallStateFilters()
    {
        JsonObject Lacked() => QueryTranslator.Term(Fields.TlsLacked, true);
        JsonObject Unknown() => QueryTranslator.Term(Fields.TlsUnknown, true);
        JsonObject ReceiveOk() => QueryTranslator.Term(Fields.ReceiveStatus, "success");
        JsonObject DeliverOk() => QueryTranslator.Term(Fields.DeliverStatus, "success");
        return new JsonObject
        {
            ["filters"] = new JsonObject
            {
                ["filters"] = new JsonObject
                {
                    ["lacked"] = Lacked(),
                    ["unknown"] = new JsonObject
                    {
                        ["bool"] = new JsonObject { ["filter"] = new JsonArray { Unknown() }, ["must_not"] = new JsonArray { Lacked() } },
                    },
                    ["success"] = new JsonObject
                    {
                        ["bool"] = new JsonObject
                        {
                            ["must_not"] = new JsonArray { Lacked(), Unknown() },
                            ["should"] = new JsonArray { ReceiveOk(), DeliverOk() },
                            ["minimum_should_match"] = 1,
                        },
                    },
                    ["not_applicable"] = new JsonObject
                    {
                        ["bool"] = new JsonObject { ["must_not"] = new JsonArray { Lacked(), Unknown(), ReceiveOk(), DeliverOk() } },
                    },
                },
            },
        };
    }

    private static JsonObject Source(string name, JsonObject source) => new() { [name] = source };

    private static JsonObject TermsField(string field) =>
        new() { ["terms"] = new JsonObject { ["field"] = field, ["missing_bucket"] = true } };

    private static JsonObject TermsScript(string script) =>
        new()
        {
            ["terms"] = new JsonObject
            {
                ["script"] = new JsonObject { ["source"] = script, ["lang"] = "painless" },
                ["missing_bucket"] = true,
            },
        };

    private static JsonObject DateHistogram(string interval, string format) =>
        new()
        {
            ["date_histogram"] = new JsonObject
            {
                ["field"] = Fields.Timestamp,
                ["calendar_interval"] = interval,
                ["time_zone"] = "UTC",
                ["format"] = format,
            },
        };

    /// <summary>
    /// Pages a composite aggregation (optionally inside <c>nested</c> on <paramref name="nestedPath"/>) by
    /// <c>after_key</c> and hands every bucket to <paramref name="onBucket"/>.
    /// </summary>
    private async Task CompositeAsync(JsonObject query, JsonArray sources, string? nestedPath, JsonObject? subAggregations,
        Action<JsonElement> onBucket, CancellationToken cancellationToken)
    {
        JsonNode? after = null;
        while (true)
        {
            var composite = new JsonObject { ["size"] = PageSize, ["sources"] = sources.DeepClone() };
            if (after is not null)
            {
                composite["after"] = after;
            }
            var groups = new JsonObject { ["composite"] = composite };
            if (subAggregations is not null)
            {
                groups["aggs"] = subAggregations.DeepClone();
            }
            JsonObject aggs = nestedPath is null
                ? new JsonObject { ["groups"] = groups }
                : new JsonObject
                {
                    ["legs"] = new JsonObject
                    {
                        ["nested"] = new JsonObject { ["path"] = nestedPath },
                        ["aggs"] = new JsonObject { ["groups"] = groups },
                    },
                };
            var body = new JsonObject { ["size"] = 0, ["track_total_hits"] = false, ["query"] = query.DeepClone(), ["aggs"] = aggs };
            var response = await connection.SendAsync(HttpMethod.POST, SearchPath, Bytes(body), cancellationToken).ConfigureAwait(false);
            if (response.Status == 404)
            {
                return;
            }
            Ensure(response, "aggregating");
            using var doc = response.Json();
            if (!doc.RootElement.TryGetProperty("aggregations", out var result))
            {
                return;
            }
            if (nestedPath is not null)
            {
                result = result.GetProperty("legs");
            }
            result = result.GetProperty("groups");
            var count = 0;
            foreach (var bucket in result.GetProperty("buckets").EnumerateArray())
            {
                onBucket(bucket);
                count++;
            }
            if (count == 0 || !result.TryGetProperty("after_key", out var afterKey))
            {
                return;
            }
            after = JsonNode.Parse(afterKey.GetRawText());
        }
    }

    private async Task FiltersOnlyAsync(JsonObject query, JsonObject filters, Action<string, long> onBucket, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["size"] = 0, ["track_total_hits"] = false, ["query"] = query, ["aggs"] = new JsonObject { ["state"] = filters } };
        var response = await connection.SendAsync(HttpMethod.POST, SearchPath, Bytes(body), cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return;
        }
        Ensure(response, "aggregating");
        using var doc = response.Json();
        if (!doc.RootElement.TryGetProperty("aggregations", out var result))
        {
            return;
        }
        foreach (var s in result.GetProperty("state").GetProperty("buckets").EnumerateObject())
        {
            onBucket(s.Name, s.Value.GetProperty("doc_count").GetInt64());
        }
    }

    private static string Key(JsonElement bucket, string name)
    {
        var key = bucket.GetProperty("key").GetProperty(name);
        return key.ValueKind switch
        {
            JsonValueKind.String => key.GetString()!,
            JsonValueKind.Null or JsonValueKind.Undefined => Missing,
            _ => key.GetRawText(),
        };
    }

    private static long DocCount(JsonElement bucket) => bucket.GetProperty("doc_count").GetInt64();

    private void Ensure(SearchResponse response, string what)
    {
        if (!response.IsSuccess)
        {
            throw new SearchRequestException($"{connection.Description}: {what} failed: {connection.Secrets.Redact(response.Describe())}", response.Status);
        }
    }

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public ValueTask DisposeAsync()
    {
        if (ownsConnection)
        {
            connection.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>Group names that are not values of a field.</summary>
public static class CoverageGroups
{
    /// <summary>The single group of <c>coverage</c> without <c>--by</c>.</summary>
    public const string All = "all";
}
