using EsaTls.Core.Stores.Search;
using EsaTls.Query.Cli;

namespace EsaTls.Query.Backends;

public enum BackendKind { Sqlite, Elasticsearch, OpenSearch }

/// <summary>
/// Which store to query and how to reach it (design.md §4: the same backend options as the ingest sink).
/// Secrets are held but never shown: <see cref="ToString"/> redacts them and URLs lose their user info.
/// </summary>
public sealed record BackendOptions
{
    public const string DefaultStorePath = "./esatls.db";
    public const string ApiKeyVariable = SearchConnectionOptions.ApiKeyVariable;
    public const string UsernameVariable = SearchConnectionOptions.UsernameVariable;
    public const string PasswordVariable = SearchConnectionOptions.PasswordVariable;

    public BackendKind Kind { get; init; }

    /// <summary>SQLite store file (<see cref="BackendKind.Sqlite"/>).</summary>
    public string StorePath { get; init; } = DefaultStorePath;

    /// <summary>Cluster URL (<see cref="BackendKind.Elasticsearch"/>, <see cref="BackendKind.OpenSearch"/>): the first node.</summary>
    public Uri? Url { get; init; }

    /// <summary>Every node given (<c>--elasticsearch https://es1:9200,https://es2:9200</c>); requests fail over between them.</summary>
    public IReadOnlyList<Uri> Nodes { get; init; } = [];

    public string? ApiKey { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? CaCertificatePath { get; init; }

    /// <summary>SHA-256 fingerprint of the cluster's certificate or its CA (checked by <c>SearchConnection</c>, as for ingest).</summary>
    public string? CertificateFingerprint { get; init; }

    public bool Insecure { get; init; }

    /// <summary>Where the backend is, for messages: the store path or the URL without user info.</summary>
    public string Target => Kind == BackendKind.Sqlite ? StorePath : Nodes.Count > 1 ? string.Join(',', Nodes.Select(Redact)) : Redact(Url);

    public override string ToString() =>
        $"{Kind} {Target}" + (ApiKey is null ? "" : " api-key=***") + (Username is null ? "" : $" user={Username} password=***")
        + (CaCertificatePath is null ? "" : $" ca-cert={CaCertificatePath}")
        + (CertificateFingerprint is null ? "" : $" ca-fingerprint={CertificateFingerprint}") + (Insecure ? " insecure" : "");

    /// <summary>
    /// Builds the options from the command line values (null = not given) and the environment; a
    /// contradiction or a bad value is a <see cref="UsageException"/> that names the option.
    /// </summary>
    public static BackendOptions From(
        string? store, string? elasticsearch, string? opensearch, string? apiKey, string? username, string? password,
        string? caCert, string? caFingerprint, bool insecure, CliEnvironment environment)
    {
        var chosen = (store is null ? 0 : 1) + (elasticsearch is null ? 0 : 1) + (opensearch is null ? 0 : 1);
        if (chosen > 1)
        {
            throw new UsageException("choose one backend: --store, --elasticsearch or --opensearch");
        }
        if (elasticsearch is null && opensearch is null)
        {
            if (apiKey is not null || username is not null || password is not null || caCert is not null || caFingerprint is not null || insecure)
            {
                throw new UsageException("--api-key, --username, --password, --ca-cert, --ca-fingerprint and --insecure apply only to --elasticsearch or --opensearch");
            }
            if (store is { Length: 0 })
            {
                throw new UsageException("--store needs a path");
            }
            return new BackendOptions { Kind = BackendKind.Sqlite, StorePath = store ?? DefaultStorePath };
        }

        var (kind, option, text) = elasticsearch is not null
            ? (BackendKind.Elasticsearch, "--elasticsearch", elasticsearch)
            : (BackendKind.OpenSearch, "--opensearch", opensearch!);
        // The ingest side's validation and credential choice (options, then URL user info, then ESATLS_*), so
        // that a cluster option means the same and fails with the same message on both command lines.
        ResolvedSearchOptions resolved;
        try
        {
            resolved = SearchConnection.Resolve(new SearchConnectionOptions
            {
                Urls = [text],
                ApiKey = apiKey,
                Username = username,
                Password = password,
                CaCertificateFile = caCert,
                CertificateFingerprint = caFingerprint,
                Insecure = insecure,
            }, environment.GetVariable);
        }
        catch (SearchConfigurationException e)
        {
            throw new UsageException(e.Message);
        }
        if (caCert is not null && !File.Exists(caCert))
        {
            throw new UsageException($"--ca-cert: no file at '{caCert}'");
        }
        return new BackendOptions
        {
            Kind = kind,
            Url = resolved.Nodes[0],
            Nodes = resolved.Nodes,
            ApiKey = resolved.ApiKey,
            Username = resolved.Username,
            Password = resolved.Password,
            CaCertificatePath = caCert,
            CertificateFingerprint = caFingerprint,
            Insecure = insecure,
        };
    }

    private static string Redact(Uri? url) => url is null ? "-" : SearchConnection.RedactUrl(url.ToString());
}
