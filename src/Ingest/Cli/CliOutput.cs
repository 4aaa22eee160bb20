namespace EsaTls.Ingest.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, diagnostics and progress to <see cref="Error"/>.</summary>
public sealed class CliOutput(TextWriter output, TextWriter error, bool interactive, Stream? rawOut = null)
{
    public TextWriter Out { get; } = output;

    /// <summary>Standard output as bytes, for lines that must be printed verbatim; null when output is captured as text.</summary>
    public Stream? RawOut { get; } = rawOut;

    public TextWriter Error { get; } = error;

    /// <summary>A person is watching a terminal: show progress. Never when output is piped or captured.</summary>
    public bool Interactive { get; } = interactive;
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}

/// <summary>A usage or configuration problem: reported in one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
