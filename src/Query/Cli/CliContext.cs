using Spectre.Console;

namespace EsaTls.Query.Cli;

/// <summary>Where a command writes and what it may read, handed to every command.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, IAnsiConsole console, CliEnvironment environment)
{
    /// <summary>Machine output (csv, json, ndjson, plain tables).</summary>
    public TextWriter Out { get; } = stdout;

    /// <summary>Errors and diagnostics.</summary>
    public TextWriter Error { get; } = stderr;

    /// <summary>Rich output on a terminal (tables); writes to the same stdout.</summary>
    public IAnsiConsole Console { get; } = console;

    public CliEnvironment Environment { get; } = environment;

    public void WriteError(string message) => Error.WriteLine($"esatls: {message}");
}
