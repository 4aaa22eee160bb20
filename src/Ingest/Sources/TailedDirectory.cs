using EsaTls.Ingest.Hosting;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Sources;

/// <summary>One watched push directory: its settings, and its log files grouped by subscription in roll-over order.</summary>
internal sealed class TailedDirectory(FileInputSettings input, TailContext context)
{
    private string? _problem;

    public FileInputSettings Input { get; } = input;

    /// <summary>The directory's groups now, or null when it cannot be listed (reported once per change).</summary>
    public List<InputGroup>? Scan()
    {
        var groups = TailScan.List(Input.Path, out var problem);
        if (problem != _problem)
        {
            if (problem is null)
            {
                context.Log.LogInformation("{Path}: watching", Input.Path);
            }
            else
            {
                context.Log.LogWarning("{Path}: {Problem}; waiting for it", Input.Path, problem);
            }
            _problem = problem;
        }
        return groups;
    }
}
