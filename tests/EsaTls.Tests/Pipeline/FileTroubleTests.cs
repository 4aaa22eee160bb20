using EsaTls.Core.Contract;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;

namespace EsaTls.Tests.Pipeline;

/// <summary>
/// Files that vanish, cannot be read, fail mid-read, shrink, rotate or are deleted while being read: one clear
/// problem each, the other files unaffected, and no exception out of the run.
/// </summary>
public sealed class FileTroubleTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "esa1.example.net", "mail_logs.@20250302T190000.s");
    private static readonly string Other = Path.Combine(AppContext.BaseDirectory, "samples", "esa2.example.net", "mail_logs.@20250303T051312.s");

    private readonly string _dir = Directory.CreateTempSubdirectory("esatls-trouble-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static FileIngestOptions Options => new() { Framing = new FramingOptions { Year = 2025 } };

    private static async Task<(IngestOutcome Outcome, MemorySink Sink)> RunAsync(IEnumerable<string> paths, IProgress<FileProgress>? progress = null)
    {
        var sink = new MemorySink();
        var inputs = paths.Select(p => new InputFile(p, Path.Combine(Path.GetDirectoryName(p)!, "mail_logs"))).ToList();
        var outcome = await new FileIngestRunner(sink, Options, progress).RunAsync(inputs, CancellationToken.None);
        return (outcome, sink);
    }

    private static IEnumerable<string> Hosts(MemorySink sink) => sink.Documents.Values.Select(r => r.Document.Observer.Hostname).Distinct();

    [Fact]
    public async Task A_file_that_vanished_before_it_was_read_is_named_and_the_others_are_read()
    {
        var gone = Path.Combine(_dir, "mail_logs.@20250301T000000.s");
        var (outcome, sink) = await RunAsync([gone, Other]);
        outcome.Problems.Should().Equal($"{gone}: no longer exists (moved or deleted before it could be read)");
        outcome.Stats.FilesFailed.Should().Be(1);
        outcome.Stats.FilesRead.Should().Be(1);
        Hosts(sink).Should().ContainSingle();
    }

    [Fact]
    public async Task A_file_that_cannot_be_opened_is_named_and_the_others_are_read()
    {
        // Run as root, permissions do not stop a read; a directory in place of the file does.
        var unreadable = Directory.CreateDirectory(Path.Combine(_dir, "mail_logs.@20250301T000000.s")).FullName;
        var (outcome, sink) = await RunAsync([unreadable, Other]);
        outcome.Problems.Should().ContainSingle().Which.Should().StartWith($"{unreadable}: cannot be read: permission denied");
        outcome.Stats.FilesFailed.Should().Be(1);
        Hosts(sink).Should().ContainSingle();
    }

    [SkippableFact]
    public async Task A_read_error_stops_that_file_only()
    {
        // /proc/self/mem opens but fails every read at offset 0 with EIO: a disk error on demand.
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/proc/self/mem"));
        var (outcome, sink) = await RunAsync(["/proc/self/mem", Other]);
        outcome.Problems.Should().ContainSingle().Which.Should().StartWith("/proc/self/mem: reading failed (").And.EndWith("the rest of this file is not read");
        outcome.Stats.FilesFailed.Should().Be(1);
        Hosts(sink).Should().ContainSingle();
    }

    /// <summary>A log of more than 8192 lines (the progress interval), so that a callback runs mid-read.</summary>
    private string BigLog(string name)
    {
        var lines = File.ReadAllLines(Sample);
        var path = Path.Combine(_dir, name);
        using var writer = new StreamWriter(path);
        for (var i = 0; i < 40; i++)
        {
            foreach (var line in lines)
            {
                writer.Write(line);
                writer.Write('\n');
            }
        }
        return path;
    }

    private sealed class OnFirstReport(Action action) : IProgress<FileProgress>
    {
        private bool _done;

        public void Report(FileProgress value)
        {
            if (!_done && value.Position < value.Length)
            {
                _done = true;
                action();
            }
        }
    }

    [Fact]
    public async Task A_file_that_shrinks_while_being_read_is_reported_and_read_up_to_its_new_end()
    {
        var path = BigLog("mail_logs.@20250302T190000.s");
        var length = new FileInfo(path).Length;
        var (outcome, _) = await RunAsync([path, Other], new OnFirstReport(() =>
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            file.SetLength(length - 100_000);
        }));
        outcome.Problems.Should().ContainSingle().Which.Should().StartWith($"{path}: shrank from {length:N0} to {length - 100_000:N0} bytes while being read");
        outcome.Stats.FilesFailed.Should().Be(0);
        outcome.Stats.FilesRead.Should().Be(2);
    }

    [Fact]
    public async Task A_file_rotated_or_deleted_while_being_read_is_read_to_its_end()
    {
        var reference = await RunAsync([BigLog("reference.@20250302T190000.s")]);

        var rotated = BigLog("mail_logs.@20250302T190000.s");
        var whileRotating = await RunAsync([rotated], new OnFirstReport(() =>
        {
            File.Move(rotated, rotated + ".1");
            File.WriteAllText(rotated, "Mon Mar  3 10:00:00 2025 Info: a new file under the old name\n");
        }));
        var deleted = BigLog("other.@20250302T190000.s");
        var whileDeleting = await RunAsync([deleted], new OnFirstReport(() => File.Delete(deleted)));

        foreach (var (outcome, sink) in new[] { whileRotating, whileDeleting })
        {
            outcome.Problems.Should().BeEmpty();
            outcome.Stats.Lines.Should().Be(reference.Outcome.Stats.Lines);
            Normalised(sink).Should().Equal(Normalised(reference.Sink));
        }
    }

    private static List<string> Normalised(MemorySink sink) =>
    [
        .. sink.Documents.Values
            .Select(r => DocumentJson.Serialize(r.Document with { Event = r.Document.Event with { Ingested = default } }))
            .Order(StringComparer.Ordinal),
    ];
}
