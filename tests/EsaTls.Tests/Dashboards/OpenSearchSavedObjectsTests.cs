using System.Text.Json;
using EsaTls.Core.Contract;
using EsaTls.Core.Dashboards;
using static EsaTls.Tests.Dashboards.SavedObjectFile;

namespace EsaTls.Tests.Dashboards;

/// <summary>Shape checks of the OpenSearch Dashboards bundle: visStates, TSVB panels, controls and the dashboard.</summary>
public class OpenSearchSavedObjectsTests
{
    private static readonly SavedObjectFile File = Load(DashboardProduct.OpenSearchDashboards);

    [Fact]
    public void Objects_carry_7_x_migration_versions_only()
    {
        foreach (var o in File.Objects)
        {
            o.TryGetProperty("coreMigrationVersion", out _).Should().BeFalse(Id(o));
            var versions = o.GetProperty("migrationVersion").EnumerateObject().ToList();
            versions.Should().ContainSingle().Which.Name.Should().Be(o.GetProperty("type").GetString());
            versions[0].Value.GetString().Should().StartWith("7.", Id(o));
        }
    }

    [Fact]
    public void Visualizations_have_a_known_type_and_an_index_reference_where_they_search()
    {
        var types = new List<string>();
        foreach (var vis in File.OfType("visualization"))
        {
            var a = Attributes(vis);
            var state = Embedded(a, "visState");
            state.GetProperty("title").GetString().Should().Be(a.GetProperty("title").GetString());
            var type = state.GetProperty("type").GetString()!;
            types.Add(type);
            var source = Embedded(a.GetProperty("kibanaSavedObjectMeta"), "searchSourceJSON");
            if (type is "metrics" or "input_control_vis")
            {
                source.TryGetProperty("indexRefName", out _).Should().BeFalse(Id(vis));
            }
            else
            {
                References(vis).Should().Contain((source.GetProperty("indexRefName").GetString()!, "index-pattern", "esatls-messages"), Id(vis));
                state.GetProperty("aggs").GetArrayLength().Should().BeGreaterThan(0);
            }
            JsonDocument.Parse(a.GetProperty("uiStateJSON").GetString()!).Should().NotBeNull();
        }
        types.Should().Contain(["metrics", "histogram", "table", "metric", "input_control_vis"]);
    }

    [Fact]
    public void Tsvb_panels_read_the_contract_index_pattern_and_compute_coverage_with_filter_ratios()
    {
        var ratios = 0;
        foreach (var vis in File.OfType("visualization"))
        {
            var state = Embedded(Attributes(vis), "visState");
            if (state.GetProperty("type").GetString() != "metrics")
            {
                continue;
            }
            var p = state.GetProperty("params");
            p.GetProperty("index_pattern").GetString().Should().Be(Fields.IndexPattern);
            p.GetProperty("time_field").GetString().Should().Be(Fields.Timestamp);
            p.GetProperty("time_range_mode").GetString().Should().Be("entire_time_range", "coverage is over the dashboard's whole range");
            foreach (var metric in p.GetProperty("series").EnumerateArray().SelectMany(s => s.GetProperty("metrics").EnumerateArray()))
            {
                if (metric.GetProperty("type").GetString() == "filter_ratio")
                {
                    ratios++;
                    metric.GetProperty("numerator").GetProperty("query").GetString().Should().EndWith(": success");
                    metric.GetProperty("denominator").GetProperty("query").GetString().Should().Contain("success or");
                }
            }
        }
        ratios.Should().Be(4);
    }

    [Fact]
    public void Appliance_control_filters_on_observer_hostname_through_a_reference()
    {
        var control = File.OfType("visualization").Single(v => Embedded(Attributes(v), "visState").GetProperty("type").GetString() == "input_control_vis");
        var c = Embedded(Attributes(control), "visState").GetProperty("params").GetProperty("controls").EnumerateArray().Single();
        c.GetProperty("fieldName").GetString().Should().Be(Fields.ObserverHostname);
        References(control).Should().Contain((c.GetProperty("indexPatternRefName").GetString()!, "index-pattern", "esatls-messages"));
    }

    [Fact]
    public void Scripted_fields_make_the_field_list_refresh_from_the_cluster()
    {
        // Without readFromDocValues on the stored fields, OpenSearch Dashboards fetches the mapped fields on first
        // use and keeps the scripted ones; a stored list would hide the contract's fields instead.
        var fields = Embedded(Attributes(File.OfType("index-pattern").Single()), "fields").EnumerateArray().ToList();
        fields.Should().NotBeEmpty();
        foreach (var f in fields)
        {
            f.GetProperty("scripted").GetBoolean().Should().BeTrue();
            f.TryGetProperty("readFromDocValues", out _).Should().BeFalse();
        }
    }

    [Fact]
    public void Dashboard_panels_resolve_by_reference_name_without_overlap()
    {
        var dashboard = File.OfType("dashboard").Single();
        var references = References(dashboard).ToList();
        var panels = Embedded(Attributes(dashboard), "panelsJSON").EnumerateArray().ToList();
        panels.Should().HaveCount(File.OfType("visualization").Count() + 1);
        var cells = new HashSet<(int, int)>();
        foreach (var panel in panels)
        {
            var name = panel.GetProperty("panelRefName").GetString()!;
            references.Should().Contain(r => r.Name == name, name);
            var g = panel.GetProperty("gridData");
            for (var x = g.GetProperty("x").GetInt32(); x < g.GetProperty("x").GetInt32() + g.GetProperty("w").GetInt32(); x++)
            {
                x.Should().BeLessThan(48);
                for (var y = g.GetProperty("y").GetInt32(); y < g.GetProperty("y").GetInt32() + g.GetProperty("h").GetInt32(); y++)
                {
                    cells.Add((x, y)).Should().BeTrue($"panel {name} overlaps at {x},{y}");
                }
            }
        }
        references.Should().Contain(r => r.Type == "search" && r.Id == "esatls-osd-messages-lacking-tls");
    }

    [Fact]
    public void Legacy_tls_versions_are_colored_red()
    {
        foreach (var vis in File.OfType("visualization").Where(v => Id(v).Contains("versions", StringComparison.Ordinal)))
        {
            var colors = Embedded(Attributes(vis), "uiStateJSON").GetProperty("vis").GetProperty("colors");
            colors.GetProperty("TLSv1").GetString().Should().Be("#BD271E");
            colors.GetProperty("TLSv1.1").GetString().Should().Be("#BD271E");
            colors.GetProperty("TLSv1.2").GetString().Should().NotBe("#BD271E");
        }
    }
}
