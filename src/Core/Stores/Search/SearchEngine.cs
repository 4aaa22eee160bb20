namespace EsaTls.Core.Stores.Search;

/// <summary>The two server families the search store speaks to.</summary>
public enum SearchEngine { Elasticsearch, OpenSearch }

/// <summary>What <c>GET /</c> said about the cluster.</summary>
public sealed record ClusterInfo(
    SearchEngine Engine,
    string Version,
    int Major,
    int Minor,
    string? ClusterName,
    string? ClusterUuid)
{
    public string Product => Engine == SearchEngine.OpenSearch ? "OpenSearch" : "Elasticsearch";

    public override string ToString() => $"{Product} {Version}";
}

/// <summary>A configuration or compatibility problem: the message names the option or the server fact at fault.</summary>
public sealed class SearchConfigurationException(string message) : Exception(message);

/// <summary>
/// The cluster could not be reached or refused a request. Messages carry status and the server's reason,
/// never credentials.
/// </summary>
public sealed class SearchRequestException(string message, int? status = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? Status { get; } = status;
}
