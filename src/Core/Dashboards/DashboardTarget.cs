namespace EsaTls.Core.Dashboards;

/// <summary>Which saved-objects API the target speaks; decides the XSRF header and which bundle is sent.</summary>
public enum DashboardProduct
{
    Kibana,
    OpenSearchDashboards,
}

/// <summary>
/// Where and how to import the saved dashboards. <see cref="Url"/> is the Kibana / OpenSearch Dashboards base URL,
/// including a base path if the server has one (<c>https://host/kibana</c>), never the Elasticsearch URL.
/// Authentication: <see cref="ApiKey"/> (the encoded value, or <c>id:key</c>) or <see cref="Username"/> and
/// <see cref="Password"/>; neither for an unsecured trial stack.
/// </summary>
public sealed record DashboardTarget
{
    public required DashboardProduct Product { get; init; }

    public required Uri Url { get; init; }

    /// <summary>Kibana space id (<c>/s/{space}/api/...</c>); null for the default space. Kibana only.</summary>
    public string? Space { get; init; }

    /// <summary>OpenSearch security tenant (<c>securitytenant</c> header, e.g. <c>global</c> or <c>private</c>). OpenSearch Dashboards only.</summary>
    public string? Tenant { get; init; }

    public string? ApiKey { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>PEM (or DER) file with the CA certificate(s) that signed the server's certificate.</summary>
    public string? CaCertificateFile { get; init; }

    /// <summary>Accept any server certificate (trial setups with self-signed certificates only).</summary>
    public bool Insecure { get; init; }

    /// <summary>
    /// An NDJSON export to import instead of the bundle built into this release (e.g. a customised copy of
    /// <c>dashboards/kibana/esatls.ndjson</c>); null to import the built-in bundle.
    /// </summary>
    public string? SavedObjectsFile { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);
}
