namespace EsaTls.Query.Cli;

/// <summary>Process exit codes of <c>esatls</c> (scripts depend on them).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The query could not be answered (backend or I/O error, message not found).</summary>
    public const int Failure = 1;

    /// <summary>Usage or configuration error: unknown option, bad value, missing store.</summary>
    public const int Usage = 2;

    /// <summary><c>coverage --fail-under</c>: the total or a group is below the bar.</summary>
    public const int CoverageBelowBar = 3;

    /// <summary>Interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
