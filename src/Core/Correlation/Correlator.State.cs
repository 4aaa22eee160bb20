using System.Text.Json;
using System.Text.Json.Serialization;

namespace EsaTls.Core.Correlation;

// Saving and restoring the open state, so that a restarted worker (or the next batch of files) continues
// exactly where the last commit left off: same documents, same ids.
public sealed partial class Correlator
{
    public string SaveState() =>
        JsonSerializer.Serialize(new CorrelatorStateDto { Appliances = [.. _appliances.Values] }, CorrelatorStateJson.Default.CorrelatorStateDto);

    /// <summary>Replaces the open state with a saved one.</summary>
    /// <exception cref="InvalidDataException">The text is not a complete, consistent saved state (a damaged checkpoint);
    /// the current state is then left as it was.</exception>
    public void RestoreState(string state)
    {
        CorrelatorStateDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(state, CorrelatorStateJson.Default.CorrelatorStateDto);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the saved correlation state is damaged: {e.Message}", e);
        }
        CorrelatorStateCheck.Check(dto);
        _appliances.Clear();
        foreach (var a in dto!.Appliances)
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
