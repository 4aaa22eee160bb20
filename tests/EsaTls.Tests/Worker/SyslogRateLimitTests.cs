using System.Net;
using System.Net.Sockets;
using System.Text;
using EsaTls.Ingest.Hosting;
using EsaTls.Ingest.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace EsaTls.Tests.Worker;

/// <summary>A clock that moves only when told to: rate limits are tested without real waiting or timing.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks = TimeSpan.TicksPerDay;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(GetTimestamp());

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

/// <summary>
/// <c>Syslog:MaxLinesPerSecond</c> per source address: UDP lines over it are dropped and counted, a TCP sender is
/// paused (back-pressure) and loses nothing. Loopback only; the clock is injected, no assertion depends on timing.
/// </summary>
public sealed class SyslogRateLimitTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string _dir = Directory.CreateTempSubdirectory("esatls-rate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_bucket_holds_one_second_of_lines_per_source_and_refills_with_the_clock()
    {
        var clock = new ManualClock();
        var limiter = new SyslogRateLimiter(10, clock);
        var a = IPAddress.Parse("192.0.2.1");
        var b = IPAddress.Parse("192.0.2.2");
        Enumerable.Range(0, 10).Count(_ => limiter.TryTake(a)).Should().Be(10);
        limiter.TryTake(a).Should().BeFalse("the second's lines are used up");
        limiter.TryTake(b).Should().BeTrue("another source has its own bucket");
        clock.Advance(TimeSpan.FromMilliseconds(300));
        Enumerable.Range(0, 10).Count(_ => limiter.TryTake(a)).Should().Be(3, "0.3 s give 3 lines back");
        clock.Advance(TimeSpan.FromHours(1));
        Enumerable.Range(0, 50).Count(_ => limiter.TryTake(a)).Should().Be(10, "an idle source saves up at most one second");

        // TCP: what was read is taken whatever the rate; the debt is the pause.
        var c = IPAddress.Parse("192.0.2.3");
        limiter.Take(c, 4).Should().Be(TimeSpan.Zero);
        limiter.Take(c, 26).Should().Be(TimeSpan.FromSeconds(2));
        clock.Advance(TimeSpan.FromSeconds(2));
        limiter.Take(c, 1).Should().Be(TimeSpan.FromSeconds(0.1));

        new SyslogRateLimiter(0, clock).TryTake(a).Should().BeTrue("0 is no limit");
        new SyslogRateLimiter(0, clock).Take(a, 1_000_000).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Many_sources_do_not_grow_the_table_without_bound()
    {
        var clock = new ManualClock();
        var limiter = new SyslogRateLimiter(1, clock);
        for (var i = 0; i < SyslogRateLimiter.MaxSources * 3; i++)
        {
            var address = new IPAddress(BitConverter.GetBytes(0x0A000000 + i));
            limiter.TryTake(address).Should().BeTrue("a new source starts with a full bucket");
        }
        // Still limiting after the table was trimmed.
        var last = new IPAddress(BitConverter.GetBytes(0x0A000000 + (SyslogRateLimiter.MaxSources * 3) - 1));
        limiter.TryTake(last).Should().BeFalse();
    }

    [Fact]
    public void Setting_is_read_and_checked()
    {
        static WorkerSettings Read(params string[] sets) =>
            WorkerSettingsReader.Read(WorkerConfiguration.Build(null, ["Syslog:Udp=127.0.0.1:0", "Syslog:Tcp=off", .. sets], new Dictionary<string, string?>()));
        Read().Syslog.MaxLinesPerSecond.Should().Be(20_000);
        Read("Syslog:MaxLinesPerSecond=500").Syslog.MaxLinesPerSecond.Should().Be(500);
        Read("Syslog:MaxLinesPerSecond=0").Syslog.MaxLinesPerSecond.Should().Be(0);
        var bad = () => Read("Syslog:MaxLinesPerSecond=-1");
        bad.Should().Throw<EsaTls.Ingest.Cli.UsageException>().WithMessage("configuration: Syslog:MaxLinesPerSecond: *");
    }

    [Fact]
    public async Task Udp_lines_over_the_rate_are_dropped_and_counted()
    {
        var clock = new ManualClock();
        var counters = new SyslogCounters();
        using var writer = new SyslogSpoolWriter(_dir, 1 << 20, TimeSpan.FromMilliseconds(1), counters, NullLogger.Instance);
        var writing = Task.Run(writer.RunAsync);
        using var receiver = new SyslogUdpReceiver(new IPEndPoint(IPAddress.Loopback, 0), 4096, writer, counters, NullLogger.Instance, new SyslogRateLimiter(5, clock));
        using var stop = new CancellationTokenSource();
        var receiving = Task.Run(() => receiver.RunAsync(stop.Token));
        using var client = new UdpClient(AddressFamily.InterNetwork);

        for (var i = 0; i < 20; i++)
        {
            await client.SendAsync(Encoding.ASCII.GetBytes($"<22>Mar  1 10:00:00 esa1 mail_logs: Info: line {i:D3}"), receiver.LocalEndPoint);
            await Until(() => counters.Datagrams == i + 1, "each datagram in turn");
        }
        await Until(() => counters.Lines == 5, "the lines within the rate reach the spool");
        counters.RateLimited.Should().Be(15);
        counters.Dropped.Should().Be(0, "over-rate lines have their own counter");

        clock.Advance(TimeSpan.FromSeconds(1));
        await client.SendAsync(Encoding.ASCII.GetBytes("<22>Mar  1 10:00:01 esa1 mail_logs: Info: later"), receiver.LocalEndPoint);
        await Until(() => counters.Lines == 6, "the bucket refilled");
        counters.RateLimited.Should().Be(15);

        await stop.CancelAsync();
        await receiving;
        writer.Complete();
        await writing;
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in Directory.GetFiles(_dir))
            {
                File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "spool files hold raw mail logs and are for the worker's user only");
            }
        }
        var spooled = string.Concat(Directory.GetFiles(_dir).Select(File.ReadAllText));
        spooled.Should().Contain("line 000").And.Contain("line 004").And.Contain("later").And.NotContain("line 005");
    }

    [Fact]
    public async Task A_tcp_sender_over_the_rate_is_paused_and_loses_nothing()
    {
        var clock = new ManualClock();
        var counters = new SyslogCounters();
        var pauses = new List<TimeSpan>();
        Task Pause(TimeSpan span, CancellationToken token)
        {
            lock (pauses)
            {
                pauses.Add(span);
            }
            clock.Advance(span); // the wait, without waiting
            return Task.CompletedTask;
        }
        using var writer = new SyslogSpoolWriter(_dir, 1 << 20, TimeSpan.FromMilliseconds(1), counters, NullLogger.Instance);
        var writing = Task.Run(writer.RunAsync);
        using var receiver = new SyslogTcpReceiver(new IPEndPoint(IPAddress.Loopback, 0), null, 4096, 4, TimeSpan.FromMinutes(1), writer, counters,
            NullLogger.Instance, new SyslogRateLimiter(10, clock), Pause);
        using var stop = new CancellationTokenSource();
        var receiving = Task.Run(() => receiver.RunAsync(stop.Token));

        const int Lines = 200;
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(receiver.LocalEndPoint);
            var stream = client.GetStream();
            for (var i = 0; i < Lines; i++)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"<22>Mar  1 10:00:00 esa1 mail_logs: Info: line {i:D4}\n"));
            }
        }
        await Until(() => counters.Lines == Lines, "every line reaches the spool");
        await Until(() => counters.OpenConnections == 0, "the connection ends");
        counters.RateLimited.Should().Be(0, "TCP is slowed down, not cut");
        counters.Throttled.Should().BeGreaterThan(0).And.Be(pauses.Count);
        // The pauses pay exactly for the lines beyond the first second's worth: (200 - 10) / 10 per second.
        pauses.Sum(p => p.TotalSeconds).Should().BeApproximately((Lines - 10) / 10.0, 0.001);

        await stop.CancelAsync();
        await receiving;
        writer.Complete();
        await writing;
        var spooled = string.Concat(Directory.GetFiles(_dir).Select(File.ReadAllText));
        for (var i = 0; i < Lines; i++)
        {
            spooled.Should().Contain($"line {i:D4}");
        }
    }

    [Fact]
    public void Status_shows_the_counters_the_worker_saved()
    {
        var counters = new SyslogCounters();
        counters.OverRate();
        counters.OverRate();
        counters.Throttle();
        counters.Rejected();
        var correlation = new EsaTls.Core.Correlation.Correlator(new EsaTls.Core.Correlation.CorrelatorOptions(), _ => { }).Counters;
        WorkerCounters.From(new EsaTls.Core.Pipeline.IngestStats(), correlation, counters, new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc)).Save(_dir).Should().BeNull();

        var settings = new WorkerSettings { Sink = new EsaTls.Ingest.Commands.SinkSettings(), StateDirectory = _dir };
        var output = new StringWriter();
        WorkerStatus.Write(settings, null, "memory", output, DateTime.UtcNow);
        output.ToString().Should().Contain("counters       as of 2026-03-02T10:00:00Z")
            .And.Contain("2 over rate (dropped), 1 throttled, 0 connections (1 refused)");

        File.WriteAllText(Path.Combine(_dir, WorkerCounters.FileName), "{ damaged");
        output = new StringWriter();
        WorkerStatus.Write(settings, null, "memory", output, DateTime.UtcNow);
        output.ToString().Should().NotContain("counters   ", "a damaged file is not shown, and not fatal");
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"waiting for {what}");
            await Task.Delay(10);
        }
    }
}
