namespace EsaTls.Query.Cli;

/// <summary>A usage or configuration problem (exit code 2). The message is shown as is: it never holds secrets.</summary>
public sealed class UsageException(string message) : Exception(message);
