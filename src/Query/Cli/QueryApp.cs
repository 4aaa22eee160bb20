using System.Reflection;
using EsaTls.Query.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EsaTls.Query.Cli;

/// <summary>The <c>esatls</c> command tree (design.md §4), with help examples and exit codes.</summary>
public static class QueryApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = environment.StdoutIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = environment.StdoutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        if (environment.TerminalWidth is { } width and > 0)
        {
            console.Profile.Width = width;
        }
        var context = new CliContext(stdout, stderr, console, environment);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.Settings.Registrar.RegisterInstance(context);
            config.SetApplicationName("esatls");
            config.ConfigureConsole(console);
            config.UseStrictParsing();
            config.CancellationExitCode(ExitCodes.Cancelled);
            config.SetExceptionHandler((exception, _) =>
            {
                // Parse and validation errors: the message names the option; values are never echoed.
                if (exception is CommandAppException)
                {
                    context.WriteError($"{exception.Message} (see esatls --help)");
                    return ExitCodes.Usage;
                }
                context.WriteError($"unexpected error: {exception.Message}");
                return ExitCodes.Failure;
            });

            config.AddCommand<LackingTlsCommand>("lacking-tls")
                .WithDescription("Messages received or delivered without TLS, newest first")
                .WithExample("lacking-tls", "--since", "24h")
                .WithExample("lacking-tls", "--leg", "deliver", "--recipient-domain", "example.org", "--format", "csv")
                .WithExample("lacking-tls", "--include-unknown", "--all", "--format", "ndjson", "--store", "/var/lib/esatls/esatls.db");
            config.AddCommand<MessagesCommand>("messages")
                .WithDescription("Every message matching the filters, newest first")
                .WithExample("messages", "--host", "esa1", "--since", "2024-03-01", "--until", "2024-03-02")
                .WithExample("messages", "--receive-status", "failed,none", "--direction", "inbound")
                .WithExample("messages", "--deliver-status", "partial", "--format", "json", "--limit", "10");
            config.AddCommand<CoverageCommand>("coverage")
                .WithDescription("Counts per TLS status and the share with TLS (tls_pct), per group")
                .WithExample("coverage", "--by", "day", "--since", "7d")
                .WithExample("coverage", "--by", "host", "--leg", "receive", "--fail-under", "95")
                .WithExample("coverage", "--by", "tls-version", "--leg", "deliver", "--format", "csv");
            config.AddCommand<ShowCommand>("show")
                .WithDescription("A message's timeline and verdicts (every appliance with that MID)")
                .WithExample("show", "12345")
                .WithExample("show", "12345", "--host", "esa1", "--format", "json");
            config.AddCommand<FailuresCommand>("failures")
                .WithDescription("TLS attempted and failed, counted by reason, peer or domain")
                .WithExample("failures", "--by", "peer", "--since", "7d")
                .WithExample("failures", "--by", "domain", "--format", "csv");
        });
        if (OptionWithoutValue(args) is { } option)
        {
            context.WriteError($"{option} needs a value (see esatls --help)");
            return ExitCodes.Usage;
        }
        if (args.Length == 0)
        {
            // No command is a usage error: show what there is, and say so in the exit code.
            await app.RunAsync(["--help"], cancellationToken);
            return ExitCodes.Usage;
        }
        return await app.RunAsync(args, cancellationToken);
    }

    /// <summary>Long names of the options that take a value, from the settings types.</summary>
    private static readonly HashSet<string> ValueOptions =
    [
        .. typeof(QueryApp).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .Where(a => a is { ValueName: not null, ValueIsOptional: false })
            .SelectMany(a => a!.LongNames.Select(n => "--" + n)),
    ];

    /// <summary>
    /// An option that needs a value but is last or followed by another option. The parser would take it as
    /// not given at all (<c>--host --all</c> would list every host), so it is refused up front.
    /// </summary>
    private static string? OptionWithoutValue(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (ValueOptions.Contains(args[i]) && (i == args.Length - 1 || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                return args[i];
            }
        }
        return null;
    }
}
