using System.ComponentModel;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;
using EsaTls.Query.Cli;
using EsaTls.Query.Output;
using Spectre.Console.Cli;

namespace EsaTls.Query.Commands;

public sealed class MessagesSettings : ListSettings
{
    [CommandOption("--receive-status <STATUS>")]
    [Description("success, failed, none, unknown or not_applicable; several separated by commas")]
    public string? ReceiveStatus { get; set; }

    [CommandOption("--deliver-status <STATUS>")]
    [Description("success, partial, failed, none, unknown or not_delivered; several separated by commas")]
    public string? DeliverStatus { get; set; }
}

/// <summary><c>esatls messages</c>: every message matching the filters, newest first.</summary>
public sealed class MessagesCommand(CliContext context) : QueryCommand<MessagesSettings>(context)
{
    protected override Func<IQueryBackend, CancellationToken, Task<int>> Prepare(MessagesSettings settings)
    {
        var filter = Filter(settings) with
        {
            ReceiveStatuses = Arguments.Statuses("--receive-status", settings.ReceiveStatus, Wire.ReceiveStatuses),
            DeliverStatuses = Arguments.Statuses("--deliver-status", settings.DeliverStatus, Wire.DeliverStatuses),
        };
        var limit = Arguments.Limit(settings.Limit, settings.All);
        var format = Arguments.Format(settings.Format);
        return (backend, cancellationToken) => ListAsync(Context, backend, filter, limit, format, cancellationToken);
    }

    internal static async Task<int> ListAsync(
        CliContext context, IQueryBackend backend, MessageFilter filter, int? limit, OutputFormat format, CancellationToken cancellationToken)
    {
        var count = await MessageListOutput.WriteAsync(context, backend.SearchAsync(filter, limit, cancellationToken), format, cancellationToken);
        if (limit is { } n && count == n && format == OutputFormat.Table && context.Environment.StdoutIsTerminal)
        {
            context.Error.WriteLine($"(the newest {n}; --limit N or --all for more)");
        }
        return ExitCodes.Ok;
    }
}
