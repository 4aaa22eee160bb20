using System.Text;
using System.Text.Json;
using EsaTls.Core.Contract;
using EsaTls.Core.Dashboards;

namespace EsaTls.Tests.Dashboards;

/// <summary>One NDJSON bundle, parsed, plus the contract it must respect.</summary>
internal sealed class SavedObjectFile
{
    public required IReadOnlyList<JsonElement> Objects { get; init; }

    public static SavedObjectFile Load(DashboardProduct product)
    {
        var text = Encoding.UTF8.GetString(SavedObjectsBundle.BuiltIn(product));
        var objects = new List<JsonElement>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                objects.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
        }
        return new SavedObjectFile { Objects = objects };
    }

    public IEnumerable<JsonElement> OfType(string type) => Objects.Where(o => o.GetProperty("type").GetString() == type);

    public static string Id(JsonElement o) => o.GetProperty("id").GetString()!;

    public static JsonElement Attributes(JsonElement o) => o.GetProperty("attributes");

    /// <summary>A JSON document stored as a string attribute (visState, panelsJSON, searchSourceJSON, ...).</summary>
    public static JsonElement Embedded(JsonElement owner, string name) =>
        JsonDocument.Parse(owner.GetProperty(name).GetString()!).RootElement.Clone();

    public static IEnumerable<(string Name, string Type, string Id)> References(JsonElement o) =>
        o.GetProperty("references").EnumerateArray()
            .Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("type").GetString()!, r.GetProperty("id").GetString()!));

    /// <summary>Every mapped path of index-template.json, leaves and object/nested containers alike.</summary>
    public static HashSet<string> TemplatePaths()
    {
        using var stream = typeof(Fields).Assembly.GetManifestResourceStream("EsaTls.Core.Contract.index-template.json")!;
        using var doc = JsonDocument.Parse(stream);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement props, string prefix)
        {
            foreach (var p in props.EnumerateObject())
            {
                var path = prefix.Length == 0 ? p.Name : prefix + "." + p.Name;
                paths.Add(path);
                if (p.Value.TryGetProperty("properties", out var inner))
                {
                    Walk(inner, path);
                }
                if (p.Value.TryGetProperty("fields", out var multi))
                {
                    foreach (var m in multi.EnumerateObject())
                    {
                        paths.Add(path + "." + m.Name);
                    }
                }
            }
        }
        Walk(doc.RootElement.GetProperty("template").GetProperty("mappings").GetProperty("properties"), "");
        return paths;
    }

    /// <summary>
    /// Field references anywhere in <paramref name="element"/>, descending into JSON stored in strings:
    /// field-naming properties, KQL queries (<c>{"query": ..., "language": "kuery"}</c>), formula <c>kql='...'</c>
    /// arguments, saved-search columns and sort. Each hit carries where it was found, for failure messages.
    /// </summary>
    public static List<(string Field, string Where)> FieldReferences(JsonElement element, string where)
    {
        var found = new List<(string, string)>();
        Collect(element, where, found);
        return found;
    }

    private static readonly HashSet<string> FieldProperties =
        ["sourceField", "field", "fieldName", "timeFieldName", "time_field", "pivot_id", "terms_field"];

    private static void Collect(JsonElement e, string where, List<(string, string)> found)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("language", out var lang) && lang.GetString() == "kuery"
                    && e.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String)
                {
                    found.AddRange(Kql.Fields(q.GetString()!).Select(f => (f.Field, $"{where} kql '{q.GetString()}'")));
                }
                foreach (var p in e.EnumerateObject())
                {
                    var at = $"{where}.{p.Name}";
                    if (p.Value.ValueKind == JsonValueKind.String)
                    {
                        var s = p.Value.GetString()!;
                        if (FieldProperties.Contains(p.Name) && s != "___records___")
                        {
                            found.Add((s, at));
                        }
                        else if (p.Name == "formula")
                        {
                            found.AddRange(Kql.FormulaKqlArguments(s).SelectMany(k => Kql.Fields(k)).Select(f => (f.Field, $"{at} '{s}'")));
                        }
                        else if (s.Length > 1 && (s[0] == '{' || s[0] == '[') && TryParse(s) is { } inner)
                        {
                            Collect(inner, at, found);
                        }
                    }
                    else if (p.Name == "columns" && p.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var c in p.Value.EnumerateArray())
                        {
                            if (c.ValueKind == JsonValueKind.String)
                            {
                                found.Add((c.GetString()!, at));
                            }
                            else
                            {
                                Collect(c, at, found);
                            }
                        }
                    }
                    else if (p.Name == "sort" && p.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var pair in p.Value.EnumerateArray())
                        {
                            if (pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() > 0)
                            {
                                found.Add((pair[0].GetString()!, at));
                            }
                        }
                    }
                    else
                    {
                        Collect(p.Value, at, found);
                    }
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    Collect(item, $"{where}[{i++}]", found);
                }
                break;
        }
    }

    internal static JsonElement? TryParse(string s)
    {
        try
        {
            return JsonDocument.Parse(s).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
