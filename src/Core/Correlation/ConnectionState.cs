namespace EsaTls.Core.Correlation;

/// <summary>
/// One inbound (ICID) or delivery (DCID) connection as far as the log has shown it. Instances, not ids,
/// are what legs bind to: an id can be reused after <c>close</c> (or after a counter reset) and the new
/// connection must not rewrite the legs of the old one.
/// </summary>
internal sealed class ConnectionState
{
    /// <summary>Unique per appliance for the lifetime of the state (ids are not).</summary>
    public long Instance { get; set; }
    public long Id { get; set; }

    /// <summary>The <c>New SMTP ICID/DCID</c> line is in the data: a missing TLS line then means "no TLS".</summary>
    public bool OpeningSeen { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime LastSeen { get; set; }
    public bool Closed { get; set; }

    /// <summary>Some message used the connection (Start MID on an ICID, a delivery on a DCID).</summary>
    public bool Used { get; set; }

    public ConnectionTls Tls { get; set; }
    public DateTime TlsAt { get; set; }
    public string? TlsVersion { get; set; }
    public string? TlsCipher { get; set; }
    public string? TlsError { get; set; }
    public string? PeerCn { get; set; }

    public string? RemoteIp { get; set; }
    public string? ReverseDns { get; set; }

    // Inbound only: the HAT verdict.
    public string? HatAction { get; set; }
    public string? SenderGroup { get; set; }
    public string? Sbrs { get; set; }

    public bool CanAdoptOpening => !OpeningSeen && !Used && !Closed;

    public void SetTls(ConnectionTls tls, DateTime at, string? version, string? cipher, string? error, string? peerCn)
    {
        // A success is never downgraded by a later failure on the same connection: the legs already bound to it
        // keep the state they saw, and a connection that negotiated TLS carried its messages over TLS.
        if (Tls == ConnectionTls.Success && tls == ConnectionTls.Failed)
        {
            TlsError ??= error;
            return;
        }
        Tls = tls;
        TlsAt = at;
        TlsVersion = version ?? TlsVersion;
        TlsCipher = cipher ?? TlsCipher;
        TlsError = error ?? (tls == ConnectionTls.Failed ? TlsError : null);
        PeerCn = peerCn ?? PeerCn;
    }
}
