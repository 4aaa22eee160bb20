using System.ComponentModel;
using EsaTls.Core.Stores.Querying;
using EsaTls.Query.Cli;
using EsaTls.Query.Output;
using Spectre.Console.Cli;

namespace EsaTls.Query.Commands;

public sealed class LackingTlsSettings : ListSettings
{
    [CommandOption("--leg <LEG>")]
    [Description("receive (received in clear), deliver (delivered in clear, even partly) or any")]
    [DefaultValue("any")]
    public string? Leg { get; set; }

    [CommandOption("--include-unknown")]
    [Description("Also list messages whose TLS is unknown (connection opened before the logs start)")]
    public bool IncludeUnknown { get; set; }
}

/// <summary><c>esatls lacking-tls</c>: messages received or delivered without TLS, newest first.</summary>
public sealed class LackingTlsCommand(CliContext context) : QueryCommand<LackingTlsSettings>(context)
{
    protected override Func<IQueryBackend, CancellationToken, Task<int>> Prepare(LackingTlsSettings settings)
    {
        var filter = Filter(settings) with { Lacking = Arguments.Leg(settings.Leg), IncludeUnknown = settings.IncludeUnknown };
        var limit = Arguments.Limit(settings.Limit, settings.All);
        var format = Arguments.Format(settings.Format);
        return (backend, cancellationToken) => MessagesCommand.ListAsync(Context, backend, filter, limit, format, cancellationToken);
    }
}
