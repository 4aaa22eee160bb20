using System.ComponentModel;
using EsaTls.Core.Dashboards;
using EsaTls.Core.Stores.Search;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Sinks;
using Spectre.Console.Cli;

namespace EsaTls.Ingest.Commands;

public sealed class SetupSettings : SinkSettings
{
    [CommandOption("--kibana <URL>")]
    [Description("Import the Kibana dashboards (saved objects) at URL.")]
    public string? Kibana { get; init; }

    [CommandOption("--dashboards <URL>")]
    [Description("Import the OpenSearch Dashboards saved objects at URL.")]
    public string? Dashboards { get; init; }

    [CommandOption("--space <SPACE>")]
    [Description("Kibana space to import into (default: the default space).")]
    public string? Space { get; init; }

    [CommandOption("--tenant <TENANT>")]
    [Description("OpenSearch Dashboards security tenant (e.g. global).")]
    public string? Tenant { get; init; }

    [CommandOption("--retention-days <DAYS>")]
    [Description("Delete monthly indices this many days after their month ends (default 400).")]
    public int RetentionDays { get; init; } = 400;

    public override Spectre.Console.ValidationResult Validate()
    {
        if (Kibana is not null && Dashboards is not null)
        {
            return Spectre.Console.ValidationResult.Error("choose one of --kibana and --dashboards");
        }
        if (RetentionDays < 1)
        {
            return Spectre.Console.ValidationResult.Error("--retention-days must be at least 1");
        }
        return base.Validate();
    }
}

/// <summary><c>esatls-ingest setup</c>: index template and lifecycle policy (or the SQLite schema), and the dashboards.</summary>
public sealed class SetupCommand(CliOutput output, SinkFactory sinks) : AsyncCommand<SetupSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SetupSettings settings, CancellationToken cancellationToken)
    {
        if (settings.IsCluster)
        {
            using var connection = await SinkFactory.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
            output.Out.WriteLine($"{connection.Description}: {connection.Cluster}");
            var changes = await SearchSetup.InstallAsync(connection, new SearchSetupOptions { RetentionDays = settings.RetentionDays }, cancellationToken).ConfigureAwait(false);
            foreach (var change in changes)
            {
                output.Out.WriteLine($"  {change}");
            }
        }
        else
        {
            // Opening the store creates its schema; nothing else to install.
            await using var store = await sinks.CreateAsync(settings, cancellationToken).ConfigureAwait(false);
            output.Out.WriteLine($"{store.Description}: ready");
        }
        if (settings.Kibana is null && settings.Dashboards is null)
        {
            return ExitCodes.Ok;
        }
        var target = new DashboardTarget
        {
            Product = settings.Kibana is not null ? DashboardProduct.Kibana : DashboardProduct.OpenSearchDashboards,
            Url = ParseUrl(settings.Kibana ?? settings.Dashboards!),
            Space = settings.Space,
            Tenant = settings.Tenant,
            ApiKey = settings.ApiKey ?? Environment.GetEnvironmentVariable(SearchConnectionOptions.ApiKeyVariable),
            Username = settings.Username ?? Environment.GetEnvironmentVariable(SearchConnectionOptions.UsernameVariable),
            Password = settings.Password ?? Environment.GetEnvironmentVariable(SearchConnectionOptions.PasswordVariable),
            CaCertificateFile = settings.CaCert,
            Insecure = settings.Insecure,
        };
        var result = await DashboardImporter.ImportAsync(target, cancellationToken).ConfigureAwait(false);
        output.Out.WriteLine($"dashboards: {result.Message}");
        foreach (var imported in result.Imported)
        {
            output.Out.WriteLine($"  {imported.Type} {imported.Title ?? imported.Id}{(imported.Overwritten ? " (replaced)" : "")}");
        }
        foreach (var error in result.Errors)
        {
            output.Error.WriteLine($"esatls-ingest: dashboards: {error.Type} {error.Title ?? error.Id}: {error.ErrorType}: {error.Message}");
        }
        foreach (var warning in result.Warnings)
        {
            output.Error.WriteLine($"esatls-ingest: dashboards: {warning}");
        }
        if (result.Success)
        {
            return ExitCodes.Ok;
        }
        return result.RequestUri is null ? ExitCodes.Usage : ExitCodes.Failure;
    }

    private static Uri ParseUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"'{url}' is not an http:// or https:// URL");
}
