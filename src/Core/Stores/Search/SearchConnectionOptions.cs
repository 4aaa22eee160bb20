using System.Text;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// How to reach a cluster, as the command line or configuration gives it. Secrets left empty here are
/// read from the environment (<c>ESATLS_API_KEY</c>, <c>ESATLS_USERNAME</c>, <c>ESATLS_PASSWORD</c>) by
/// <see cref="SearchConnection.FromOptions"/>. <see cref="ToString"/> never prints a secret.
/// </summary>
public sealed record SearchConnectionOptions
{
    public const string ApiKeyVariable = "ESATLS_API_KEY";
    public const string UsernameVariable = "ESATLS_USERNAME";
    public const string PasswordVariable = "ESATLS_PASSWORD";

    /// <summary>One or more node URLs (<c>https://es1:9200</c>); requests fail over between them.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>What the user said the server is (<c>--elasticsearch</c> / <c>--opensearch</c>); checked against <c>GET /</c>.</summary>
    public SearchEngine? EngineHint { get; init; }

    public string? ApiKey { get; init; }
    public string? Username { get; init; }
    public string? Password { get; init; }

    /// <summary>PEM (or DER) file with the CA certificate(s) the server chain must lead to.</summary>
    public string? CaCertificateFile { get; init; }

    /// <summary>SHA-256 fingerprint (hex, colons optional) of the server certificate or one of its CAs.</summary>
    public string? CertificateFingerprint { get; init; }

    /// <summary>Skip certificate verification. Off unless asked for explicitly.</summary>
    public bool Insecure { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Urls = [").AppendJoin(", ", Urls.Select(SearchConnection.RedactUrl)).Append(']');
        builder.Append(", EngineHint = ").Append(EngineHint?.ToString() ?? "-");
        builder.Append(", ApiKey = ").Append(ApiKey is null ? "-" : Secrets.Mask);
        builder.Append(", Username = ").Append(Username ?? "-");
        builder.Append(", Password = ").Append(Password is null ? "-" : Secrets.Mask);
        builder.Append(", CaCertificateFile = ").Append(CaCertificateFile ?? "-");
        builder.Append(", CertificateFingerprint = ").Append(CertificateFingerprint ?? "-");
        builder.Append(", Insecure = ").Append(Insecure);
        builder.Append(", RequestTimeout = ").Append(RequestTimeout);
        return true;
    }
}
