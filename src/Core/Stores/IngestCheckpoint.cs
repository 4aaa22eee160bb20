using System.Text.Json;
using System.Text.Json.Serialization;

namespace EsaTls.Core.Stores;

/// <summary>
/// Where ingestion stands: input positions plus the correlator's open state, saved atomically with the
/// documents they produced (SQLite: same transaction; clusters: after the bulk is acknowledged). Restart
/// from it and the final store is the same as a run that never stopped.
/// </summary>
public sealed record IngestCheckpoint
{
    public required IReadOnlyList<InputPosition> Inputs { get; init; }

    /// <summary>Serialised correlator state (opaque to stores).</summary>
    public required string CorrelatorState { get; init; }

    public DateTime SavedUtc { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, CheckpointJsonContext.Default.IngestCheckpoint);

    public static IngestCheckpoint FromJson(string json) =>
        JsonSerializer.Deserialize(json, CheckpointJsonContext.Default.IngestCheckpoint)
        ?? throw new JsonException("checkpoint is null");
}

/// <summary>
/// Progress through one input: a file (key = full path) or a syslog stream (key = listener).
/// <see cref="Fingerprint"/> identifies a file's content independent of its name (rollover renames
/// <c>.c</c> to <c>.s</c>); <see cref="FramerState"/> holds the per-source framing state (year, zone).
/// </summary>
public sealed record InputPosition(
    string Key,
    string Fingerprint,
    long Offset,
    bool Complete,
    string? FramerState);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IngestCheckpoint))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
