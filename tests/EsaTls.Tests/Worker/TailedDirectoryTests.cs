using System.Text;
using EsaTls.Tests.Pipeline;

namespace EsaTls.Tests.Worker;

/// <summary>
/// Following a push directory as the appliance writes it: the current file grows (sometimes mid-line), is renamed
/// from .c to .s on roll-over while more lines land in it, a new current file starts, saved files arrive whole.
/// The worker must end with exactly what a batch run over the final directory stores, every line read once.
/// </summary>
public sealed class TailedDirectoryTests : IDisposable
{
    private static readonly string RolloverDir = Path.Combine(ScenarioTests.ScenarioDir, "rollover");
    private readonly WorkerHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static List<(string Name, byte[] Bytes)> RolloverFiles() =>
        [.. Directory.GetFiles(RolloverDir).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];

    private static int Lines(IEnumerable<(string Name, byte[] Bytes)> files) => files.Sum(f => f.Bytes.Count(b => b == (byte)'\n'));

    [Fact]
    public async Task Tailing_through_renames_and_new_current_files_reads_every_line_once()
    {
        var files = RolloverFiles();
        var sink = new MemorySink();
        var loop = WorkerHarness.Loop(_h.Settings(), sink);
        await loop.RestoreAsync(CancellationToken.None);
        loop.PollOnce().Should().Be(0, "the directory does not exist yet");
        Directory.CreateDirectory(_h.Logs);

        for (var i = 0; i < files.Count; i++)
        {
            var (name, bytes) = files[i];
            var current = Path.Combine(_h.Logs, name[..^2] + ".c");
            // The appliance writes the current file in pieces, cutting lines anywhere.
            var cuts = new[] { 0, 7, bytes.Length / 3, (bytes.Length / 3) + 1, bytes.Length * 2 / 3, bytes.Length - 5, bytes.Length };
            for (var c = 0; c + 1 < cuts.Length; c++)
            {
                using (var stream = new FileStream(current, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
                {
                    stream.Write(bytes.AsSpan(cuts[c], cuts[c + 1] - cuts[c]));
                }
                if (c != cuts.Length - 2)
                {
                    loop.PollOnce(); // the last piece lands just before the rename, unseen
                }
            }
            if (i < files.Count - 1)
            {
                File.Move(current, Path.Combine(_h.Logs, name[..^2] + ".s"));
            }
            if (i == 1)
            {
                await loop.CommitAsync(CancellationToken.None);
            }
        }
        loop.PollOnce();
        loop.PollOnce();
        await loop.FinishAsync();

        loop.Stats.Lines.Should().Be(Lines(files), "every line once: none skipped, none read again after a rename");
        loop.Stats.Unrecognised.Should().Be(0, "no line was cut in two");
        WorkerHarness.Normalized(sink).Should().BeEquivalentTo(await WorkerHarness.BatchAsync([_h.Logs]));
        sink.Documents.Should().HaveCount(3);
    }

    [Fact]
    public async Task Restarting_from_the_checkpoint_at_any_point_gives_the_batch_result()
    {
        var files = RolloverFiles();
        var total = files.Sum(f => f.Bytes.Length);
        for (var crashAt = 1; crashAt < 12; crashAt++)
        {
            using var h = new WorkerHarness();
            Directory.CreateDirectory(h.Logs);
            var sink = new MemorySink();
            var loop = WorkerHarness.Loop(h.Settings(), sink);
            await loop.RestoreAsync(CancellationToken.None);
            var step = 0;
            var written = 0;
            foreach (var (name, bytes) in files)
            {
                var path = Path.Combine(h.Logs, name);
                for (var offset = 0; offset < bytes.Length; offset += 97)
                {
                    using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
                    {
                        stream.Write(bytes.AsSpan(offset, Math.Min(97, bytes.Length - offset)));
                    }
                    written += Math.Min(97, bytes.Length - offset);
                    loop.PollOnce();
                    if (++step % 3 == 0)
                    {
                        await loop.CommitAsync(CancellationToken.None);
                    }
                    if (step % 12 == crashAt)
                    {
                        // Killed: whatever was not committed is lost from memory; a new worker starts from the checkpoint.
                        loop = WorkerHarness.Loop(h.Settings(), sink);
                        await loop.RestoreAsync(CancellationToken.None);
                    }
                }
            }
            written.Should().Be(total);
            loop.PollOnce();
            await loop.FinishAsync();
            WorkerHarness.Normalized(sink).Should().BeEquivalentTo(await WorkerHarness.BatchAsync([h.Logs]), $"crash at step {crashAt} of every 12");
        }
    }

    [Fact]
    public async Task Saved_files_pushed_later_are_read_in_order_and_an_unterminated_last_line_once_settled()
    {
        var files = RolloverFiles();
        Directory.CreateDirectory(_h.Logs);
        var sink = new MemorySink();
        var loop = WorkerHarness.Loop(_h.Settings(), sink);
        await loop.RestoreAsync(CancellationToken.None);
        for (var i = 0; i < files.Count; i++)
        {
            var (name, bytes) = files[i];
            var saved = name[..^2] + ".s";
            // An upload in progress: half of the file, then the rest; the last one ends without its newline.
            var content = i == files.Count - 1 ? bytes[..^1] : bytes;
            var path = Path.Combine(_h.Logs, saved);
            File.WriteAllBytes(path, content[..(content.Length / 2)]);
            loop.PollOnce();
            using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write))
            {
                stream.Write(content.AsSpan(content.Length / 2));
            }
            loop.PollOnce();
        }
        var beforeSettled = loop.Stats.Lines;
        beforeSettled.Should().Be(Lines(files) - 1, "the newest file's unterminated last line waits");
        // A later file arrives: the earlier one is complete, and its last line is read.
        File.WriteAllText(Path.Combine(_h.Logs, "mail_logs.@20250302T000000.s"), "Sun Mar  2 00:00:00 2025 Info: Begin Logfile\n");
        loop.PollOnce();
        loop.Stats.Lines.Should().Be(Lines(files) + 1);
        await loop.FinishAsync();
        WorkerHarness.Normalized(sink).Should().BeEquivalentTo(await WorkerHarness.BatchAsync([_h.Logs]));
    }

    [Fact]
    public async Task A_file_moved_to_another_name_or_shrunk_is_handled_without_double_reading()
    {
        Directory.CreateDirectory(_h.Logs);
        var line = "Sat Mar  1 00:00:00 2025 Info: Begin Logfile\n";
        var first = Path.Combine(_h.Logs, "mail_logs.@20250301T000000.c");
        File.WriteAllText(first, line + "Sat Mar  1 00:00:00 2025 Info: Version: 15.0.0-104 SN: 4242ROLL0001\n");
        var sink = new MemorySink();
        var loop = WorkerHarness.Loop(_h.Settings(), sink);
        await loop.RestoreAsync(CancellationToken.None);
        loop.PollOnce();
        loop.Stats.Lines.Should().Be(2);

        // Renamed (short file: fingerprint over fewer than 1024 bytes) and grown past the fingerprint length.
        var renamed = Path.Combine(_h.Logs, "mail_logs.@20250301T000000.s");
        File.Move(first, renamed);
        File.AppendAllText(renamed, string.Concat(Enumerable.Repeat("Sat Mar  1 00:00:01 2025 Info: ICID 5 close\n", 40)));
        loop.PollOnce();
        loop.Stats.Lines.Should().Be(42);
        await loop.CommitAsync(CancellationToken.None);

        // Restarted: the grown file is recognised by its (now full) fingerprint.
        loop = WorkerHarness.Loop(_h.Settings(), sink);
        await loop.RestoreAsync(CancellationToken.None);
        loop.PollOnce().Should().Be(0);

        // Truncated and rewritten with the same beginning: read again from the start, with a warning.
        var content = File.ReadAllText(renamed);
        File.WriteAllText(renamed, content[..(content.Length / 2)].TrimEnd('\n')[..^10] + "\n");
        loop.PollOnce().Should().BePositive();
        Encoding.UTF8.GetByteCount(File.ReadAllText(renamed)).Should().BeLessThan(content.Length);
    }
}
