using System.ComponentModel;
using Spectre.Console.Cli;

namespace EsaTls.Query.Commands;

/// <summary>Backend options, shared by every command (and by the ingest sink).</summary>
public class BackendSettings : CommandSettings
{
    [CommandOption("--store <PATH>")]
    [Description("SQLite store to query (default ./esatls.db)")]
    public string? Store { get; set; }

    [CommandOption("--elasticsearch <URL>")]
    [Description("Query an Elasticsearch 8/9 cluster instead")]
    public string? Elasticsearch { get; set; }

    [CommandOption("--opensearch <URL>")]
    [Description("Query an OpenSearch 2.x cluster instead")]
    public string? OpenSearch { get; set; }

    [CommandOption("--api-key <KEY>")]
    [Description("Cluster API key (or environment ESATLS_API_KEY)")]
    public string? ApiKey { get; set; }

    [CommandOption("--username <NAME>")]
    [Description("Cluster user (or environment ESATLS_USERNAME)")]
    public string? Username { get; set; }

    [CommandOption("--password <PASSWORD>")]
    [Description("Cluster password (or environment ESATLS_PASSWORD, preferred: options show in process lists)")]
    public string? Password { get; set; }

    [CommandOption("--ca-cert <FILE>")]
    [Description("PEM file of the CA that signed the cluster's certificate")]
    public string? CaCert { get; set; }

    [CommandOption("--ca-fingerprint <SHA256>")]
    [Description("SHA-256 fingerprint of the cluster's (or its CA's) certificate, instead of --ca-cert")]
    public string? CaFingerprint { get; set; }

    [CommandOption("--insecure")]
    [Description("Do not verify the cluster's certificate")]
    public bool Insecure { get; set; }
}

/// <summary>The message filters and the output format.</summary>
public class FilterSettings : BackendSettings
{
    [CommandOption("--since <TIME>")]
    [Description("Messages that started at or after TIME: 2024-03-01, 2024-03-01T10:00 (UTC unless +hh:mm/Z given), or 30m, 24h, 7d ago")]
    public string? Since { get; set; }

    [CommandOption("--until <TIME>")]
    [Description("Messages that started before TIME (same forms as --since)")]
    public string? Until { get; set; }

    [CommandOption("--host <NAME>")]
    [Description("Only this appliance (exact name)")]
    public string? Host { get; set; }

    [CommandOption("--sender-domain <DOMAIN>")]
    [Description("Envelope sender domain (exact, case-insensitive; sub-domains are not included)")]
    public string? SenderDomain { get; set; }

    [CommandOption("--recipient-domain <DOMAIN>")]
    [Description("Any envelope recipient's domain (exact, case-insensitive)")]
    public string? RecipientDomain { get; set; }

    [CommandOption("--direction <DIRECTION>")]
    [Description("inbound, outbound or unknown")]
    public string? Direction { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("table, csv, json or ndjson")]
    [DefaultValue("table")]
    public string? Format { get; set; }
}

/// <summary>Filters plus how many messages to list.</summary>
public class ListSettings : FilterSettings
{
    [CommandOption("--limit <N>")]
    [Description("At most N messages, newest first (default 50)")]
    public string? Limit { get; set; }

    [CommandOption("--all")]
    [Description("Every matching message, newest first (streamed)")]
    public bool All { get; set; }
}
