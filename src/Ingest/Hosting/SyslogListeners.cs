using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Sources;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Hosting;

/// <summary>The spool writer and the UDP/TCP receivers that feed it, started and stopped together.</summary>
internal sealed class SyslogListeners
{
    private readonly CancellationTokenSource _stop;
    private readonly SyslogSpoolWriter _writer;
    private readonly Task _writerTask;
    private readonly List<Task> _receivers = [];
    private readonly List<IDisposable> _sockets = [];

    private SyslogListeners(SyslogSpoolWriter writer, CancellationToken stopping)
    {
        _writer = writer;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _writerTask = Task.Run(writer.RunAsync, CancellationToken.None);
    }

    public IPEndPoint? Udp { get; private set; }
    public IPEndPoint? Tcp { get; private set; }
    public int Queued => _writer.Queued;

    public string Description =>
        string.Join(", ", new[] { Udp is null ? null : $"udp {Udp}", Tcp is null ? null : $"tcp {Tcp}" }.Where(s => s is not null));

    public static SyslogListeners Start(WorkerSettings settings, SyslogCounters counters, ILogger log, Action written, CancellationToken stopping)
    {
        var s = settings.Syslog;
        var certificate = s.TlsCertificate is null ? null : LoadCertificate(s.TlsCertificate, s.TlsKey!);
        var writer = new SyslogSpoolWriter(settings.SpoolDirectory, s.SpoolFileBytes, s.FsyncInterval, counters, log, written);
        var listeners = new SyslogListeners(writer, stopping);
        try
        {
            if (s.Udp is { } udpEndpoint)
            {
                var udp = Bind("Syslog:Udp", udpEndpoint, () => new SyslogUdpReceiver(udpEndpoint, s.MaxLineBytes, writer, counters, log));
                listeners._sockets.Add(udp);
                listeners.Udp = udp.LocalEndPoint;
                listeners._receivers.Add(Task.Run(() => udp.RunAsync(listeners._stop.Token), CancellationToken.None));
            }
            if (s.Tcp is { } tcpEndpoint)
            {
                var tcp = Bind("Syslog:Tcp", tcpEndpoint, () => new SyslogTcpReceiver(tcpEndpoint, certificate, s.MaxLineBytes, s.MaxConnections, s.IdleTimeout, writer, counters, log));
                listeners._sockets.Add(tcp);
                listeners.Tcp = tcp.LocalEndPoint;
                listeners._receivers.Add(Task.Run(() => tcp.RunAsync(listeners._stop.Token), CancellationToken.None));
            }
        }
        catch
        {
            listeners.StopAsync().GetAwaiter().GetResult();
            throw;
        }
        return listeners;
    }

    /// <summary>Stops receiving, then lets the writer drain the queue into the spool and fsync.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_receivers).ConfigureAwait(false);
        }
        finally
        {
            foreach (var socket in _sockets)
            {
                socket.Dispose();
            }
            _writer.Complete();
            await _writerTask.ConfigureAwait(false);
            _stop.Dispose();
        }
    }

    private static T Bind<T>(string key, IPEndPoint endpoint, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException($"{key}: cannot listen on {endpoint}: {e.Message}", e);
        }
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 LoadCertificate(string certificate, string key)
    {
        try
        {
            return SyslogTcpReceiver.LoadCertificate(certificate, key);
        }
        catch (Exception e) when (e is CryptographicException or IOException or ArgumentException)
        {
            throw new UsageException($"configuration: Syslog:Tls:Certificate: cannot load the certificate '{certificate}' with the key '{key}' ({e.Message})");
        }
    }
}
