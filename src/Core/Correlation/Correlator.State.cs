using System.Text.Json;
using System.Text.Json.Serialization;

namespace EsaTls.Core.Correlation;

// Saving and restoring the open state, so that a restarted worker (or the next batch of files) continues
// exactly where the last commit left off: same documents, same ids.
public sealed partial class Correlator
{
    public string SaveState() =>
        JsonSerializer.Serialize(new CorrelatorStateDto { Appliances = [.. _appliances.Values] }, CorrelatorStateJson.Default.CorrelatorStateDto);

    public void RestoreState(string state)
    {
        var dto = JsonSerializer.Deserialize(state, CorrelatorStateJson.Default.CorrelatorStateDto)
            ?? throw new JsonException("correlator state is null");
        _appliances.Clear();
        foreach (var a in dto.Appliances)
        {
            _appliances[a.Name] = a;
        }
        UpdateGauges();
    }
}

internal sealed class CorrelatorStateDto
{
    public int Version { get; set; } = 1;
    public List<ApplianceState> Appliances { get; set; } = [];
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CorrelatorStateDto))]
internal sealed partial class CorrelatorStateJson : JsonSerializerContext;
