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

    private const int MaxKeyLength = 200;
    private const int MaxKeyLevels = 8;

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
                // The item is not echoed: what was meant as a value may be a password.
                throw new UsageException(eq == 0
                    ? "--set: a value without its key (=…); expected Key=Value, e.g. --set Syslog:Udp=0.0.0.0:5514"
                    : $"--set: an item without '=' ({item.Length} characters); expected Key=Value, e.g. --set Syslog:Udp=0.0.0.0:5514");
            }
            var key = item[..eq].Trim().Replace("__", ":", StringComparison.Ordinal);
            // Every real key is short and a few levels deep; a huge one would only make the key check crawl.
            if (key.Length > MaxKeyLength || key.Count(c => c == ':') >= MaxKeyLevels)
            {
                throw new UsageException($"--set: a key of {key.Length} characters is not a setting (see docs/worker.md)");
            }
            sets[key] = item[(eq + 1)..];
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
