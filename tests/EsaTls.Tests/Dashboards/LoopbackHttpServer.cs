using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace EsaTls.Tests.Dashboards;

internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Path => Target.Split('?')[0];

    public string Query => Target.Contains('?', StringComparison.Ordinal) ? Target[(Target.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

internal sealed record CannedResponse(int Status, string Body, string ContentType = "application/json", string? Location = null);

/// <summary>
/// A one-request-per-connection HTTP/1.1 server on 127.0.0.1 (plain or TLS) that records what it receives and
/// answers with a canned response. A null response leaves the request hanging until the server is disposed.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<RecordedRequest, CannedResponse?> respond;
    private readonly X509Certificate2? certificate;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LoopbackHttpServer(Func<RecordedRequest, CannedResponse?> respond, X509Certificate2? certificate = null)
    {
        this.respond = respond;
        this.certificate = certificate;
        listener.Start();
        loop = AcceptLoop();
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public Uri Url => new($"{(certificate is null ? "http" : "https")}://127.0.0.1:{Port}/");

    private async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                Stream stream = client.GetStream();
                if (certificate is not null)
                {
                    var ssl = new SslStream(stream);
                    await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, stop.Token);
                    stream = ssl;
                }
                var request = await ReadRequest(stream);
                Requests.Enqueue(request);
                var response = respond(request);
                if (response is null)
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                    return;
                }
                var body = Encoding.UTF8.GetBytes(response.Body);
                var head = new StringBuilder()
                    .Append("HTTP/1.1 ").Append(response.Status).Append(" Status\r\n")
                    .Append("Content-Type: ").Append(response.ContentType).Append("\r\n")
                    .Append("Content-Length: ").Append(body.Length).Append("\r\n")
                    .Append("Connection: close\r\n");
                if (response.Location is not null)
                {
                    head.Append("Location: ").Append(response.Location).Append("\r\n");
                }
                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), stop.Token);
                await stream.WriteAsync(body, stop.Token);
                await stream.FlushAsync(stop.Token);
            }
            catch (Exception e) when (e is IOException or AuthenticationException or OperationCanceledException or SocketException)
            {
                // client went away or refused our certificate: the test looks at the client's side
            }
        }
    }

    private static async Task<RecordedRequest> ReadRequest(Stream stream)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), "\r\n\r\n"u8)) < 0)
        {
            var n = await stream.ReadAsync(chunk);
            if (n == 0)
            {
                throw new IOException("connection closed before the request head ended");
            }
            buffer.Write(chunk, 0, n);
        }
        var all = buffer.ToArray();
        var lines = Encoding.ASCII.GetString(all, 0, headEnd).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var body = new MemoryStream();
        body.Write(all, headEnd + 4, all.Length - headEnd - 4);
        var length = headers.TryGetValue("Content-Length", out var cl) ? int.Parse(cl, System.Globalization.CultureInfo.InvariantCulture) : 0;
        while (body.Length < length)
        {
            var n = await stream.ReadAsync(chunk);
            if (n == 0)
            {
                break;
            }
            body.Write(chunk, 0, n);
        }
        return new RecordedRequest(requestLine[0], requestLine[1], headers, body.ToArray());
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await loop;
        stop.Dispose();
    }
}
