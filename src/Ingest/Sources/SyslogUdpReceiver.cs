using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Sources;

/// <summary>Receives syslog datagrams and queues their lines on the spool; never waits on the spool (a full queue drops and counts).</summary>
public sealed class SyslogUdpReceiver : IDisposable
{
    private readonly Socket _socket;
    private readonly SyslogSpoolWriter _spool;
    private readonly SyslogCounters _counters;
    private readonly SyslogFrameDecoder _decoder;
    private readonly ILogger _log;

    /// <summary>Binds at once, so that a taken port fails the start with a clear message.</summary>
    public SyslogUdpReceiver(IPEndPoint endpoint, int maxLineBytes, SyslogSpoolWriter spool, SyslogCounters counters, ILogger log)
    {
        _spool = spool;
        _counters = counters;
        _log = log;
        _decoder = new SyslogFrameDecoder(maxLineBytes, counters);
        _socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            // Bursts from a busy appliance must wait in the kernel while the spool catches up.
            _socket.ReceiveBufferSize = 4 << 20;
            _socket.Bind(endpoint);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }
        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public IPEndPoint LocalEndPoint { get; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[65536];
        var any = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        _log.LogInformation("syslog: listening on udp {Endpoint}", LocalEndPoint);
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try
            {
                result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (SocketException e)
            {
                // e.g. ICMP port unreachable reported on a later receive; the socket stays usable.
                _log.LogDebug("syslog udp: {Error}", e.Message);
                continue;
            }
            _counters.Datagram();
            var source = ((IPEndPoint)result.RemoteEndPoint).Address;
            _decoder.FeedDatagram(buffer.AsSpan(0, result.ReceivedBytes), line => _spool.TryWrite(source, line));
        }
    }

    public void Dispose() => _socket.Dispose();
}
