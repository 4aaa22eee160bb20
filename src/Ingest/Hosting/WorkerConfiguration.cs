using System.Text.Json;
using EsaTls.Ingest.Cli;
using Microsoft.Extensions.Configuration;

namespace EsaTls.Ingest.Hosting;

/// <summary>
/// The worker's configuration sources, later ones overriding earlier ones (design.md §5): <c>appsettings.json</c>
/// in the working directory (or the <c>--config</c> file), <c>ESATLS__…</c> environment variables
/// (<c>ESATLS__Syslog__Udp</c> = <c>Syslog:Udp</c>), then <c>--set Key=Value</c> on the command line.
/// </summary>
public static class WorkerConfiguration
{
    public const string EnvironmentPrefix = "ESATLS__";
    public const string DefaultFile = "appsettings.json";

    public static IConfigurationRoot Build(string? configFile, IReadOnlyList<string> overrides, IDictionary<string, string?>? environment = null)
    {
        var builder = new ConfigurationBuilder();
        var file = configFile ?? Path.Combine(Directory.GetCurrentDirectory(), DefaultFile);
        if (configFile is not null && !File.Exists(configFile))
        {
            throw new UsageException($"--config: '{configFile}' does not exist");
        }
        if (File.Exists(file))
        {
            CheckJson(file);
            builder.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
        }
        if (environment is null)
        {
            builder.AddEnvironmentVariables(EnvironmentPrefix);
        }
        else
        {
            // Tests pass their own environment; same mapping as the provider: prefix cut, "__" → ":".
            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in environment)
            {
                if (name.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    values[name[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal)] = value;
                }
            }
            builder.AddInMemoryCollection(values);
        }
        var sets = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in overrides)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new UsageException($"--set: '{item}' is not Key=Value (e.g. --set Syslog:Udp=0.0.0.0:5514)");
            }
            sets[item[..eq].Trim().Replace("__", ":", StringComparison.Ordinal)] = item[(eq + 1)..];
        }
        builder.AddInMemoryCollection(sets);
        return builder.Build();
    }

    /// <summary>A JSON syntax error names the file and line instead of surfacing as a provider exception.</summary>
    private static void CheckJson(string file)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new UsageException($"configuration: {file}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        catch (IOException e)
        {
            throw new UsageException($"configuration: {file}: cannot be read ({e.Message})");
        }
    }
}
