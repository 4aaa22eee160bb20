namespace EsaTls.Core.Dashboards;

public enum DashboardImportStatus
{
    /// <summary>The server imported every object.</summary>
    Imported,

    /// <summary>The server answered and imported some objects; <see cref="DashboardImportResult.Errors"/> says which failed.</summary>
    PartiallyImported,

    /// <summary>Nothing was imported: bad options, unreachable server, HTTP error, or every object failed.</summary>
    Failed,
}

/// <summary>One object the server reports as imported.</summary>
public sealed record ImportedObject(string Type, string Id, string? Title, bool Overwritten);

/// <summary>One object the server refused, with the server's error type (<c>conflict</c>, <c>missing_references</c>,
/// <c>unsupported_type</c>, <c>unknown</c>, ...) and a readable message.</summary>
public sealed record ImportObjectError(string Type, string Id, string? Title, string ErrorType, string Message);

/// <summary>
/// What an import did. <see cref="Message"/> is one readable line: a summary on success, the reason on failure.
/// <see cref="HttpStatus"/> is null when no HTTP answer was received.
/// </summary>
public sealed record DashboardImportResult(
    DashboardImportStatus Status,
    string Message,
    Uri? RequestUri,
    int? HttpStatus,
    int ObjectsSent,
    int SuccessCount,
    IReadOnlyList<ImportedObject> Imported,
    IReadOnlyList<ImportObjectError> Errors,
    IReadOnlyList<string> Warnings)
{
    public bool Success => Status == DashboardImportStatus.Imported;

    internal static DashboardImportResult Fail(string message, Uri? requestUri = null, int? httpStatus = null, int objectsSent = 0) =>
        new(DashboardImportStatus.Failed, message, requestUri, httpStatus, objectsSent, 0, [], [], []);
}
