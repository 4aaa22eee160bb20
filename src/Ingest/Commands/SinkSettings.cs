using System.ComponentModel;
using Spectre.Console.Cli;

namespace EsaTls.Ingest.Commands;

/// <summary>Where documents go (design.md §4): SQLite by default, or a cluster.</summary>
public class SinkSettings : CommandSettings
{
    [CommandOption("--store <PATH>")]
    [Description("SQLite store file (default ./esatls.db).")]
    public string? Store { get; init; }

    [CommandOption("--elasticsearch <URL>")]
    [Description("Write to Elasticsearch 8/9 at URL instead of SQLite.")]
    public string? Elasticsearch { get; init; }

    [CommandOption("--opensearch <URL>")]
    [Description("Write to OpenSearch 2.x at URL instead of SQLite.")]
    public string? OpenSearch { get; init; }

    [CommandOption("--api-key <KEY>")]
    [Description("API key for the cluster (or ESATLS_API_KEY).")]
    public string? ApiKey { get; init; }

    [CommandOption("--username <NAME>")]
    [Description("Basic-auth user (or ESATLS_USERNAME).")]
    public string? Username { get; init; }

    [CommandOption("--password <PASSWORD>")]
    [Description("Basic-auth password (or ESATLS_PASSWORD; prefer the variable: arguments show in process lists).")]
    public string? Password { get; init; }

    [CommandOption("--ca-cert <FILE>")]
    [Description("PEM CA certificate that signed the cluster's certificate.")]
    public string? CaCert { get; init; }

    [CommandOption("--ca-fingerprint <SHA256>")]
    [Description("SHA-256 fingerprint of the cluster's (or its CA's) certificate, instead of --ca-cert.")]
    public string? CaFingerprint { get; init; }

    [CommandOption("--state-dir <DIR>")]
    [Description("Cluster sinks: where the checkpoint and dead-letter file live (default ./esatls-state/<host>).")]
    public string? StateDir { get; init; }

    [CommandOption("--insecure")]
    [Description("Do not verify the cluster's TLS certificate (testing only).")]
    public bool Insecure { get; init; }

    public string StorePath => Store ?? "esatls.db";

    public bool IsCluster => Elasticsearch is not null || OpenSearch is not null;

    public override Spectre.Console.ValidationResult Validate()
    {
        var targets = (Store is null ? 0 : 1) + (Elasticsearch is null ? 0 : 1) + (OpenSearch is null ? 0 : 1);
        if (targets > 1)
        {
            return Spectre.Console.ValidationResult.Error("choose one of --store, --elasticsearch, --opensearch");
        }
        return base.Validate();
    }
}
