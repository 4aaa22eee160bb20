using System.Net;
using System.Text;
using EsaTls.Ingest.Sources;
using EsaTls.Tests.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace EsaTls.Tests.Worker;

/// <summary>The spool as the durable queue: rotated files, read through the checkpoint path, restarts at any point.</summary>
public sealed class SyslogSpoolTests : IDisposable
{
    private static readonly string FleetLog = Path.Combine(ScenarioTests.ScenarioDir, "fleet-syslog.log");
    private readonly WorkerHarness _h = new();

    public void Dispose() => _h.Dispose();

    private string Spool => Path.Combine(_h.State, "spool");

    private async Task<SyslogCounters> WriteSpoolAsync(IEnumerable<string> lines, long fileBytes)
    {
        var counters = new SyslogCounters();
        using var writer = new SyslogSpoolWriter(Spool, fileBytes, TimeSpan.FromMilliseconds(1), counters, NullLogger.Instance);
        var run = Task.Run(writer.RunAsync);
        var n = 0;
        foreach (var line in lines)
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            await writer.WriteAsync(IPAddress.Loopback, bytes, bytes.Length, CancellationToken.None);
            // One line per batch, so that the size limit is looked at between lines.
            n++;
            for (var wait = 0; counters.Lines < n && wait < 1000; wait++)
            {
                await Task.Delay(5);
            }
        }
        writer.Complete();
        await run;
        return counters;
    }

    [Fact]
    public async Task Spool_files_rotate_hold_whole_lines_and_a_restarted_writer_starts_a_new_file()
    {
        var lines = File.ReadAllLines(FleetLog);
        var counters = await WriteSpoolAsync(lines.Take(10), 600);
        counters.Lines.Should().Be(10);
        var files = SyslogSpoolFiles.List(Spool);
        files.Should().HaveCountGreaterThan(1, "600-byte files rotate");
        var spooled = files.SelectMany(f => File.ReadAllLines(f.Path)).ToList();
        spooled.Should().Equal(lines.Take(10).Select(l => "127.0.0.1\t" + l));

        await WriteSpoolAsync(lines.Skip(10).Take(1), 1 << 20);
        var after = SyslogSpoolFiles.List(Spool);
        after.Should().HaveCount(files.Count + 1);
        after[^1].Sequence.Should().Be(files[^1].Sequence + 1);
    }

    [Fact]
    public async Task Reading_the_spool_with_restarts_at_any_point_gives_the_batch_result_and_deletes_read_files()
    {
        var lines = File.ReadAllLines(FleetLog);
        var expected = await WorkerHarness.BatchAsync([FleetLog], year: 2024);
        for (var crashEvery = 2; crashEvery <= 5; crashEvery++)
        {
            using var h = new WorkerHarness();
            var spool = Path.Combine(h.State, "spool");
            var sink = new MemorySink();
            var settings = h.Settings(syslog: true, year: 2024);
            var loop = WorkerHarness.Loop(settings, sink);
            await loop.RestoreAsync(CancellationToken.None);
            var step = 0;
            // The appliance's lines reach the spool a few at a time, in small files; the reader follows.
            for (var i = 0; i < lines.Length; i += 3)
            {
                var counters = new SyslogCounters();
                using (var writer = new SyslogSpoolWriter(spool, 700, TimeSpan.Zero, counters, NullLogger.Instance))
                {
                    var run = Task.Run(writer.RunAsync);
                    foreach (var line in lines.Skip(i).Take(3))
                    {
                        writer.TryWrite(IPAddress.Loopback, Encoding.UTF8.GetBytes(line)).Should().BeTrue();
                    }
                    writer.Complete();
                    await run;
                }
                loop.PollOnce();
                if (++step % 2 == 0)
                {
                    await loop.CommitAsync(CancellationToken.None);
                }
                if (step % crashEvery == 0)
                {
                    loop = WorkerHarness.Loop(settings, sink);
                    await loop.RestoreAsync(CancellationToken.None);
                }
            }
            loop.PollOnce();
            await loop.FinishAsync();
            WorkerHarness.Normalized(sink).Should().BeEquivalentTo(expected, $"restart every {crashEvery} steps");
            SyslogSpoolFiles.List(spool).Should().HaveCountLessThanOrEqualTo(1, "files before the committed position are deleted");
        }
    }

    [Fact]
    public async Task A_damaged_spool_line_and_a_torn_last_line_of_a_closed_file_are_counted_not_fatal()
    {
        Directory.CreateDirectory(Spool);
        File.WriteAllText(Path.Combine(Spool, SyslogSpoolFiles.NameOf(1)), "no tab here\n127.0.0.1\t<22>Dec 31 23:59:50 esa-a mail_logs: Info: ICID 1 cl");
        File.WriteAllText(Path.Combine(Spool, SyslogSpoolFiles.NameOf(2)), "127.0.0.1\t<22>Dec 31 23:59:51 esa-a mail_logs: Info: Start MID 7 ICID 1\n");
        var sink = new MemorySink();
        var loop = WorkerHarness.Loop(_h.Settings(syslog: true, year: 2024), sink);
        await loop.RestoreAsync(CancellationToken.None);
        loop.PollOnce();
        loop.Stats.Lines.Should().Be(3, "the torn line of the closed file is read as a line");
        await loop.FinishAsync();
        sink.Documents.Values.Should().ContainSingle().Which.Document.Esa.Mid.Should().Be(7);
    }

    [Fact]
    public async Task Identity_comes_from_the_address_mapping_then_the_syslog_hostname_then_the_address()
    {
        Directory.CreateDirectory(Spool);
        string Lines(string address, string host, int mid) => string.Concat(
            $"{address}\t<22>Mar  1 10:00:00 {host}mail_logs: Info: New SMTP ICID {mid} interface Data 1 (10.0.0.10) address 192.0.2.99 reverse dns host mx.example verified yes\n",
            $"{address}\t<22>Mar  1 10:00:01 {host}mail_logs: Info: Start MID {mid} ICID {mid}\n",
            $"{address}\t<22>Mar  1 10:00:02 {host}mail_logs: Info: Message finished MID {mid} done\n");
        File.WriteAllText(Path.Combine(Spool, SyslogSpoolFiles.NameOf(1)),
            Lines("192.0.2.25", "esa-x.example.net ", 1) + Lines("192.0.2.26", "esa-y.example.net ", 2) + Lines("192.0.2.27", "", 3));
        var settings = _h.Settings(syslog: true, year: 2025);
        settings = settings with
        {
            Syslog = settings.Syslog with { Sources = [new EsaTls.Ingest.Hosting.SyslogSourceSettings { Address = IPAddress.Parse("192.0.2.25"), Appliance = "esa1" }] },
        };
        var sink = new MemorySink();
        var loop = WorkerHarness.Loop(settings, sink);
        await loop.RestoreAsync(CancellationToken.None);
        loop.PollOnce();
        await loop.FinishAsync();
        sink.Documents.Values.ToDictionary(d => d.Document.Esa.Mid, d => d.Document.Observer.Hostname).Should().BeEquivalentTo(
            new Dictionary<long, string> { [1] = "esa1", [2] = "esa-y.example.net", [3] = "192.0.2.27" });
    }
}
