using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Sqlite;

namespace EsaTls.Tests.Stores;

/// <summary>A temporary directory for store files, deleted with its contents on dispose.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "esatls-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "esatls.db");
    }

    public string Directory { get; }

    public string Path { get; }

    /// <summary>Writes <paramref name="records"/> to a new store at <see cref="Path"/> in a few commits.</summary>
    /// <param name="bulkLoad">Defer the indexes (<see cref="SqliteBulkLoad.Always"/>): they and the hourly counts are built when the store closes.</param>
    public async Task FillAsync(IReadOnlyList<MessageRecord> records, int commitSize = 100, SqliteBulkLoad bulkLoad = SqliteBulkLoad.Never)
    {
        await using var store = await SqliteMessageStore.OpenAsync(Path, bulkLoad);
        store.BeforeLoad(0);
        for (var i = 0; i < records.Count; i += commitSize)
        {
            await store.CommitAsync([.. records.Skip(i).Take(commitSize)], null, CancellationToken.None);
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
