namespace EsaTls.Query.Cli;

/// <summary>
/// What the command line reads from its surroundings, so that tests can run it in-process: environment
/// variables, whether stdout is a terminal (and its width), and the clock for relative times.
/// </summary>
public sealed record CliEnvironment
{
    public required Func<string, string?> GetVariable { get; init; }

    public bool StdoutIsTerminal { get; init; }

    public int? TerminalWidth { get; init; }

    public required Func<DateTimeOffset> Now { get; init; }

    /// <summary>The process environment with stdout taken as not a terminal.</summary>
    public static CliEnvironment Process() => new()
    {
        GetVariable = Environment.GetEnvironmentVariable,
        Now = () => DateTimeOffset.UtcNow,
    };
}
