using EsaTls.Core.Contract;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Sources;

namespace EsaTls.Tests.Pipeline;

/// <summary>
/// Checkpoints: documents and (input offsets + correlator state) are committed together, so a run that stops at any
/// commit and is started again ends with exactly the store of a run that never stopped.
/// </summary>
public class ResumeTests
{
    private static string SamplesDir => Path.Combine(AppContext.BaseDirectory, "samples");

    private static FileIngestOptions Options(int batch) => new()
    {
        Framing = new FramingOptions { Zone = TimeZoneSpec.FromOffsetSeconds(19800), Year = 2025 },
        BatchDocuments = batch,
    };

    private static Task<IngestOutcome> RunAsync(MemorySink sink, string input, int batch = 5000) =>
        new FileIngestRunner(sink, Options(batch)).RunAsync(InputFiles.ToInputs(InputFiles.Expand([input])), CancellationToken.None);

    /// <summary>The documents without the time they were written, which differs between runs by design.</summary>
    private static Dictionary<string, string> Normalised(MemorySink sink) =>
        sink.Documents.ToDictionary(kv => kv.Key, kv => DocumentJson.Serialize(kv.Value.Document with { Event = kv.Value.Document.Event with { Ingested = default } }));

    [Fact]
    public async Task A_run_stopped_at_any_commit_and_resumed_equals_a_clean_run()
    {
        var clean = new MemorySink();
        await RunAsync(clean, SamplesDir, batch: 25);
        var expected = Normalised(clean);
        expected.Should().HaveCount(322);
        clean.Commits.Should().BeGreaterThan(10);

        foreach (var stopAt in new[] { 1, 2, 3, clean.Commits / 2, clean.Commits - 1, clean.Commits })
        {
            var sink = new MemorySink { FailOnCommit = stopAt };
            var crash = () => RunAsync(sink, SamplesDir, batch: 25);
            await crash.Should().ThrowAsync<IOException>();
            sink.Commits.Should().Be(stopAt - 1);
            await RunAsync(sink, SamplesDir, batch: 25);
            Normalised(sink).Should().BeEquivalentTo(expected, $"stopped before commit {stopAt}");
        }
    }

    [Fact]
    public async Task Running_again_on_the_same_files_reads_nothing_and_changes_nothing()
    {
        var sink = new MemorySink();
        await RunAsync(sink, SamplesDir);
        var before = Normalised(sink);
        var again = await RunAsync(sink, SamplesDir);
        again.Stats.FilesRead.Should().Be(0);
        again.Stats.FilesSkipped.Should().Be(9);
        again.Stats.Lines.Should().Be(0);
        Normalised(sink).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task A_current_file_that_grew_is_read_from_where_the_last_run_stopped()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Scenarios", "rollover");
        var oneShot = new MemorySink();
        await RunAsync(oneShot, source);

        var dir = Directory.CreateTempSubdirectory("esatls-grow-");
        try
        {
            foreach (var f in Directory.GetFiles(source))
            {
                File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            }
            var current = Directory.GetFiles(dir.FullName, "*.c").Single();
            var all = File.ReadAllBytes(current);
            var cut = Array.IndexOf(all, (byte)'\n', all.Length / 2) + 1;
            File.WriteAllBytes(current, all[..cut]);

            var sink = new MemorySink();
            await RunAsync(sink, dir.FullName);
            using (var append = new FileStream(current, FileMode.Append))
            {
                append.Write(all.AsSpan(cut));
            }
            var second = await RunAsync(sink, dir.FullName);
            second.Stats.FilesRead.Should().Be(1, "only the current file has new lines");
            second.Stats.Lines.Should().Be(all.AsSpan(cut).Count((byte)'\n'));
            Normalised(sink).Should().BeEquivalentTo(Normalised(oneShot));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_renamed_file_is_recognised_by_its_content()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Scenarios", "rollover");
        var dir = Directory.CreateTempSubdirectory("esatls-rename-");
        try
        {
            foreach (var f in Directory.GetFiles(source))
            {
                File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            }
            var sink = new MemorySink();
            await RunAsync(sink, dir.FullName);
            var current = Directory.GetFiles(dir.FullName, "*.c").Single();
            File.Move(current, Path.ChangeExtension(current, ".s"));
            var second = await RunAsync(sink, dir.FullName);
            second.Stats.FilesRead.Should().Be(0);
            second.Stats.FilesSkipped.Should().Be(3);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
