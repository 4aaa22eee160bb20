using static EsaTls.Core.Parsing.Results;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Delivery-connection lines (esa-mail-logs.md §5.1, §5.2, §5.4, §5.5): <c>New SMTP DCID</c>, outbound TLS O1–O10,
/// <c>DCID d close</c> and <c>Connection Error</c>.
/// </summary>
internal static class DeliveryConnectionParser
{
    /// <summary>After <c>New SMTP DCID</c>: <c>d interface IP|NAME address IP [port p]</c>.</summary>
    public static ParseResult ParseNewDcid(ref SpanCursor c)
    {
        if (!c.TryId(out var dcid))
        {
            return UnknownDcid;
        }
        string? iface = null, remoteIp = null;
        int? port = null;
        if (c.TryWord("interface"u8))
        {
            ConnectionLineParser.ReadInterface(ref c, out var name, out var ip);
            // A "NAME (IP)" form has not been seen on DCID lines; if it appears the IP is the more useful half.
            iface = LogText.DecodeOrNull(ip.IsEmpty ? name : ip);
        }
        if (c.TryWord("address"u8))
        {
            remoteIp = LogText.DecodeOrNull(c.ReadToken());
        }
        if (c.TryWord("port"u8))
        {
            if (!c.TryInt(out var p))
            {
                return UnknownDcid;
            }
            port = p;
        }
        return ParseResult.Of(new DcidOpened(dcid, iface, remoteIp, port));
    }

    /// <summary>After <c>DCID</c>.</summary>
    public static ParseResult ParseDcid(ref SpanCursor c)
    {
        if (!c.TryId(out var dcid))
        {
            return UnknownDcid;
        }
        if (c.TryWord("close"u8))
        {
            return ParseResult.Of(new DcidClosed(dcid));
        }
        // O8 (≤5.x) names the remote IP before the TLS words: "DCID d IP a TLS was required …"; seen with "TLS failed" too.
        string? remoteIp = null;
        if (c.TryWord("IP"u8))
        {
            remoteIp = LogText.DecodeOrNull(c.ReadToken());
        }
        if (c.TryWord("TLS"u8))
        {
            return ParseTls(ref c, dcid, remoteIp);
        }
        if (c.TryWord("STARTTLS"u8) && c.TryWord("command"u8) && c.TryWord("not"u8) && c.TryPrefix("supported"u8))
        {
            return Tls(dcid, TlsOutcome.StartTlsNotSupported, remoteIp: remoteIp);
        }
        return UnknownDcid;
    }

    /// <summary>After <c>DCID d [IP a] TLS</c>.</summary>
    private static ParseResult ParseTls(ref SpanCursor c, long dcid, string? remoteIp)
    {
        if (c.TryWord("success"u8))
        {
            // Parts seen across versions, all optional: "protocol P cipher C", "CN=x" / "CN: <x>", "for domain".
            string? protocol = null, cipher = null, cn = null, domain = null;
            while (!c.IsAtEnd())
            {
                if (c.TryWord("protocol"u8))
                {
                    protocol = LogText.DecodeOrNull(c.ReadToken());
                }
                else if (c.TryWord("cipher"u8))
                {
                    cipher = LogText.DecodeOrNull(c.ReadToken());
                }
                else if (c.TryWord("for"u8))
                {
                    domain = LogText.DecodeOrNull(c.ReadToken());
                }
                else if (c.TryPrefix("CN="u8) || c.TryPrefix("CN:"u8))
                {
                    cn = ReadCommonName(ref c);
                }
                else
                {
                    c.ReadToken(); // an unknown tail word must not cost the success
                }
            }
            return Tls(dcid, TlsOutcome.Success, protocol, cipher, cn, domain: domain, remoteIp: remoteIp);
        }
        if (ConnectionLineParser.TryReadFailure(ref c, out var error))
        {
            return Tls(dcid, TlsOutcome.Failed, error: error, remoteIp: remoteIp);
        }
        if (c.TryWord("was"u8) && c.TryWord("required"u8) && IndexOfWord(c.Rest(), "negotiated"u8) >= 0)
        {
            return Tls(dcid, TlsOutcome.RequiredNotNegotiated, remoteIp: remoteIp);
        }
        return UnknownDcid;
    }

    /// <summary>The certificate CN up to a <c>for</c> tail or the end, without angle brackets (<c>CN: &lt;common&gt;</c>).</summary>
    private static string? ReadCommonName(ref SpanCursor c)
    {
        var rest = c.Rest();
        var end = IndexOfWord(rest, "for"u8);
        var value = Trim(end >= 0 ? rest[..end] : rest);
        c.Advance(end >= 0 ? end : rest.Length);
        if (!value.IsEmpty && value[0] == (byte)'<')
        {
            value = value[1..];
        }
        if (!value.IsEmpty && value[^1] == (byte)'>')
        {
            value = value[..^1];
        }
        return LogText.DecodeOrNull(value);
    }

    private static ParseResult Tls(long dcid, TlsOutcome outcome, string? protocol = null, string? cipher = null,
        string? cn = null, string? error = null, string? domain = null, string? remoteIp = null) =>
        ParseResult.Of(new DcidTls(dcid, outcome, protocol, cipher, cn, error, domain, remoteIp));

    /// <summary>
    /// After <c>Connection</c>: <c>Error: DCID d domain: D IP: A port: p details: X interface: I reason: R</c>; 4.x puts
    /// a short cause before the id (<c>connection timed out DCID: 2804 IP: …</c>) and omits fields. Details keeps the
    /// cause, the details and the reason joined by <c>"; "</c>.
    /// </summary>
    public static ParseResult ParseConnectionError(ref SpanCursor c)
    {
        if (!c.TryWordOrColon("Error"u8))
        {
            return UnknownLine;
        }
        var rest = c.Rest();
        var at = IndexOfWord(rest, "DCID"u8);
        var colonAt = IndexOfWord(rest, "DCID:"u8);
        if (at < 0 || (colonAt >= 0 && colonAt < at))
        {
            at = colonAt;
        }
        if (at < 0)
        {
            return UnknownDcid;
        }
        var cause = rest[..at];
        var inner = new SpanCursor(rest[at..]);
        inner.ReadToken();
        if (!inner.TryId(out var dcid))
        {
            return UnknownDcid;
        }
        var fields = inner.Rest();
        var domain = LogText.DecodeOrNull(Field(fields, "domain:"u8));
        var ip = LogText.DecodeOrNull(Field(fields, "IP:"u8));
        var reason = Field(fields, "reason:"u8);
        var details = LogText.Join(cause, Field(fields, "details:"u8), reason);
        return ParseResult.Of(new DcidConnectionError(dcid, domain, ip, details));
    }

    /// <summary>The value after <paramref name="label"/> up to the next known label (values may be empty or several words).</summary>
    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> fields, ReadOnlySpan<byte> label)
    {
        var at = IndexOfWord(fields, label);
        if (at < 0)
        {
            return default;
        }
        var start = at + label.Length;
        var end = fields.Length;
        for (var i = 0; i < 6; i++)
        {
            var next = IndexOfWord(fields, Label(i), start);
            if (next >= 0 && next < end)
            {
                end = next;
            }
        }
        return Trim(fields[start..end]);
    }

    private static ReadOnlySpan<byte> Label(int i) => i switch
    {
        0 => "domain:"u8,
        1 => "IP:"u8,
        2 => "port:"u8,
        3 => "details:"u8,
        4 => "interface:"u8,
        _ => "reason:"u8,
    };
}
