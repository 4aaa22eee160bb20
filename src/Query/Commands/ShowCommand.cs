using System.ComponentModel;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Query.Cli;
using EsaTls.Query.Output;
using Spectre.Console.Cli;

namespace EsaTls.Query.Commands;

public sealed class ShowSettings : BackendSettings
{
    [CommandArgument(0, "<MID>")]
    [Description("The message id (MID) as logged by the appliance")]
    public string Mid { get; set; } = "";

    [CommandOption("--host <NAME>")]
    [Description("Only this appliance (several appliances can have the same MID)")]
    public string? Host { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("table (a timeline), json or ndjson (the stored documents)")]
    [DefaultValue("table")]
    public string? Format { get; set; }
}

/// <summary><c>esatls show MID</c>: the message's timeline and verdicts, once per appliance that has that MID.</summary>
public sealed class ShowCommand(CliContext context) : QueryCommand<ShowSettings>(context)
{
    protected override Func<IQueryBackend, CancellationToken, Task<int>> Prepare(ShowSettings settings)
    {
        var filter = new MessageFilter
        {
            Mid = Arguments.Mid(settings.Mid),
            Host = settings.Host is { Length: 0 } ? throw new UsageException("--host needs a value") : settings.Host,
        };
        var format = Arguments.Format(settings.Format);
        if (format == OutputFormat.Csv)
        {
            throw new UsageException("--format: show writes table, json or ndjson");
        }
        return async (backend, cancellationToken) =>
        {
            var found = new List<MessageRecord>();
            await foreach (var record in backend.SearchAsync(filter, null, cancellationToken))
            {
                found.Add(record);
            }
            if (found.Count == 0)
            {
                Context.WriteError($"no message with MID {filter.Mid}" + (filter.Host is null ? "" : $" on {filter.Host}"));
                return ExitCodes.Failure;
            }
            // By appliance, then in time order (an appliance can reuse a MID after a counter reset).
            found.Sort((a, b) =>
            {
                var byHost = string.CompareOrdinal(a.Document.Observer.Hostname, b.Document.Observer.Hostname);
                return byHost != 0 ? byHost : a.Document.Timestamp.CompareTo(b.Document.Timestamp);
            });
            if (format is OutputFormat.Json or OutputFormat.Ndjson)
            {
                await MessageListOutput.WriteAsync(Context, found.ToAsyncEnumerable(), format, cancellationToken);
                return ExitCodes.Ok;
            }
            for (var i = 0; i < found.Count; i++)
            {
                if (i > 0)
                {
                    Context.Out.WriteLine();
                }
                Timeline.Write(Context.Out, found[i]);
            }
            return ExitCodes.Ok;
        };
    }
}
