using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Sinks;

namespace EsaTls.Tests.Ingest;

/// <summary>The store fails while <c>files</c> writes (a full disk): a clear message and exit 1, never a crash, nothing lost.</summary>
public sealed class StoreFailureTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("esatls-store-failure-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>Opens the SQLite store capped at a few pages, as a disk with almost no space left.</summary>
    private sealed class FullDiskSinks(CliOutput output, long pages) : SinkFactory(output)
    {
        protected override async Task<IMessageSink> OpenStoreAsync(string path, SqliteBulkLoad bulkLoad, CancellationToken cancellationToken)
        {
            var store = await SqliteMessageStore.OpenAsync(path, bulkLoad, cancellationToken);
            store.LimitPages(pages);
            return store;
        }
    }

    private static async Task<IngestRun> RunOnFullDiskAsync(long pages, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var output = new CliOutput(stdout, stderr, interactive: false);
        var code = await EsaTls.Ingest.Program.RunAsync(args, output, new FullDiskSinks(output, pages));
        return new IngestRun(code, stdout.ToString(), stderr.ToString(), []);
    }

    [Theory]
    [InlineData("always")]
    [InlineData("never")]
    public async Task A_full_disk_fails_the_run_with_a_message_and_the_next_run_stores_everything(string bulkLoad)
    {
        var store = Path.Combine(_dir.FullName, "full.db");
        var clean = Path.Combine(_dir.FullName, "clean.db");

        var failed = await RunOnFullDiskAsync(40, "files", IngestCli.Samples, "--store", store, "--bulk-load", bulkLoad);
        failed.ExitCode.Should().Be(1, failed.All);
        failed.Error.Should().Contain($"could not write to the store {store}: SQLite Error 13: 'database or disk is full'")
            .And.Contain("the next run resumes").And.NotContain("   at ");
        IngestCli.Documents(store).Should().BeEmpty();
        if (bulkLoad == "always")
        {
            failed.Error.Should().Contain("indexes of " + store + " are left to the next esatls-ingest run");
        }

        var again = await IngestCli.RunAsync("files", IngestCli.Samples, "--store", store, "--bulk-load", bulkLoad);
        again.ExitCode.Should().Be(0, again.Error);
        (await IngestCli.RunAsync("files", IngestCli.Samples, "--store", clean)).ExitCode.Should().Be(0);
        IngestCli.Documents(store).Should().HaveCount(322).And.Equal(IngestCli.Documents(clean));
    }
}
