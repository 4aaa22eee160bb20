using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using EsaTls.Core.Contract;

namespace EsaTls.Tests.Contract;

public class ContractTests
{
    private static JsonElement TemplateProperties()
    {
        using var stream = typeof(Fields).Assembly.GetManifestResourceStream("EsaTls.Core.Contract.index-template.json")!;
        var doc = JsonDocument.Parse(stream);
        return doc.RootElement.GetProperty("template").GetProperty("mappings").GetProperty("properties").Clone();
    }

    private static Dictionary<string, string> TemplateLeaves()
    {
        var result = new Dictionary<string, string>();
        void Walk(JsonElement props, string prefix)
        {
            foreach (var p in props.EnumerateObject())
            {
                var path = prefix.Length == 0 ? p.Name : prefix + "." + p.Name;
                if (p.Value.TryGetProperty("type", out var type))
                {
                    result[path] = type.GetString()!;
                }
                if (p.Value.TryGetProperty("properties", out var inner))
                {
                    Walk(inner, path);
                }
            }
        }
        Walk(TemplateProperties(), "");
        return result;
    }

    private static IEnumerable<string> DocumentLeaves(Type type, string prefix)
    {
        foreach (var prop in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = prop.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            if (name is null)
            {
                continue;
            }
            var path = prefix.Length == 0 ? name : prefix + "." + name;
            var t = Nullable.GetUnderlyingType(prop.PropertyType) ?? prop.PropertyType;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                t = t.GetGenericArguments()[0];
            }
            if (t.IsClass && t != typeof(string))
            {
                if (t == typeof(DeliveryInfo))
                {
                    yield return path;
                }
                foreach (var leaf in DocumentLeaves(t, path))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    [Fact]
    public void Every_contract_field_is_mapped_with_its_type()
    {
        var leaves = TemplateLeaves();
        foreach (var field in Fields.All)
        {
            leaves.Should().ContainKey(field.Path);
            var expected = field.Type switch
            {
                FieldType.Keyword => "keyword",
                FieldType.Text => "text",
                FieldType.Date => "date",
                FieldType.Long => "long",
                FieldType.Integer => "integer",
                FieldType.Float => "float",
                FieldType.Boolean => "boolean",
                FieldType.Ip => "ip",
                FieldType.Nested => "nested",
                _ => "?",
            };
            leaves[field.Path].Should().Be(expected, field.Path);
        }
    }

    [Fact]
    public void Template_maps_nothing_beyond_the_contract()
    {
        var mapped = TemplateLeaves().Keys;
        mapped.Should().BeEquivalentTo(Fields.All.Select(f => f.Path));
    }

    [Fact]
    public void Document_type_and_field_list_agree()
    {
        DocumentLeaves(typeof(MessageDocument), "").Should().BeEquivalentTo(Fields.All.Select(f => f.Path));
    }

    [Fact]
    public void Serialised_document_uses_wire_names_and_omits_nulls()
    {
        var doc = new MessageDocument
        {
            Timestamp = new DateTime(2024, 3, 1, 10, 0, 5, DateTimeKind.Utc),
            Event = new EventMeta { Ingested = new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc) },
            Observer = new ObserverInfo { Hostname = "esa1" },
            Email = new EmailInfo { LocalId = "42", Direction = MailDirection.Inbound },
            Esa = new EsaInfo
            {
                Mid = 42,
                Receive = new ReceiveInfo { Tls = new ReceiveTls { Status = ReceiveTlsStatus.NotApplicable } },
                Deliver = new DeliverInfo { Tls = new DeliverTls { Status = DeliverTlsStatus.NotDelivered } },
                Tls = new TlsSummary { Lacked = false, Unknown = false },
            },
        };
        var json = DocumentJson.Serialize(doc);
        json.Should().Be("{\"@timestamp\":\"2024-03-01T10:00:05Z\",\"event\":{\"dataset\":\"esatls.message\",\"ingested\":\"2024-03-02T00:00:00Z\"},"
            + "\"observer\":{\"hostname\":\"esa1\"},\"email\":{\"local_id\":\"42\",\"direction\":\"inbound\"},"
            + "\"esa\":{\"mid\":42,\"receive\":{\"tls\":{\"status\":\"not_applicable\"}},\"deliver\":{\"tls\":{\"status\":\"not_delivered\"}},"
            + "\"tls\":{\"lacked\":false,\"unknown\":false},\"final\":false}}");
        DocumentJson.Deserialize(json).Should().BeEquivalentTo(doc);
    }

    [Fact]
    public void Consolidated_fields_serialise_under_esa()
    {
        var doc = new MessageDocument
        {
            Timestamp = new DateTime(2024, 3, 1, 10, 0, 5, DateTimeKind.Utc),
            Event = new EventMeta { Ingested = new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc) },
            Observer = new ObserverInfo { Hostname = "esa1" },
            Email = new EmailInfo { LocalId = "42" },
            Esa = new EsaInfo
            {
                Mid = 42,
                Receive = new ReceiveInfo { Tls = new ReceiveTls { Status = ReceiveTlsStatus.Success } },
                Deliver = new DeliverInfo { Tls = new DeliverTls { Status = DeliverTlsStatus.Success } },
                Tls = new TlsSummary { Lacked = false, Unknown = false },
                Final = true,
                Sources = [DocumentSources.Text, DocumentSources.Consolidated],
                Evidence = new EvidenceInfo { Partial = true },
                Conflicts = [Fields.ReceiveStatus],
                Dane = new DaneInfo { Status = "success", Host = "mx.example" },
            },
        };
        var json = DocumentJson.Serialize(doc);
        json.Should().EndWith("\"final\":true,\"sources\":[\"text\",\"consolidated\"],\"evidence\":{\"partial\":true},"
            + "\"conflicts\":[\"esa.receive.tls.status\"],\"dane\":{\"status\":\"success\",\"host\":\"mx.example\"}}}");
        DocumentJson.Deserialize(json).Should().BeEquivalentTo(doc);
    }

    [Fact]
    public void Wire_names_match_the_json_names()
    {
        foreach (var s in Enum.GetValues<ReceiveTlsStatus>())
        {
            JsonSerializer.Serialize(s).Should().Be($"\"{s.Name()}\"");
        }
        foreach (var s in Enum.GetValues<DeliverTlsStatus>())
        {
            JsonSerializer.Serialize(s).Should().Be($"\"{s.Name()}\"");
        }
        foreach (var s in Enum.GetValues<LegTlsStatus>())
        {
            JsonSerializer.Serialize(s).Should().Be($"\"{s.Name()}\"");
        }
        foreach (var s in Enum.GetValues<DeliveryOutcome>())
        {
            JsonSerializer.Serialize(s).Should().Be($"\"{s.Name()}\"");
        }
        foreach (var s in Enum.GetValues<MailDirection>())
        {
            JsonSerializer.Serialize(s).Should().Be($"\"{s.Name()}\"");
        }
    }

    [Fact]
    public void Document_id_is_deterministic_and_separates_its_inputs()
    {
        var t = new DateTime(2024, 3, 1, 10, 0, 5, DateTimeKind.Utc);
        var id = DocumentId.For("esa1", 42, t);
        id.Should().HaveLength(32).And.Be(DocumentId.For("esa1", 42, t.AddMilliseconds(300)));
        new[] { DocumentId.For("esa2", 42, t), DocumentId.For("esa1", 43, t), DocumentId.For("esa1", 42, t.AddSeconds(1)) }
            .Should().NotContain(id).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Index_is_monthly_by_message_start()
    {
        Fields.IndexFor(new DateTime(2024, 12, 31, 23, 59, 59, DateTimeKind.Utc)).Should().Be("esatls-messages-2024.12");
    }
}
