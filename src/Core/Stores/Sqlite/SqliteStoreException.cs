namespace EsaTls.Core.Stores.Sqlite;

public enum SqliteStoreProblem
{
    /// <summary>No file at the path (query side; the sink creates the store).</summary>
    NotFound,

    /// <summary>The file is not a SQLite database, or a SQLite database of something else.</summary>
    NotAStore,

    /// <summary>An esatls store written by a newer version with a schema this build does not know.</summary>
    NewerSchema,

    /// <summary>The file cannot be opened or created (permissions, missing directory, I/O).</summary>
    CannotOpen,
}

/// <summary>The store file cannot be used as an esatls store; the message says why and names the path.</summary>
public sealed class SqliteStoreException : Exception
{
    public SqliteStoreException(SqliteStoreProblem problem, string message, Exception? inner = null)
        : base(message, inner) => Problem = problem;

    public SqliteStoreProblem Problem { get; }
}
