using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Search;

namespace EsaTls.Tests.Search;

/// <summary>
/// In-memory composite (terms by field or by one of the store's known scripts, date_histogram; missing_bucket;
/// after/after_key paging), nested and filters aggregations. The scripts are recognised by their exact text
/// and computed with the same rule in C#; Painless itself runs only against real clusters.
/// </summary>
public static class FakeAggregations
{
    /// <summary>Evaluates <paramref name="aggs"/>; <paramref name="parent"/> is the kind of the enclosing aggregation (null at the top).</summary>
    public static JsonObject Evaluate(JsonObject aggs, List<FakeContext> docs, string? parent = null)
    {
        var result = new JsonObject();
        foreach (var (name, spec) in aggs)
        {
            result[name] = EvaluateOne(spec!.AsObject(), docs, parent);
        }
        return result;
    }

    private static JsonObject EvaluateOne(JsonObject spec, List<FakeContext> docs, string? parent)
    {
        var sub = (spec["aggs"] ?? spec["aggregations"]) as JsonObject;
        var kinds = spec.Select(kv => kv.Key).Where(k => k is not ("aggs" or "aggregations" or "meta")).ToList();
        if (kinds.Count != 1)
        {
            throw new InvalidOperationException($"Expected exactly one aggregation type, found [{string.Join(", ", kinds)}]");
        }
        if (spec["nested"] is JsonObject nested)
        {
            var path = nested["path"]!.GetValue<string>();
            FakeQuery.RequireNested(path);
            var inner = docs.SelectMany(d => FakeQuery.NestedObjects(d, path)).ToList();
            var r = new JsonObject { ["doc_count"] = inner.Count };
            Merge(r, sub, inner, "nested");
            return r;
        }
        if (spec["filters"] is JsonObject filters)
        {
            var buckets = new JsonObject();
            foreach (var (name, q) in filters["filters"]!.AsObject())
            {
                var matched = docs.Where(d => FakeQuery.Matches(q!.AsObject(), d)).ToList();
                var b = new JsonObject { ["doc_count"] = matched.Count };
                Merge(b, sub, matched, "filters");
                buckets[name] = b;
            }
            return new JsonObject { ["buckets"] = buckets };
        }
        if (spec["composite"] is JsonObject composite)
        {
            // Elasticsearch and OpenSearch: composite only at the top or under nested/reverse_nested.
            if (parent is not (null or "nested" or "reverse_nested"))
            {
                throw new InvalidOperationException($"[composite] aggregation cannot be used with a parent aggregation of type: [{parent}]");
            }
            return Composite(composite, sub, docs);
        }
        throw new NotSupportedException("aggregation " + spec.ToJsonString());
    }

    private static void Merge(JsonObject into, JsonObject? sub, List<FakeContext> docs, string parent)
    {
        if (sub is null)
        {
            return;
        }
        foreach (var (k, v) in Evaluate(sub, docs, parent))
        {
            into[k] = v!.DeepClone();
        }
    }

    private static JsonObject Composite(JsonObject spec, JsonObject? sub, List<FakeContext> docs)
    {
        var sources = spec["sources"]!.AsArray().Select(s => s!.AsObject().Single()).Select(kv => (Name: kv.Key, Spec: kv.Value!.AsObject())).ToList();
        if (sources.Count == 0 || sources.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != sources.Count)
        {
            throw new InvalidOperationException("Composite [sources] must be non-empty with unique names");
        }
        var size = spec["size"]?.GetValue<int>() ?? 10;
        var buckets = new Dictionary<string, (JsonNode?[] Key, List<FakeContext> Docs)>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var perSource = new List<List<JsonNode?>>();
            var skip = false;
            foreach (var (_, s) in sources)
            {
                var (kind, body) = s.Single();
                var values = SourceValues(kind, body!.AsObject(), doc);
                if (values.Count == 0)
                {
                    if (body!["missing_bucket"]?.GetValue<bool>() == true)
                    {
                        values.Add(null);
                    }
                    else
                    {
                        skip = true;
                        break;
                    }
                }
                perSource.Add(values);
            }
            if (skip)
            {
                continue;
            }
            IEnumerable<JsonNode?[]> keys = [[]];
            foreach (var values in perSource)
            {
                keys = keys.SelectMany(k => values.Select(v => (JsonNode?[])[.. k, v])).ToList();
            }
            foreach (var key in keys)
            {
                var text = string.Join("\u0001", key.Select(k => k?.ToJsonString() ?? "null"));
                if (!buckets.TryGetValue(text, out var b))
                {
                    buckets[text] = b = (key, []);
                }
                if (!b.Docs.Contains(doc))
                {
                    b.Docs.Add(doc);
                }
            }
        }
        var ordered = buckets.Values.ToList();
        ordered.Sort((a, b) => CompareKeys(a.Key, b.Key));
        if (spec["after"] is JsonObject after)
        {
            if (after.Count != sources.Count || sources.Any(s => !after.ContainsKey(s.Name)))
            {
                throw new InvalidOperationException($"[after] has {after.Count} value(s) but [sources] has {sources.Count}");
            }
            var afterKey = sources.Select(s => after[s.Name]).ToArray();
            ordered = [.. ordered.Where(b => CompareKeys(b.Key, afterKey) > 0)];
        }
        var page = ordered.Take(size).ToList();
        var result = new JsonArray();
        JsonObject? last = null;
        foreach (var (key, bucketDocs) in page)
        {
            var keyObject = new JsonObject();
            for (var i = 0; i < sources.Count; i++)
            {
                keyObject[sources[i].Name] = key[i]?.DeepClone();
            }
            var bucket = new JsonObject { ["key"] = keyObject, ["doc_count"] = bucketDocs.Count };
            Merge(bucket, sub, bucketDocs, "composite");
            result.Add(bucket);
            last = keyObject;
        }
        var r = new JsonObject { ["buckets"] = result };
        if (last is not null)
        {
            r["after_key"] = last.DeepClone();
        }
        return r;
    }

    private static int CompareKeys(JsonNode?[] a, JsonNode?[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = FakeQuery.CompareValue(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return 0;
    }

    private static List<JsonNode?> SourceValues(string kind, JsonObject body, FakeContext doc)
    {
        if (kind == "date_histogram")
        {
            var interval = body["calendar_interval"]!.GetValue<string>();
            var format = body["format"]?.GetValue<string>();
            return [.. FakeQuery.Values(doc, body["field"]!.GetValue<string>())
                .Select(v => DateTimeOffset.FromUnixTimeMilliseconds(FakeQuery.Millis(FakeQuery.Text(v))).UtcDateTime)
                .Select(t => interval switch
                {
                    "1d" or "day" => t.Date,
                    "1h" or "hour" => t.Date.AddHours(t.Hour),
                    _ => throw new NotSupportedException("interval " + interval),
                })
                .Distinct()
                .Select(t => (JsonNode?)JsonValue.Create(format switch
                {
                    "yyyy-MM-dd" => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "yyyy-MM-dd'T'HH':00'" => t.ToString("yyyy-MM-dd'T'HH':00'", CultureInfo.InvariantCulture),
                    _ => throw new NotSupportedException("format " + format),
                }))];
        }
        if (kind != "terms")
        {
            throw new NotSupportedException("composite source " + kind);
        }
        if (body["script"] is JsonObject script)
        {
            var source = script["source"]!.GetValue<string>();
            IEnumerable<string> values;
            if (source == PainlessScripts.SenderDomain)
            {
                if (doc.Prefix.Length > 0)
                {
                    // A nested object has no _source of its own; the script is written for the top level.
                    throw new NotSupportedException("the sender-domain script reads _source and runs on top-level documents only");
                }
                // One distinct doc value: that one; otherwise the first address of _source.
                var docValues = Keywords(doc, Fields.EmailFrom).Distinct(StringComparer.Ordinal).ToList();
                var first = docValues.Count == 1
                    ? docValues[0]
                    : doc.Obj["email"]?["from"]?["address"] switch
                    {
                        JsonArray { Count: > 0 } list => list[0] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null,
                        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
                        _ => null,
                    };
                values = first is null ? [] : PainlessScripts.DomainOf(first) is { } domain ? [domain] : [];
            }
            else if (source == PainlessScripts.RecipientDomains)
            {
                values = Keywords(doc, Fields.EmailTo).Select(PainlessScripts.DomainOf).OfType<string>().Distinct();
            }
            else if (source == PainlessScripts.DeliveryRecipientDomains)
            {
                values = Keywords(doc, Fields.DeliveryRecipients).Select(PainlessScripts.DomainOf).OfType<string>().Distinct();
            }
            else
            {
                throw new NotSupportedException("unknown script: " + source);
            }
            return [.. values.Where(v => v is not null).Select(v => (JsonNode?)JsonValue.Create(v))];
        }
        var field = body["field"]!.GetValue<string>();
        var type = Fields.All.FirstOrDefault(f => f.Path == field)?.Type ?? FieldType.Keyword;
        var raw = FakeQuery.Values(doc, field).ToList();
        return type switch
        {
            FieldType.Long or FieldType.Integer => [.. raw.Select(v => v.GetValue<long>()).Distinct().Select(v => (JsonNode?)JsonValue.Create(v))],
            FieldType.Ip => [.. raw.Select(v => IPAddress.Parse(FakeQuery.Text(v)).ToString()).Distinct().Select(v => (JsonNode?)JsonValue.Create(v))],
            _ => [.. raw.Select(FakeQuery.Text).Where(v => v.Length <= 1024).Distinct(StringComparer.Ordinal).Select(v => (JsonNode?)JsonValue.Create(v))],
        };
    }

    private static IEnumerable<string> Keywords(FakeContext doc, string field) =>
        FakeQuery.Values(doc, field).Select(FakeQuery.Text).Where(v => v.Length <= 1024);
}
