using System.Globalization;
using System.Text.Json;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// Reads <c>GET /</c>. OpenSearch says <c>version.distribution: "opensearch"</c> (also in its 7.10.2
/// compatibility mode, where <c>version.number</c> lies); Elasticsearch has no distribution and the tagline
/// "You Know, for Search".
/// </summary>
internal static class EngineDetection
{
    public const int MinElasticsearchMajor = 8;
    public const int MinOpenSearchMajor = 2;

    public static ClusterInfo Parse(byte[] body, string where)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new SearchConfigurationException($"{where} did not answer GET / with JSON: not an Elasticsearch or OpenSearch node");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Object)
            {
                throw new SearchConfigurationException($"{where} answered GET / without a version: not an Elasticsearch or OpenSearch node");
            }
            var number = Str(version, "number");
            var distribution = Str(version, "distribution");
            var tagline = Str(root, "tagline") ?? "";
            var isOpenSearch = string.Equals(distribution, "opensearch", StringComparison.OrdinalIgnoreCase)
                || tagline.Contains("OpenSearch", StringComparison.OrdinalIgnoreCase);
            if (number is null)
            {
                throw new SearchConfigurationException($"{where} answered GET / without version.number");
            }
            if (!isOpenSearch && distribution is not null)
            {
                throw new SearchConfigurationException($"{where} is '{distribution}' {number}: only Elasticsearch and OpenSearch are supported");
            }
            var (major, minor) = ParseVersion(number)
                ?? throw new SearchConfigurationException($"{where} reports version '{number}', which is not a version number");
            return new ClusterInfo(
                isOpenSearch ? SearchEngine.OpenSearch : SearchEngine.Elasticsearch,
                number,
                major,
                minor,
                Str(root, "cluster_name"),
                Str(root, "cluster_uuid"));
        }
    }

    public static void CheckSupported(ClusterInfo info, SearchEngine? hint, string where)
    {
        if (hint is { } h && h != info.Engine)
        {
            var said = h == SearchEngine.OpenSearch ? "--opensearch" : "--elasticsearch";
            var should = info.Engine == SearchEngine.OpenSearch ? "--opensearch" : "--elasticsearch";
            throw new SearchConfigurationException($"{said} was given, but {where} is {info}; use {should}");
        }
        var min = info.Engine == SearchEngine.OpenSearch ? MinOpenSearchMajor : MinElasticsearchMajor;
        if (info.Major < min)
        {
            throw new SearchConfigurationException(
                $"{where} is {info}, which is not supported: esatls needs Elasticsearch {MinElasticsearchMajor}.x or later, or OpenSearch {MinOpenSearchMajor}.x or later");
        }
    }

    internal static (int Major, int Minor)? ParseVersion(string number)
    {
        var core = number.Split('-', 2)[0].Split('.');
        if (core.Length < 2
            || !int.TryParse(core[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(core[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return null;
        }
        return (major, minor);
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
