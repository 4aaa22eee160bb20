using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// Syslog over TCP (RFC 6587 framing, optionally inside TLS): one task per connection, at most
/// <c>Syslog:MaxConnections</c> at once (more are closed at once and counted), idle connections closed after
/// <c>Syslog:IdleTimeout</c>. Lines wait for room in the spool queue, which slows the sender instead of dropping.
/// </summary>
public sealed class SyslogTcpReceiver : IDisposable
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    private readonly Socket _listener;
    private readonly SyslogSpoolWriter _spool;
    private readonly SyslogCounters _counters;
    private readonly X509Certificate2? _certificate;
    private readonly int _maxLineBytes;
    private readonly int _maxConnections;
    private readonly TimeSpan _idleTimeout;
    private readonly ILogger _log;
    private readonly ConcurrentDictionary<Task, bool> _connections = new();
    private DateTime _lastRejectWarning;

    /// <summary>Binds and listens at once, so that a taken port fails the start with a clear message.</summary>
    public SyslogTcpReceiver(IPEndPoint endpoint, X509Certificate2? certificate, int maxLineBytes, int maxConnections, TimeSpan idleTimeout,
        SyslogSpoolWriter spool, SyslogCounters counters, ILogger log)
    {
        _spool = spool;
        _counters = counters;
        _certificate = certificate;
        _maxLineBytes = maxLineBytes;
        _maxConnections = maxConnections;
        _idleTimeout = idleTimeout;
        _log = log;
        _listener = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.Bind(endpoint);
            _listener.Listen(128);
        }
        catch
        {
            _listener.Dispose();
            throw;
        }
        LocalEndPoint = (IPEndPoint)_listener.LocalEndPoint!;
    }

    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Reads the PEM certificate and key for the TLS listener.</summary>
    public static X509Certificate2 LoadCertificate(string certificateFile, string keyFile) =>
        X509Certificate2.CreateFromPemFile(certificateFile, keyFile);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _log.LogInformation("syslog: listening on tcp {Endpoint}{Tls}", LocalEndPoint, _certificate is null ? "" : " (TLS)");
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (SocketException e)
            {
                _log.LogDebug("syslog tcp: accept failed: {Error}", e.Message);
                continue;
            }
            if (_counters.OpenConnections >= _maxConnections)
            {
                _counters.Rejected();
                WarnRejected(client.RemoteEndPoint);
                client.Dispose();
                continue;
            }
            _counters.Opened();
            var task = Task.Run(() => HandleAsync(client, cancellationToken), CancellationToken.None);
            _connections[task] = true;
            _ = task.ContinueWith(t => _connections.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        await Task.WhenAll(_connections.Keys).ConfigureAwait(false);
    }

    private async Task HandleAsync(Socket client, CancellationToken cancellationToken)
    {
        var remote = client.RemoteEndPoint as IPEndPoint;
        var source = remote?.Address ?? IPAddress.None;
        Stream stream = new NetworkStream(client, ownsSocket: true);
        var decoder = new SyslogFrameDecoder(_maxLineBytes, _counters);
        var lines = new List<byte[]>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            if (_certificate is not null)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                timeout.CancelAfter(HandshakeTimeout);
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, timeout.Token).ConfigureAwait(false);
            }
            var buffer = new byte[64 * 1024];
            while (true)
            {
                timeout.CancelAfter(_idleTimeout);
                var n = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }
                decoder.Feed(buffer.AsSpan(0, n), line => lines.Add(line.ToArray()));
                await SpoolAsync(source, lines, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _log.LogDebug("syslog tcp: {Remote}: idle for {Timeout}, closed", remote, _idleTimeout);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
        catch (AuthenticationException e)
        {
            _log.LogWarning("syslog tcp: {Remote}: TLS handshake failed: {Error}", remote, e.Message);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            _log.LogDebug("syslog tcp: {Remote}: {Error}", remote, e.Message);
        }
        finally
        {
            // What arrived before the connection ended is kept, even without its final LF.
            decoder.Finish(line => lines.Add(line.ToArray()));
            try
            {
                await SpoolAsync(source, lines, CancellationToken.None).ConfigureAwait(false);
            }
            catch (System.Threading.Channels.ChannelClosedException)
            {
                _counters.Drop(lines.Count);
            }
            await stream.DisposeAsync().ConfigureAwait(false);
            _counters.Closed();
        }
    }

    private async Task SpoolAsync(IPAddress source, List<byte[]> lines, CancellationToken cancellationToken)
    {
        var written = 0;
        try
        {
            for (; written < lines.Count; written++)
            {
                await _spool.WriteAsync(source, lines[written], lines[written].Length, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Never queue a line twice when a later write is interrupted.
            lines.RemoveRange(0, written);
        }
    }

    private void WarnRejected(EndPoint? remote)
    {
        var now = DateTime.UtcNow;
        if (now - _lastRejectWarning >= TimeSpan.FromMinutes(1))
        {
            _lastRejectWarning = now;
            _log.LogWarning("syslog tcp: {Remote} refused: {Max} connections open already (Syslog:MaxConnections)", remote, _maxConnections);
        }
    }

    public void Dispose()
    {
        _listener.Dispose();
        _certificate?.Dispose();
    }
}
