using System.Text.Json;
using System.Text.Json.Serialization;

namespace EsaTls.Core.Contract;

/// <summary>Source-generated serialisation of the document: compact, nulls omitted, UTC dates.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(MessageDocument))]
public sealed partial class DocumentJsonContext : JsonSerializerContext;

public static class DocumentJson
{
    public static string Serialize(MessageDocument doc) =>
        JsonSerializer.Serialize(doc, DocumentJsonContext.Default.MessageDocument);

    public static void Serialize(Utf8JsonWriter writer, MessageDocument doc) =>
        JsonSerializer.Serialize(writer, doc, DocumentJsonContext.Default.MessageDocument);

    public static byte[] SerializeToUtf8(MessageDocument doc) =>
        JsonSerializer.SerializeToUtf8Bytes(doc, DocumentJsonContext.Default.MessageDocument);

    public static MessageDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, DocumentJsonContext.Default.MessageDocument)
        ?? throw new JsonException("document is null");

    public static MessageDocument Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, DocumentJsonContext.Default.MessageDocument)
        ?? throw new JsonException("document is null");
}
