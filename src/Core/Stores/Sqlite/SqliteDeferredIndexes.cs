using System.Globalization;
using Microsoft.Data.Sqlite;

namespace EsaTls.Core.Stores.Sqlite;

/// <summary>
/// Bulk loads: every index but the upsert key, and the triggers that keep <see cref="SqliteSchema.HourlyCounts"/>,
/// are dropped before a large load and rebuilt after it. Building an index from a table is one sort; keeping
/// eight indexes while half a million rows arrive in random key order costs a third of the load.
/// </summary>
/// <remarks>
/// Nothing records that a load is running: a store whose indexes or count triggers are missing is one whose
/// last bulk load did not finish (killed, power loss), and <see cref="Complete"/> is what finishes it — the next
/// writer does so, and readers meanwhile answer from the messages themselves (<see cref="CountsMaintained"/>).
/// Each step is one transaction, so a crash leaves either the old or the new set of objects.
/// </remarks>
internal static class SqliteDeferredIndexes
{
    /// <summary>True when every index and count trigger exists (no bulk load is running or unfinished).</summary>
    public static bool IsComplete(SqliteConnection connection) =>
        Present(connection, "index", SqliteSchema.Indexes.Select(i => i.Name)) == SqliteSchema.Indexes.Count
        && CountsMaintained(connection);

    /// <summary>True when the triggers keep <see cref="SqliteSchema.HourlyCounts"/> equal to the messages.</summary>
    public static bool CountsMaintained(SqliteConnection connection) =>
        Present(connection, "trigger", SqliteSchema.CountTriggers) == SqliteSchema.CountTriggers.Count;

    /// <summary>Drops the deferrable indexes and the count triggers.</summary>
    public static void Defer(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        DropCountTriggers(connection);
        foreach (var index in SqliteSchema.Indexes.Where(i => i.Deferrable))
        {
            SqliteStoreFile.Execute(connection, $"DROP INDEX IF EXISTS {index.Name}");
        }
        transaction.Commit();
    }

    /// <summary>Builds the missing indexes, recounts <see cref="SqliteSchema.HourlyCounts"/> and restores the triggers.</summary>
    public static void Complete(SqliteConnection connection)
    {
        // The index sorts spill to temporary files, not memory, and each sorter keeps about a page cache's worth in
        // memory: a smaller cache while building keeps the build's peak near the load's, whatever the store's size.
        SqliteStoreFile.Execute(connection, "PRAGMA temp_store = FILE");
        SqliteStoreFile.Execute(connection, "PRAGMA cache_size = -8192");
        SqliteStoreFile.Execute(connection, "PRAGMA shrink_memory");
        try
        {
            Build(connection);
        }
        finally
        {
            SqliteStoreFile.Execute(connection, $"PRAGMA cache_size = {SqliteStoreFile.WriterCacheSize}");
            SqliteStoreFile.Execute(connection, "PRAGMA temp_store = MEMORY");
        }
    }

    private static void Build(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var index in SqliteSchema.Indexes)
        {
            SqliteStoreFile.Execute(connection, index.CreateStatement);
        }
        DropCountTriggers(connection);
        foreach (var statement in SqliteSchema.RecountStatements())
        {
            SqliteStoreFile.Execute(connection, statement);
        }
        foreach (var statement in SqliteSchema.Triggers())
        {
            SqliteStoreFile.Execute(connection, statement);
        }
        transaction.Commit();
    }

    private static void DropCountTriggers(SqliteConnection connection)
    {
        foreach (var trigger in SqliteSchema.CountTriggers)
        {
            SqliteStoreFile.Execute(connection, $"DROP TRIGGER IF EXISTS {trigger}");
        }
    }

    private static int Present(SqliteConnection connection, string type, IEnumerable<string> names)
    {
        using var command = connection.CreateCommand();
        var list = names.ToList();
        var parameters = list.Select((_, i) => "$n" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"SELECT count(*) FROM sqlite_schema WHERE type = $type AND name IN ({string.Join(", ", parameters)})";
        command.Parameters.AddWithValue("$type", type);
        for (var i = 0; i < list.Count; i++)
        {
            command.Parameters.AddWithValue(parameters[i], list[i]);
        }
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
