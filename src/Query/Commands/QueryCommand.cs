using EsaTls.Core.Stores.Querying;
using EsaTls.Query.Backends;
using EsaTls.Query.Cli;
using Spectre.Console.Cli;

namespace EsaTls.Query.Commands;

/// <summary>
/// A query command in two steps: <see cref="Prepare"/> checks every argument (usage errors come before any
/// backend is opened), then the returned action runs against the backend. Maps failures to exit codes.
/// </summary>
public abstract class QueryCommand<TSettings>(CliContext context) : AsyncCommand<TSettings>
    where TSettings : BackendSettings
{
    protected CliContext Context { get; } = context;

    /// <summary>Checks the arguments and returns what to run against the backend (its exit code).</summary>
    protected abstract Func<IQueryBackend, CancellationToken, Task<int>> Prepare(TSettings settings);

    public override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var run = Prepare(settings);
            var options = BackendOptions.From(settings.Store, settings.Elasticsearch, settings.OpenSearch, settings.ApiKey,
                settings.Username, settings.Password, settings.CaCert, settings.CaFingerprint, settings.Insecure, Context.Environment);
            await using var backend = await BackendFactory.OpenAsync(options, cancellationToken);
            var code = await run(backend, cancellationToken);
            await Context.Out.FlushAsync(cancellationToken);
            return code;
        }
        catch (UsageException ex)
        {
            Context.WriteError(ex.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Context.WriteError("interrupted");
            return ExitCodes.Cancelled;
        }
        catch (IOException ex)
        {
            Context.WriteError($"cannot write the output: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            Context.WriteError($"the query failed: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>The <see cref="MessageFilter"/> of the common filter options.</summary>
    protected MessageFilter Filter(FilterSettings settings)
    {
        var now = Context.Environment.Now();
        var since = settings.Since is null ? (DateTime?)null : TimeArgument.Parse("--since", settings.Since, now);
        var until = settings.Until is null ? (DateTime?)null : TimeArgument.Parse("--until", settings.Until, now);
        if (since >= until)
        {
            throw new UsageException("--since must be before --until");
        }
        return new MessageFilter
        {
            Since = since,
            Until = until,
            Host = NonEmpty("--host", settings.Host),
            SenderDomain = NonEmpty("--sender-domain", settings.SenderDomain),
            RecipientDomain = NonEmpty("--recipient-domain", settings.RecipientDomain),
            Direction = Arguments.Direction(settings.Direction),
        };
    }

    private static string? NonEmpty(string option, string? value) =>
        value is { Length: 0 } ? throw new UsageException($"{option} needs a value") : value;
}
