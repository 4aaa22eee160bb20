using EsaTls.Tests.Pipeline;
using Microsoft.Extensions.Logging;

namespace EsaTls.Tests.Worker;

public sealed class WorkerLoopTests : IDisposable
{
    private readonly WorkerHarness _h = new();

    public void Dispose() => _h.Dispose();

    private sealed class CapturingLogger : ILogger
    {
        private readonly List<string> _lines = [];

        public List<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add(formatter(state, exception));
            }
        }
    }

    [Fact]
    public async Task A_configured_appliance_name_is_used_for_every_line_of_its_directory()
    {
        Directory.CreateDirectory(_h.Logs);
        foreach (var file in Directory.GetFiles(Path.Combine(ScenarioTests.ScenarioDir, "rollover")))
        {
            File.Copy(file, Path.Combine(_h.Logs, Path.GetFileName(file)));
        }
        var sink = new MemorySink();
        var settings = _h.Settings(files: [new EsaTls.Ingest.Hosting.FileInputSettings { Path = _h.Logs, Appliance = "esa-roll.example.net" }]);
        var loop = WorkerHarness.Loop(settings, sink);
        await loop.RestoreAsync(CancellationToken.None);
        loop.PollOnce();
        await loop.FinishAsync();
        sink.Documents.Values.Select(d => d.Document.Observer.Hostname).Should().OnlyContain(h => h == "esa-roll.example.net").And.HaveCount(3);
        sink.Documents.Values.Select(d => d.Document.Observer.SerialNumber).Should().OnlyContain(s => s == "4242ROLL0001", "the header serial is still recorded");
    }

    [Fact]
    public async Task The_loop_logs_a_stats_line_and_stops_with_a_last_commit()
    {
        Directory.CreateDirectory(_h.Logs);
        File.Copy(Path.Combine(ScenarioTests.ScenarioDir, "tls-basics.log"), Path.Combine(_h.Logs, "mail_logs.@20250301T000000.s"));
        var sink = new MemorySink();
        var settings = _h.Settings();
        settings = settings with { Loop = settings.Loop with { StatsInterval = TimeSpan.FromMilliseconds(50) } };
        var log = new CapturingLogger();
        var loop = new EsaTls.Ingest.Hosting.IngestLoop(settings, sink, log);
        using var stop = new CancellationTokenSource();
        var run = loop.RunAsync(stop.Token);
        for (var i = 0; i < 500 && !log.Lines.Any(l => l.StartsWith("stats:", StringComparison.Ordinal) && !l.Contains("/s, 0 lines (", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(10);
        }
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(20));
        var stats = log.Lines.Last(l => l.StartsWith("stats:", StringComparison.Ordinal));
        stats.Should().MatchRegex(@"^stats: [\d,]+ lines/s, [\d,]+ lines \(0 unrecognised\), [\d,]+ messages \([\d,]+ lacked TLS, [\d,]+ unknown\), [\d,]+ open; queue [\d,]+ documents, 0 lines to spool, spool lag 0 B; [\d,]+ commits, 0 retries$");
        log.Lines.Should().Contain(l => l.StartsWith("stopped:", StringComparison.Ordinal));
        sink.Documents.Should().NotBeEmpty();
        sink.Checkpoint!.Inputs.Should().ContainSingle().Which.Offset.Should().Be(new FileInfo(Path.Combine(_h.Logs, "mail_logs.@20250301T000000.s")).Length);
    }

    [Fact]
    public async Task Two_subscriptions_of_one_appliance_are_read_in_step_like_a_files_run()
    {
        var source = Path.Combine(ScenarioTests.ScenarioDir, "two-subscriptions");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_h.Logs, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var sink = new MemorySink();
        var loop = WorkerHarness.Loop(_h.Settings(), sink);
        await loop.RestoreAsync(CancellationToken.None);
        loop.PollOnce();
        await loop.FinishAsync();
        var expected = await WorkerHarness.BatchAsync([_h.Logs]);
        expected.Should().HaveCount(3);
        WorkerHarness.Normalized(sink).Should().BeEquivalentTo(expected);
        sink.Documents.Values.Select(d => d.Document.Esa.Tls.Lacked).Should().BeEquivalentTo([false, true, false]);
    }
}
