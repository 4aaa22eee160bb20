using System.ComponentModel;
using System.Globalization;
using EsaTls.Core.Stores.Querying;
using EsaTls.Query.Cli;
using EsaTls.Query.Output;
using Spectre.Console.Cli;

namespace EsaTls.Query.Commands;

public sealed class CoverageSettings : FilterSettings
{
    [CommandOption("--by <GROUP>")]
    [Description("host, sender-domain, recipient-domain, day, hour or tls-version (default: one total)")]
    public string? By { get; set; }

    [CommandOption("--leg <LEG>")]
    [Description("receive, deliver or any (a message's overall verdict)")]
    [DefaultValue("any")]
    public string? Leg { get; set; }

    [CommandOption("--fail-under <PERCENT>")]
    [Description("Exit with 3 when the total or any group's tls_pct is below PERCENT")]
    public string? FailUnder { get; set; }
}

/// <summary><c>esatls coverage</c>: counts per TLS status and the share with TLS, per group.</summary>
public sealed class CoverageCommand(CliContext context) : QueryCommand<CoverageSettings>(context)
{
    protected override Func<IQueryBackend, CancellationToken, Task<int>> Prepare(CoverageSettings settings)
    {
        var filter = Filter(settings);
        var query = new CoverageQuery(Arguments.CoverageBy(settings.By), Arguments.Leg(settings.Leg));
        var bar = Arguments.Percent("--fail-under", settings.FailUnder);
        var format = Arguments.Format(settings.Format);
        return async (backend, cancellationToken) =>
        {
            var counts = await backend.CoverageAsync(filter, query, cancellationToken);
            var ungrouped = query.By == CoverageBy.RecipientDomain
                ? await backend.CoverageAsync(filter, query with { By = CoverageBy.None }, cancellationToken)
                : null;
            var report = CoverageReport.Build(query, counts, ungrouped);
            CoverageOutput.Write(Context, report, format);
            if (bar is { } p && report.Below(p) is { Count: > 0 } below)
            {
                await Context.Out.FlushAsync(cancellationToken);
                Context.WriteError($"coverage below {p.ToString("0.###", CultureInfo.InvariantCulture)}%: {string.Join(", ", below)}");
                return ExitCodes.CoverageBelowBar;
            }
            return ExitCodes.Ok;
        };
    }
}
