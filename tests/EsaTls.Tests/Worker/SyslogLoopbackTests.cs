using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Hosting;
using EsaTls.Ingest.Sources;
using EsaTls.Tests.Dashboards;
using EsaTls.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EsaTls.Tests.Worker;

/// <summary>
/// The worker in this process, listening on 127.0.0.1 (ports chosen by the system): scenario lines sent over UDP,
/// TCP (both framings) and TLS end up as the documents a batch run of the same log stores. Every wait is bounded.
/// </summary>
public sealed class SyslogLoopbackTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly string FleetLog = Path.Combine(ScenarioTests.ScenarioDir, "fleet-syslog.log");
    private readonly WorkerHarness _h = new();

    public void Dispose() => _h.Dispose();

    private sealed class LockedSink : IMessageSink
    {
        private readonly MemorySink _inner = new();
        public string Description => "memory";
        public MemorySink Inner { get { lock (_inner) { return _inner; } } }
        public int Count { get { lock (_inner) { return _inner.Documents.Count; } } }
        public Task<IngestCheckpoint?> LoadCheckpointAsync(CancellationToken cancellationToken) { lock (_inner) { return _inner.LoadCheckpointAsync(cancellationToken); } }
        public Task CommitAsync(IReadOnlyList<MessageRecord> records, IngestCheckpoint? checkpoint, CancellationToken cancellationToken) { lock (_inner) { return _inner.CommitAsync(records, checkpoint, cancellationToken); } }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"waiting for {what}");
            await Task.Delay(20);
        }
    }

    /// <summary>Spool bytes not yet covered by the committed checkpoint.</summary>
    private long CommittedSpoolLag(LockedSink sink)
    {
        var checkpoint = sink.LoadCheckpointAsync(CancellationToken.None).Result;
        var position = checkpoint?.Inputs.FirstOrDefault(p => p.Fingerprint == SyslogSpoolReader.PositionFingerprint);
        var spool = Path.Combine(_h.State, "spool");
        return position is null ? SyslogSpoolFiles.Lag(spool, 0, 0) : SyslogSpoolFiles.Lag(spool, SyslogSpoolFiles.SequenceOf(position.Key), position.Offset);
    }

    private static async Task<(IHost Host, SyslogEndpoints Endpoints, WorkerOutcome Outcome)> StartAsync(WorkerSettings settings, IMessageSink sink)
    {
        var outcome = new WorkerOutcome();
        var host = WorkerHost.Build(settings, sink, outcome, configureLogging: b => b.ClearProviders());
        await host.StartAsync();
        var endpoints = host.Services.GetRequiredService<IngestWorker>().Endpoints;
        await endpoints.Ready.Task.WaitAsync(Patience);
        return (host, endpoints, outcome);
    }

    private static async Task StopAsync(IHost host)
    {
        await host.StopAsync();
        host.Dispose();
    }

    [Fact]
    public async Task Udp_and_tcp_lines_give_the_batch_result()
    {
        var lines = File.ReadAllLines(FleetLog);
        var expected = await WorkerHarness.BatchAsync([FleetLog], year: 2024);
        var sink = new LockedSink();
        var (host, endpoints, outcome) = await StartAsync(_h.Settings(syslog: true, year: 2024), sink);
        var half = lines.Length / 2;

        using (var udp = new UdpClient(AddressFamily.InterNetwork))
        {
            for (var i = 0; i < half; i++)
            {
                await udp.SendAsync(Encoding.UTF8.GetBytes(lines[i] + "\n"), endpoints.Udp!);
                if (i % 20 == 19)
                {
                    await Until(() => endpoints.Counters!.Lines == i + 1, "the spool to take the datagrams");
                }
            }
        }
        await Until(() => endpoints.Counters!.Lines == half, "every datagram in the spool");

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(endpoints.Tcp!);
            var stream = tcp.GetStream();
            for (var i = half; i < lines.Length; i++)
            {
                // RFC 6587: octet counting for even lines, LF framing for odd ones, written in odd-sized pieces.
                var frame = i % 2 == 0 ? $"{Encoding.UTF8.GetByteCount(lines[i])} {lines[i]}" : lines[i] + "\n";
                var bytes = Encoding.UTF8.GetBytes(frame);
                await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
            }
        }
        await Until(() => endpoints.Counters!.Lines == lines.Length, "every TCP line in the spool");
        await Until(() => CommittedSpoolLag(sink) == 0, "the spool read and committed");
        await StopAsync(host);

        outcome.ExitCode.Should().Be(0);
        endpoints.Counters!.Dropped.Should().Be(0);
        endpoints.Counters.Unparsable.Should().Be(0);
        WorkerHarness.Normalized(sink.Inner).Should().BeEquivalentTo(expected);
        SyslogSpoolFiles.List(Path.Combine(_h.State, "spool")).Should().HaveCountLessThanOrEqualTo(1, "read spool files are deleted after the commit");
    }

    [Fact]
    public async Task Tls_syslog_is_received_and_a_restart_resumes_from_the_spool_position()
    {
        using var certificates = new TestCertificates();
        var certFile = Path.Combine(_h.Root, "server.pem");
        var keyFile = Path.Combine(_h.Root, "server.key");
        File.WriteAllText(certFile, certificates.Server.ExportCertificatePem());
        File.WriteAllText(keyFile, certificates.Server.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var settings = _h.Settings(syslog: true, year: 2024) with { };
        settings = settings with { Syslog = settings.Syslog with { Udp = null, TlsCertificate = certFile, TlsKey = keyFile } };
        var lines = File.ReadAllLines(FleetLog);
        var expected = await WorkerHarness.BatchAsync([FleetLog], year: 2024);
        var sink = new LockedSink();

        var sent = 0;
        foreach (var part in new[] { lines.Length / 3, lines.Length })
        {
            var (host, endpoints, outcome) = await StartAsync(settings, sink);
            var before = sent;
            using (var tcp = new TcpClient())
            {
                await tcp.ConnectAsync(endpoints.Tcp!);
                await using var tls = new SslStream(tcp.GetStream(), false, (_, cert, _, _) => cert is not null && cert.GetCertHashString() == certificates.Server.GetCertHashString());
                await tls.AuthenticateAsClientAsync("127.0.0.1");
                for (; sent < part; sent++)
                {
                    await tls.WriteAsync(Encoding.UTF8.GetBytes(lines[sent] + "\n"));
                }
                await tls.FlushAsync();
            }
            var thisRun = sent - before;
            await Until(() => endpoints.Counters!.Lines == thisRun, "the lines in the spool");
            await Until(() => CommittedSpoolLag(sink) == 0, "the spool read and committed");
            await StopAsync(host);
            outcome.ExitCode.Should().Be(0);
        }
        WorkerHarness.Normalized(sink.Inner).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task Connections_over_the_maximum_are_refused_and_counted()
    {
        var settings = _h.Settings(syslog: true);
        settings = settings with { Syslog = settings.Syslog with { MaxConnections = 1, Udp = null } };
        var (host, endpoints, _) = await StartAsync(settings, new LockedSink());
        using var first = new TcpClient();
        await first.ConnectAsync(endpoints.Tcp!);
        await first.GetStream().WriteAsync("<22>Jan  1 00:00:00 esa1 mail_logs: Info: hello\n"u8.ToArray());
        await Until(() => endpoints.Counters!.OpenConnections == 1, "the first connection");
        using var second = new TcpClient();
        await second.ConnectAsync(endpoints.Tcp!);
        var buffer = new byte[16];
        var read = await second.GetStream().ReadAsync(buffer).AsTask().WaitAsync(Patience);
        read.Should().Be(0, "the second connection is closed at once");
        endpoints.Counters!.RejectedConnections.Should().Be(1);
        await StopAsync(host);
    }

    [Fact]
    public async Task A_second_worker_on_the_same_state_directory_stops_with_exit_code_2()
    {
        using var held = StateLock.Acquire(_h.State);
        var settings = _h.Settings(syslog: true);
        var outcome = new WorkerOutcome();
        using var host = WorkerHost.Build(settings, new LockedSink(), outcome, configureLogging: b => b.ClearProviders());
        await host.RunAsync().WaitAsync(Patience);
        outcome.ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task A_port_in_use_stops_the_worker_with_exit_code_1()
    {
        using var taken = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var settings = _h.Settings(syslog: true);
        settings = settings with { Syslog = settings.Syslog with { Udp = (IPEndPoint)taken.Client.LocalEndPoint!, Tcp = null } };
        var outcome = new WorkerOutcome();
        using var host = WorkerHost.Build(settings, new LockedSink(), outcome, configureLogging: b => b.ClearProviders());
        await host.RunAsync().WaitAsync(Patience);
        outcome.ExitCode.Should().Be(1);
    }
}
