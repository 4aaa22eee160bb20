using System.Text.Json;
using EsaTls.Core.Contract;
using EsaTls.Core.Dashboards;
using static EsaTls.Tests.Dashboards.SavedObjectFile;

namespace EsaTls.Tests.Dashboards;

/// <summary>Checks that hold for both bundles: parsing, ids, references, and every field against the contract.</summary>
public class SavedObjectContractTests
{
    /// <summary>Objects a bundle may reference without shipping them. None: every bundle is self-contained.</summary>
    private static readonly HashSet<(string Type, string Id)> AllowedBuiltIns = [];

    public static TheoryData<DashboardProduct> Products => new() { DashboardProduct.Kibana, DashboardProduct.OpenSearchDashboards };

    [Theory]
    [MemberData(nameof(Products))]
    public void Every_line_is_one_saved_object_with_type_id_attributes_and_references(DashboardProduct product)
    {
        var bytes = SavedObjectsBundle.BuiltIn(product);
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n').Where(l => l.Length > 0).ToList();
        lines.Should().NotBeEmpty();
        SavedObjectsBundle.CountObjects(bytes).Should().Be(lines.Count);
        foreach (var line in lines)
        {
            var o = JsonDocument.Parse(line).RootElement;
            o.ValueKind.Should().Be(JsonValueKind.Object);
            o.GetProperty("id").GetString().Should().NotBeNullOrWhiteSpace();
            o.GetProperty("type").GetString().Should().BeOneOf("index-pattern", "lens", "visualization", "search", "dashboard");
            o.GetProperty("attributes").GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
            o.GetProperty("references").ValueKind.Should().Be(JsonValueKind.Array);
        }
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Ids_are_unique(DashboardProduct product)
    {
        var ids = Load(product).Objects.Select(Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Every_reference_resolves_to_an_object_of_the_same_file(DashboardProduct product)
    {
        var file = Load(product);
        var present = file.Objects.Select(o => (o.GetProperty("type").GetString()!, Id(o))).ToHashSet();
        foreach (var o in file.Objects)
        {
            foreach (var (name, type, id) in References(o))
            {
                (present.Contains((type, id)) || AllowedBuiltIns.Contains((type, id)))
                    .Should().BeTrue($"{Id(o)} references {type} {id} ({name})");
            }
            References(o).Select(r => r.Name).Should().OnlyHaveUniqueItems($"reference names of {Id(o)} must be unique");
        }
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Data_view_is_the_contract_index_pattern_with_its_time_field(DashboardProduct product)
    {
        var views = Load(product).OfType("index-pattern").ToList();
        views.Should().ContainSingle();
        var a = Attributes(views[0]);
        a.GetProperty("title").GetString().Should().Be(Fields.IndexPattern);
        a.GetProperty("timeFieldName").GetString().Should().Be(Fields.Timestamp);
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Every_referenced_field_is_mapped_or_a_field_defined_by_the_data_view(DashboardProduct product)
    {
        var file = Load(product);
        var known = TemplatePaths();
        var defined = DefinedFields(file);
        defined.Should().NotBeEmpty();
        defined.Should().OnlyContain(f => f.StartsWith("esatls.", StringComparison.Ordinal), "own fields stay out of the contract's namespaces");
        defined.Should().NotIntersectWith(known);

        var references = file.Objects.SelectMany(o => FieldReferences(Attributes(o), Id(o))).ToList();
        references.Should().HaveCountGreaterThan(30, "the walk must actually find the references");
        foreach (var (field, where) in references)
        {
            (known.Contains(field) || defined.Contains(field)).Should().BeTrue($"'{field}' at {where} is neither mapped nor defined by the data view");
        }
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Field_scripts_read_only_mapped_paths(DashboardProduct product)
    {
        var known = TemplatePaths();
        var scripts = Scripts(Load(product));
        scripts.Should().HaveCount(5);
        foreach (var (name, source) in scripts)
        {
            var paths = Painless.Paths(source);
            paths.Should().NotBeEmpty(name);
            foreach (var path in paths)
            {
                known.Should().Contain(path, $"script of {name} reads it");
            }
        }
    }

    [Fact]
    public void Both_bundles_define_the_same_fields_with_the_same_document_reads()
    {
        var kibana = Scripts(Load(DashboardProduct.Kibana)).ToDictionary(s => s.Name, s => Painless.Paths(s.Source));
        var osd = Scripts(Load(DashboardProduct.OpenSearchDashboards)).ToDictionary(s => s.Name, s => Painless.Paths(s.Source));
        osd.Keys.Should().BeEquivalentTo(kibana.Keys);
        foreach (var (name, paths) in kibana)
        {
            osd[name].Should().Equal(paths, name);
        }
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Kql_literals_are_values_of_the_contract_vocabularies(DashboardProduct product)
    {
        var vocabularies = new Dictionary<string, string[]>
        {
            [Fields.ReceiveStatus] = Wire.ReceiveStatuses,
            [Fields.DeliverStatus] = Wire.DeliverStatuses,
            [Fields.DeliveryTlsStatus] = Enum.GetValues<LegTlsStatus>().Select(s => s.Name()).ToArray(),
            [Fields.DeliveryOutcome] = Enum.GetValues<DeliveryOutcome>().Select(s => s.Name()).ToArray(),
            [Fields.EmailDirection] = Wire.Directions,
            [Fields.TlsLacked] = ["true", "false"],
            [Fields.TlsUnknown] = ["true", "false"],
        };
        var checkedValues = 0;
        foreach (var query in Queries(Load(product)))
        {
            foreach (var (field, values) in Kql.Fields(query))
            {
                if (vocabularies.TryGetValue(field, out var allowed))
                {
                    values.Should().NotBeEmpty(query);
                    values.Should().OnlyContain(v => allowed.Contains(v), $"'{query}' uses a value outside {field}'s vocabulary");
                    checkedValues += values.Count;
                }
            }
        }
        checkedValues.Should().BeGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void Coverage_ratios_match_the_verdict_rules(DashboardProduct product)
    {
        // Numerator: success. Denominator: statuses that had or lacked TLS (unknown / not applicable left out).
        var receive = $"{Fields.ReceiveStatus}: ({string.Join(" or ", new[] { "success" }.Concat(Wire.ReceiveLacking))})";
        var deliver = $"{Fields.DeliverStatus}: ({string.Join(" or ", new[] { "success" }.Concat(Wire.DeliverLacking))})";
        var queries = Queries(Load(product)).ToList();
        queries.Should().Contain(receive).And.Contain(deliver).And.Contain($"{Fields.TlsLacked}: true");
    }

    internal static HashSet<string> DefinedFields(SavedObjectFile file) => Scripts(file).Select(s => s.Name).ToHashSet();

    /// <summary>Kibana runtime fields or OpenSearch Dashboards scripted fields of the data view.</summary>
    internal static List<(string Name, string Source)> Scripts(SavedObjectFile file)
    {
        var view = Attributes(file.OfType("index-pattern").Single());
        var scripts = new List<(string, string)>();
        if (view.TryGetProperty("runtimeFieldMap", out _))
        {
            foreach (var p in Embedded(view, "runtimeFieldMap").EnumerateObject())
            {
                p.Value.GetProperty("type").GetString().Should().Be("keyword");
                scripts.Add((p.Name, p.Value.GetProperty("script").GetProperty("source").GetString()!));
            }
        }
        if (view.TryGetProperty("fields", out _))
        {
            foreach (var f in Embedded(view, "fields").EnumerateArray().Where(f => f.GetProperty("scripted").GetBoolean()))
            {
                f.GetProperty("lang").GetString().Should().Be("painless");
                scripts.Add((f.GetProperty("name").GetString()!, f.GetProperty("script").GetString()!));
            }
        }
        return scripts;
    }

    /// <summary>Every KQL string of the bundle (queries, filters, TSVB ratios, formula arguments).</summary>
    internal static IEnumerable<string> Queries(SavedObjectFile file)
    {
        var queries = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("language", out var l) && l.GetString() == "kuery" && e.TryGetProperty("query", out var q)
                    && q.GetString() is { Length: > 0 } text)
                {
                    queries.Add(text);
                }
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == "formula")
                    {
                        queries.AddRange(Kql.FormulaKqlArguments(p.Value.GetString()!));
                    }
                    else if (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() is { Length: > 1 } s
                        && (s[0] == '{' || s[0] == '[') && TryParse(s) is { } inner)
                    {
                        Walk(inner);
                    }
                    else
                    {
                        Walk(p.Value);
                    }
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
        foreach (var o in file.Objects)
        {
            Walk(Attributes(o));
        }
        return queries;
    }
}
