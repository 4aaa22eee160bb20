using System.Text.Json;
using EsaTls.Core.Contract;
using EsaTls.Core.Dashboards;
using static EsaTls.Tests.Dashboards.SavedObjectFile;

namespace EsaTls.Tests.Dashboards;

/// <summary>Shape checks of the Kibana bundle: Lens states, the saved searches and the dashboard.</summary>
public class KibanaSavedObjectsTests
{
    private static readonly SavedObjectFile File = Load(DashboardProduct.Kibana);

    [Fact]
    public void Objects_declare_migration_versions_no_newer_than_the_oldest_supported_kibana_knows()
    {
        // Kibana refuses objects whose version is newer than its own migrations and migrates older ones forward.
        // These maxima are the versions of Kibana 8.8+ sample data; a re-export from a newer Kibana raises them.
        var maxima = new Dictionary<string, Version>
        {
            ["index-pattern"] = new(8, 0, 0),
            ["lens"] = new(8, 9, 0),
            ["search"] = new(7, 9, 3),
            ["dashboard"] = new(8, 7, 0),
        };
        foreach (var o in File.Objects)
        {
            o.GetProperty("coreMigrationVersion").GetString().Should().Be("8.8.0", Id(o));
            Version.Parse(o.GetProperty("typeMigrationVersion").GetString()!).Should()
                .BeLessThanOrEqualTo(maxima[o.GetProperty("type").GetString()!], Id(o));
        }
    }

    [Fact]
    public void Lens_layers_reference_the_data_view_and_their_columns_are_consistent()
    {
        var lenses = File.OfType("lens").ToList();
        lenses.Should().HaveCountGreaterThanOrEqualTo(12);
        foreach (var lens in lenses)
        {
            var id = Id(lens);
            var state = Attributes(lens).GetProperty("state");
            var layers = state.GetProperty("datasourceStates").GetProperty("formBased").GetProperty("layers");
            var columnsByLayer = new Dictionary<string, HashSet<string>>();
            foreach (var layer in layers.EnumerateObject())
            {
                References(lens).Should().Contain(($"indexpattern-datasource-layer-{layer.Name}", "index-pattern", "esatls-messages"), id);
                var columns = layer.Value.GetProperty("columns").EnumerateObject().Select(c => c.Name).ToHashSet();
                layer.Value.GetProperty("columnOrder").EnumerateArray().Select(c => c.GetString()!).Should().BeEquivalentTo(columns, id);
                foreach (var column in layer.Value.GetProperty("columns").EnumerateObject())
                {
                    if (column.Value.TryGetProperty("references", out var refs))
                    {
                        refs.EnumerateArray().Select(r => r.GetString()!).Should().OnlyContain(r => columns.Contains(r), $"{id}.{column.Name}");
                    }
                }
                columnsByLayer[layer.Name] = columns;
            }
            foreach (var (layerId, accessor) in Accessors(state.GetProperty("visualization")))
            {
                columnsByLayer.Should().ContainKey(layerId, id);
                columnsByLayer[layerId].Should().Contain(accessor, $"{id} visualization accessor");
            }
        }
    }

    [Fact]
    public void Formulas_are_stored_with_helper_columns_that_compute_the_same_ratio()
    {
        var formulas = 0;
        foreach (var lens in File.OfType("lens"))
        {
            var layers = Attributes(lens).GetProperty("state").GetProperty("datasourceStates").GetProperty("formBased").GetProperty("layers");
            foreach (var layer in layers.EnumerateObject())
            {
                var columns = layer.Value.GetProperty("columns");
                foreach (var column in columns.EnumerateObject().Where(c => c.Value.GetProperty("operationType").GetString() == "formula"))
                {
                    formulas++;
                    var formula = column.Value.GetProperty("params").GetProperty("formula").GetString()!;
                    column.Value.GetProperty("params").GetProperty("isFormulaBroken").GetBoolean().Should().BeFalse();
                    var math = columns.GetProperty(column.Value.GetProperty("references")[0].GetString()!);
                    math.GetProperty("operationType").GetString().Should().Be("math");
                    var ast = math.GetProperty("params").GetProperty("tinymathAst");
                    ast.GetProperty("text").GetString().Should().Be(formula);
                    ast.GetProperty("name").GetString().Should().Be("divide");
                    var parts = ast.GetProperty("args").EnumerateArray()
                        .Select(a => columns.GetProperty(a.GetString()!).GetProperty("filter").GetProperty("query").GetString()).ToList();
                    parts.Should().Equal(Kql.FormulaKqlArguments(formula), $"helper filters of {Id(lens)} must be the formula's kql arguments");
                }
            }
        }
        formulas.Should().Be(4, "receive and delivery coverage metrics, and both in the appliance table");
    }

    [Fact]
    public void Status_and_version_colors_use_contract_values_and_mark_legacy_tls_red()
    {
        var statusValues = Wire.ReceiveStatuses.Concat(Wire.DeliverStatuses).ToHashSet();
        var legacyRed = false;
        foreach (var lens in File.OfType("lens"))
        {
            var vis = Attributes(lens).GetProperty("state").GetProperty("visualization");
            if (!vis.TryGetProperty("layers", out var layers))
            {
                continue;
            }
            foreach (var layer in layers.EnumerateArray().Where(l => l.TryGetProperty("colorMapping", out _)))
            {
                var assignments = layer.GetProperty("colorMapping").GetProperty("assignments").EnumerateArray().ToList();
                var values = assignments.SelectMany(a => a.GetProperty("rule").GetProperty("values").EnumerateArray().Select(v => v.GetString()!)).ToList();
                if (Id(lens).Contains("status", StringComparison.Ordinal))
                {
                    values.Should().OnlyContain(v => statusValues.Contains(v), Id(lens));
                }
                else
                {
                    var red = assignments.Single(a => a.GetProperty("rule").GetProperty("values").EnumerateArray().Any(v => v.GetString() == "TLSv1.1"));
                    red.GetProperty("color").GetProperty("colorCode").GetString().Should().Be("#BD271E");
                    red.GetProperty("rule").GetProperty("values").EnumerateArray().Select(v => v.GetString()).Should().Contain("TLSv1");
                    legacyRed = true;
                }
            }
        }
        legacyRed.Should().BeTrue();
    }

    [Fact]
    public void Saved_search_for_siem_users_finds_messages_lacking_tls()
    {
        var search = File.OfType("search").Single(s => Attributes(s).GetProperty("title").GetString() == "Messages lacking TLS");
        var source = Embedded(Attributes(search).GetProperty("kibanaSavedObjectMeta"), "searchSourceJSON");
        source.GetProperty("query").GetProperty("query").GetString().Should().Be($"{Fields.TlsLacked}: true");
        source.GetProperty("query").GetProperty("language").GetString().Should().Be("kuery");
        References(search).Should().Contain((source.GetProperty("indexRefName").GetString()!, "index-pattern", "esatls-messages"));
        Attributes(search).GetProperty("columns").EnumerateArray().Select(c => c.GetString())
            .Should().Contain([Fields.ObserverHostname, Fields.EmailFrom, Fields.EmailTo, Fields.ReceiveStatus, Fields.DeliverStatus]);
    }

    [Fact]
    public void Dashboard_places_every_panel_by_reference_and_filters_by_appliance()
    {
        var dashboard = File.OfType("dashboard").Single();
        var a = Attributes(dashboard);
        a.GetProperty("title").GetString().Should().Be("ESA TLS coverage");
        var references = References(dashboard).ToList();

        var panels = JsonDocument.Parse(a.GetProperty("panelsJSON").GetString()!).RootElement.EnumerateArray().ToList();
        panels.Should().HaveCount(File.Objects.Count(o => o.GetProperty("type").GetString() == "lens") + 1);
        var cells = new HashSet<(int, int)>();
        foreach (var panel in panels)
        {
            var index = panel.GetProperty("panelIndex").GetString()!;
            var name = $"{index}:{panel.GetProperty("panelRefName").GetString()}";
            references.Should().Contain(r => r.Name == name && r.Type == panel.GetProperty("type").GetString(), name);
            var g = panel.GetProperty("gridData");
            g.GetProperty("i").GetString().Should().Be(index);
            var (x, y, w, h) = (g.GetProperty("x").GetInt32(), g.GetProperty("y").GetInt32(), g.GetProperty("w").GetInt32(), g.GetProperty("h").GetInt32());
            (x + w).Should().BeLessThanOrEqualTo(48, index);
            for (var cx = x; cx < x + w; cx++)
            {
                for (var cy = y; cy < y + h; cy++)
                {
                    cells.Add((cx, cy)).Should().BeTrue($"panel {index} overlaps another at {cx},{cy}");
                }
            }
        }
        references.Should().Contain(r => r.Type == "search" && r.Id == "esatls-messages-lacking-tls");

        var controls = Embedded(a.GetProperty("controlGroupInput"), "panelsJSON").EnumerateObject().ToList();
        controls.Should().ContainSingle();
        controls[0].Value.GetProperty("type").GetString().Should().Be("optionsListControl");
        controls[0].Value.GetProperty("explicitInput").GetProperty("fieldName").GetString().Should().Be(Fields.ObserverHostname);
        references.Should().Contain(($"controlGroup_{controls[0].Name}:optionsListDataView", "index-pattern", "esatls-messages"));
    }

    [Fact]
    public void Nested_delivery_values_reach_lens_through_runtime_fields_not_nested_terms()
    {
        // Lens cannot bucket on fields inside the nested esa.deliveries: a terms agg on them returns nothing.
        foreach (var lens in File.OfType("lens"))
        {
            foreach (var (field, where) in FieldReferences(Attributes(lens), Id(lens)).Where(r => r.Where.EndsWith(".sourceField", StringComparison.Ordinal)))
            {
                field.Should().NotStartWith(Fields.Deliveries + ".", where);
            }
        }
    }

    private static IEnumerable<(string Layer, string Column)> Accessors(JsonElement vis)
    {
        if (vis.TryGetProperty("layerId", out var single))
        {
            foreach (var key in new[] { "metricAccessor", "secondaryMetricAccessor", "accessor" })
            {
                if (vis.TryGetProperty(key, out var a))
                {
                    yield return (single.GetString()!, a.GetString()!);
                }
            }
            if (vis.TryGetProperty("columns", out var cols))
            {
                foreach (var c in cols.EnumerateArray())
                {
                    yield return (single.GetString()!, c.GetProperty("columnId").GetString()!);
                }
            }
        }
        if (vis.TryGetProperty("layers", out var layers))
        {
            foreach (var layer in layers.EnumerateArray())
            {
                var id = layer.GetProperty("layerId").GetString()!;
                foreach (var key in new[] { "xAccessor", "splitAccessor" })
                {
                    if (layer.TryGetProperty(key, out var a))
                    {
                        yield return (id, a.GetString()!);
                    }
                }
                foreach (var a in layer.GetProperty("accessors").EnumerateArray())
                {
                    yield return (id, a.GetString()!);
                }
            }
        }
    }
}
