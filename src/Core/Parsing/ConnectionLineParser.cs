using static EsaTls.Core.Parsing.Results;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Receiving-connection lines (esa-mail-logs.md §3): <c>New SMTP ICID</c>, the HAT verdict, inbound TLS (I1–I6),
/// <c>close</c>/<c>lost</c> and the informational connection-level lines.
/// </summary>
internal static class ConnectionLineParser
{
    /// <summary>After <c>New SMTP ICID</c>: <c>n interface NAME (IP) address IP reverse dns host H verified yes|no</c>.</summary>
    public static ParseResult ParseNewIcid(ref SpanCursor c)
    {
        if (!c.TryId(out var icid))
        {
            return UnknownIcid;
        }
        string? interfaceName = null, interfaceIp = null, remoteIp = null, host = null;
        bool? verified = null;
        if (c.TryWord("interface"u8))
        {
            ReadInterface(ref c, out var name, out var ip);
            interfaceName = LogText.DecodeOrNull(name);
            interfaceIp = LogText.DecodeOrNull(ip);
        }
        if (c.TryWord("address"u8))
        {
            remoteIp = LogText.DecodeOrNull(c.ReadToken());
        }
        if (c.TryWord("reverse"u8) && c.TryWord("dns"u8) && c.TryWord("host"u8))
        {
            // Any token, even a URL; "verified" always follows it.
            var token = c.PeekToken();
            if (!EqualsIgnoreCase(token, "verified"u8))
            {
                host = LogText.DecodeOrNull(c.ReadToken());
            }
        }
        if (c.TryWord("verified"u8))
        {
            var answer = c.ReadToken();
            verified = EqualsIgnoreCase(answer, "yes"u8) ? true : EqualsIgnoreCase(answer, "no"u8) ? false : null;
        }
        return ParseResult.Of(new IcidOpened(icid, interfaceName, interfaceIp, remoteIp, host, verified));
    }

    /// <summary>
    /// The interface part up to the word <c>address</c>: a name that may contain spaces (<c>Data 1</c>, an FQDN),
    /// optionally followed by the interface IP in parentheses; the 3.x form has only a name.
    /// </summary>
    public static void ReadInterface(ref SpanCursor c, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> ip)
    {
        var rest = c.Rest();
        var at = IndexOfWord(rest, "address"u8);
        var part = Trim(at >= 0 ? rest[..at] : rest);
        c.Advance(at >= 0 ? at : rest.Length);
        ip = default;
        name = part;
        if (!part.IsEmpty && part[^1] == (byte)')')
        {
            var open = part.LastIndexOf((byte)'(');
            if (open >= 0)
            {
                ip = Trim(part[(open + 1)..^1]);
                name = Trim(part[..open]);
            }
        }
    }

    /// <summary>After <c>ICID</c>.</summary>
    public static ParseResult ParseIcid(ref SpanCursor c)
    {
        if (!c.TryId(out var icid))
        {
            return UnknownIcid;
        }
        var verb = c.PeekToken();
        if (verb.IsEmpty)
        {
            return UnknownIcid;
        }
        switch (verb[0] | 0x20)
        {
            case 'c':
                if (c.TryWord("close"u8))
                {
                    return ParseResult.Of(new IcidClosed(icid, Lost: false));
                }
                if (EqualsIgnoreCase(verb, "Connection"u8))
                {
                    return Info; // "Connection from IP on interface … lost after n seconds …"
                }
                break;
            case 'l':
                if (c.TryWord("lost"u8))
                {
                    return ParseResult.Of(new IcidClosed(icid, Lost: true));
                }
                break;
            case 't':
                if (c.TryWord("TLS"u8))
                {
                    return ParseTls(ref c, icid);
                }
                break;
            case 's':
                if (EqualsIgnoreCase(verb, "SBRS"u8))
                {
                    // 3.7-era score-only line "ICID n SBRS None": no action, no sender group.
                    ReadScoreAndCountry(c.Rest(), out var sbrs, out var country);
                    return ParseResult.Of(new IcidPolicy(icid, string.Empty, null, sbrs, country));
                }
                break;
            case 'd':
                // "Delayed HAT REJECT continuing session for recipient logging (ip)": the HAT line before it
                // already carried REJECT, SG and SBRS; re-emitting a policy without them would only blank them.
                if (EqualsIgnoreCase(verb, "Delayed"u8) || EqualsIgnoreCase(verb, "disconnected"u8))
                {
                    return Info;
                }
                break;
            case 'r':
            case 'i':
            case 'a':
            case 'm':
                // "Receiving Failed:", "Injection Failed:", "Invalid sender address:", "Address: … sender rejected",
                // "MID m Invalid recipient address:".
                if (EqualsWordOrColon(verb, "Receiving"u8) || EqualsIgnoreCase(verb, "Injection"u8)
                    || EqualsIgnoreCase(verb, "Invalid"u8) || EqualsWordOrColon(verb, "Address"u8)
                    || EqualsIgnoreCase(verb, "MID"u8))
                {
                    return Info;
                }
                break;
        }
        return ParsePolicy(ref c, icid);
    }

    /// <summary>HAT verdict after the ICID: <c>ACTION SG group [match criterion] SBRS|ipr score [country c]</c>.</summary>
    private static ParseResult ParsePolicy(ref SpanCursor c, long icid)
    {
        var action = c.ReadToken();
        if (!c.TryWord("SG"u8))
        {
            return UnknownIcid;
        }
        var group = c.ReadToken();
        // The criterion (possibly empty, possibly several words like "etf-source: hailataxii") is not kept.
        ReadScoreAndCountry(c.Rest(), out var sbrs, out var country);
        return ParseResult.Of(new IcidPolicy(icid, ActionName(action), LogText.DecodeOrNull(group), sbrs, country));
    }

    /// <summary>
    /// The score follows the whole word <c>SBRS</c> (12.x: <c>ipr</c>) and runs to the word <c>country</c>; both may
    /// be several words (<c>not enabled</c>, <c>unable to retrieve</c>, <c>United States</c>).
    /// </summary>
    private static void ReadScoreAndCountry(ReadOnlySpan<byte> tail, out string? sbrs, out string? country)
    {
        var keyword = IndexOfWord(tail, "SBRS"u8);
        var length = 4;
        if (keyword < 0)
        {
            keyword = IndexOfWord(tail, "ipr"u8);
            length = 3;
        }
        var scoreStart = keyword >= 0 ? keyword + length : 0;
        var countryAt = IndexOfWord(tail, "country"u8, scoreStart);
        sbrs = keyword >= 0 ? LogText.DecodeOrNull(tail[scoreStart..(countryAt >= 0 ? countryAt : tail.Length)]) : null;
        country = countryAt >= 0 ? LogText.DecodeOrNull(tail[(countryAt + "country"u8.Length)..]) : null;
    }

    private static string ActionName(ReadOnlySpan<byte> action) =>
        EqualsIgnoreCase(action, "ACCEPT"u8) ? "ACCEPT"
        : EqualsIgnoreCase(action, "RELAY"u8) ? "RELAY"
        : EqualsIgnoreCase(action, "REJECT"u8) ? "REJECT"
        : EqualsIgnoreCase(action, "TCPREFUSE"u8) ? "TCPREFUSE"
        : EqualsIgnoreCase(action, "CONTINUE"u8) ? "CONTINUE"
        : LogText.Decode(action);

    /// <summary>After <c>ICID n TLS</c> (I1–I6).</summary>
    private static ParseResult ParseTls(ref SpanCursor c, long icid)
    {
        if (c.TryWord("success"u8))
        {
            string? protocol = null, cipher = null;
            if (c.TryWord("protocol"u8))
            {
                protocol = LogText.DecodeOrNull(c.ReadToken());
            }
            if (c.TryWord("cipher"u8))
            {
                cipher = LogText.DecodeOrNull(c.ReadToken());
            }
            return ParseResult.Of(new IcidTls(icid, TlsOutcome.Success, protocol, cipher, null));
        }
        if (TryReadFailure(ref c, out var error))
        {
            return ParseResult.Of(new IcidTls(icid, TlsOutcome.Failed, null, null, error));
        }
        if (c.TryWord("was"u8) && c.TryWord("required"u8) && IndexOfWord(c.Rest(), "initiate"u8) >= 0)
        {
            return ParseResult.Of(new IcidTls(icid, TlsOutcome.RequiredNotInitiated, null, null, null));
        }
        return UnknownIcid;
    }

    /// <summary>
    /// <c>failed</c>, <c>failed: reason</c> or <c>failed:reason</c>; the reason (errno text, OpenSSL tuple
    /// <c>(336151574, 'error:…')</c>) is kept as logged, null when absent.
    /// </summary>
    public static bool TryReadFailure(ref SpanCursor c, out string? error)
    {
        error = null;
        if (!c.TryPrefix("failed"u8))
        {
            return false;
        }
        if (!c.AtTokenBoundary && !c.TryByteHere((byte)':'))
        {
            c.Advance(-"failed"u8.Length);
            return false;
        }
        var rest = c.Rest();
        if (!rest.IsEmpty && rest[0] == (byte)':')
        {
            rest = rest[1..];
        }
        error = LogText.DecodeOrNull(rest);
        return true;
    }
}
