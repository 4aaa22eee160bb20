using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EsaTls.Core.Contract;

namespace EsaTls.Tests.Search;

/// <summary>A document (or one nested object of it, with the nested path as prefix) a query is evaluated on.</summary>
public sealed record FakeContext(JsonObject Obj, string Prefix);

/// <summary>
/// In-memory evaluation of the query-DSL subset the search store generates: bool (filter, must, must_not,
/// should + minimum_should_match), term, terms, range, prefix, wildcard (case_insensitive), exists, nested,
/// match_all, match_none; and sorting with search_after. Field types come from the contract.
/// </summary>
public static class FakeQuery
{
    private static readonly Dictionary<string, FieldType> Types = Fields.All.ToDictionary(f => f.Path, f => f.Type);

    public static bool Matches(JsonObject query, FakeContext ctx)
    {
        var (kind, body) = query.Single();
        switch (kind)
        {
            case "match_all":
                return true;
            case "match_none":
                return false;
            case "bool":
                return Bool(body!.AsObject(), ctx);
            case "term":
                {
                    var (field, spec) = body!.AsObject().Single();
                    var value = spec is JsonObject o ? o["value"] : spec;
                    return Values(ctx, field).Any(v => Equal(field, v, value!));
                }
            case "terms":
                {
                    var (field, list) = body!.AsObject().Single();
                    var wanted = list!.AsArray();
                    return Values(ctx, field).Any(v => wanted.Any(w => Equal(field, v, w!)));
                }
            case "range":
                {
                    var (field, spec) = body!.AsObject().Single();
                    return Values(ctx, field).Any(v => InRange(field, v, spec!.AsObject()));
                }
            case "prefix":
                {
                    var (field, spec) = body!.AsObject().Single();
                    var value = (spec is JsonObject o ? o["value"] : spec)!.GetValue<string>();
                    var ci = spec is JsonObject p && p["case_insensitive"]?.GetValue<bool>() == true;
                    return Values(ctx, field).Any(v => Text(v).StartsWith(value, ci ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
                }
            case "wildcard":
                {
                    var (field, spec) = body!.AsObject().Single();
                    var value = (spec is JsonObject o ? o["value"] : spec)!.GetValue<string>();
                    var ci = spec is JsonObject p && p["case_insensitive"]?.GetValue<bool>() == true;
                    return Values(ctx, field).Any(v => WildcardMatch(value, Text(v), ci, escapes: true));
                }
            case "exists":
                return Values(ctx, body!["field"]!.GetValue<string>()).Any();
            case "nested":
                {
                    var path = body!["path"]!.GetValue<string>();
                    RequireNested(path);
                    var inner = body["query"]!.AsObject();
                    return NestedObjects(ctx, path).Any(n => Matches(inner, n));
                }
            default:
                throw new NotSupportedException($"query [{kind}] is not supported by the double");
        }
    }

    private static readonly HashSet<string> BoolKeys = ["filter", "must", "must_not", "should", "minimum_should_match", "boost", "_name"];

    /// <summary>Both engines refuse a nested query or aggregation on a path that is not mapped <c>nested</c>.</summary>
    public static void RequireNested(string path)
    {
        if (TypeOf(path) != FieldType.Nested)
        {
            throw new InvalidOperationException($"[nested] failed to find nested object under path [{path}]");
        }
    }

    private static bool Bool(JsonObject b, FakeContext ctx)
    {
        foreach (var (key, _) in b)
        {
            if (!BoolKeys.Contains(key))
            {
                throw new InvalidOperationException($"query does not support [{key}]");
            }
        }
        IEnumerable<JsonObject> Clauses(string name) => b[name] switch
        {
            JsonArray a => a.Select(x => x!.AsObject()),
            JsonObject o => [o],
            _ => [],
        };
        if (!Clauses("filter").All(q => Matches(q, ctx)) || !Clauses("must").All(q => Matches(q, ctx)))
        {
            return false;
        }
        if (Clauses("must_not").Any(q => Matches(q, ctx)))
        {
            return false;
        }
        var should = Clauses("should").ToList();
        if (should.Count == 0)
        {
            return true;
        }
        var min = b["minimum_should_match"]?.GetValue<int>()
            ?? (Clauses("filter").Any() || Clauses("must").Any() ? 0 : 1);
        return should.Count(q => Matches(q, ctx)) >= min;
    }

    public static IEnumerable<FakeContext> NestedObjects(FakeContext ctx, string path)
    {
        foreach (var node in Raw(ctx, path))
        {
            if (node is JsonObject o)
            {
                yield return new FakeContext(o, path);
            }
        }
    }

    /// <summary>Leaf values at a dotted path, arrays flattened (what the index holds for the field).</summary>
    public static IEnumerable<JsonNode> Values(FakeContext ctx, string field) =>
        Raw(ctx, field).Where(n => n is JsonValue);

    private static IEnumerable<JsonNode> Raw(FakeContext ctx, string field)
    {
        string relative;
        if (ctx.Prefix.Length == 0)
        {
            relative = field;
        }
        else if (field.StartsWith(ctx.Prefix + ".", StringComparison.Ordinal))
        {
            relative = field[(ctx.Prefix.Length + 1)..];
        }
        else
        {
            return [];
        }
        var current = new List<JsonNode> { ctx.Obj };
        foreach (var part in Split(relative))
        {
            var next = new List<JsonNode>();
            foreach (var node in current)
            {
                if (node is JsonObject o && o[part] is { } child)
                {
                    if (child is JsonArray a)
                    {
                        next.AddRange(a.Where(x => x is not null)!);
                    }
                    else
                    {
                        next.Add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static IEnumerable<string> Split(string path)
    {
        // "@timestamp" and "esa.deliveries.@timestamp" both split on dots only.
        return path.Split('.');
    }

    private static FieldType TypeOf(string field) => Types.TryGetValue(field, out var t) ? t : FieldType.Keyword;

    public static string Text(JsonNode v) => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();

    private static bool Equal(string field, JsonNode docValue, JsonNode wanted)
    {
        switch (TypeOf(field))
        {
            case FieldType.Long or FieldType.Integer or FieldType.Float:
                return Number(docValue) == Number(wanted);
            case FieldType.Boolean:
                return Bool(docValue) == Bool(wanted);
            case FieldType.Ip:
                return IPAddress.Parse(Text(docValue)).Equals(IPAddress.Parse(Text(wanted)));
            case FieldType.Date:
                return Millis(Text(docValue)) == Millis(Text(wanted));
            default:
                var text = Text(docValue);
                // ignore_above 1024: such values are not indexed.
                return text.Length <= 1024 && text == Text(wanted);
        }
    }

    private static bool InRange(string field, JsonNode v, JsonObject spec)
    {
        var isDate = TypeOf(field) == FieldType.Date;
        double Val(JsonNode n) => isDate ? Millis(Text(n)) : Number(n);
        var x = Val(v);
        foreach (var (op, bound) in spec)
        {
            if (op is "format" or "time_zone")
            {
                continue;
            }
            var b = Val(bound!);
            var ok = op switch
            {
                "gte" => x >= b,
                "gt" => x > b,
                "lte" => x <= b,
                "lt" => x < b,
                _ => throw new NotSupportedException("range " + op),
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    private static double Number(JsonNode n) =>
        double.Parse(n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : n.ToJsonString(), CultureInfo.InvariantCulture);

    private static bool Bool(JsonNode n) =>
        n.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => n.GetValue<string>() == "true",
        };

    /// <summary>Epoch milliseconds, truncated like a <c>date</c> field.</summary>
    public static long Millis(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();

    public static bool WildcardMatch(string pattern, string value, bool caseInsensitive, bool escapes = false)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (escapes && c == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else if (c == '*')
            {
                regex.Append(".*");
            }
            else if (c == '?')
            {
                regex.Append('.');
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        regex.Append('$');
        var options = RegexOptions.Singleline | RegexOptions.CultureInvariant | (caseInsensitive ? RegexOptions.IgnoreCase : RegexOptions.None);
        return Regex.IsMatch(value, regex.ToString(), options);
    }

    // ---- sorting ----

    public static List<FakeSorted> Sort(IEnumerable<FakeDoc> docs, JsonArray sort)
    {
        var specs = sort.Select(s => s is JsonObject o
            ? (Field: o.First().Key, Desc: (o.First().Value is JsonObject so ? so["order"]?.GetValue<string>() : o.First().Value?.GetValue<string>()) == "desc")
            : (Field: s!.GetValue<string>(), Desc: false)).ToList();
        var list = docs.Select(d => new FakeSorted(d, SortValues(d, specs))).ToList();
        list.Sort((a, b) => CompareSortValues(a.Values, b.Values, sort));
        return list;
    }

    private static JsonArray SortValues(FakeDoc d, List<(string Field, bool Desc)> specs)
    {
        var values = new JsonArray();
        foreach (var (field, desc) in specs)
        {
            switch (field)
            {
                case "_shard_doc":
                    values.Add(d.Sequence);
                    break;
                case "_id":
                    values.Add(d.Id);
                    break;
                case "_doc":
                    values.Add(d.Sequence);
                    break;
                default:
                    var v = Values(new FakeContext(d.Source, ""), field).ToList();
                    if (TypeOf(field) == FieldType.Date)
                    {
                        var ms = v.Select(x => Millis(Text(x))).ToList();
                        values.Add(ms.Count == 0 ? long.MinValue : desc ? ms.Max() : ms.Min());
                    }
                    else
                    {
                        var s = v.Select(Text).Order(StringComparer.Ordinal).ToList();
                        values.Add(s.Count == 0 ? null : desc ? s[^1] : s[0]);
                    }
                    break;
            }
        }
        return values;
    }

    /// <summary>&lt;0 when <paramref name="a"/> sorts before <paramref name="b"/>.</summary>
    public static int CompareSortValues(JsonArray a, JsonArray b, JsonArray sort)
    {
        for (var i = 0; i < sort.Count && i < a.Count && i < b.Count; i++)
        {
            var s = sort[i];
            var desc = s is JsonObject o && (o.First().Value is JsonObject so ? so["order"]?.GetValue<string>() : o.First().Value?.GetValue<string>()) == "desc";
            var c = CompareValue(a[i], b[i]);
            if (c != 0)
            {
                return desc ? -c : c;
            }
        }
        return 0;
    }

    public static int CompareValue(JsonNode? x, JsonNode? y)
    {
        if (x is null || y is null)
        {
            return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        }
        if (x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number)
        {
            return decimal.Parse(x.ToJsonString(), CultureInfo.InvariantCulture).CompareTo(decimal.Parse(y.ToJsonString(), CultureInfo.InvariantCulture));
        }
        return string.CompareOrdinal(Text(x), Text(y));
    }
}
