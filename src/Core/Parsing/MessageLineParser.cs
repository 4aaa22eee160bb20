using EsaTls.Core.Contract;
using static EsaTls.Core.Parsing.Results;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Reception lines of a message (esa-mail-logs.md §4): <c>Start MID</c> and the <c>MID m …</c> family. Lines that
/// link MIDs go to <see cref="RelationLineParser"/>, the delivery-side <c>MID m RID […] Response</c> and
/// <c>MID m to […] pending</c> to <see cref="DeliveryLineParser"/>.
/// </summary>
internal static class MessageLineParser
{
    /// <summary>After <c>Start MID</c>: <c>m ICID i [(note)]</c>.</summary>
    public static ParseResult ParseStart(ref SpanCursor c)
    {
        if (!c.TryId(out var mid) || !c.TryWord("ICID"u8) || !c.TryId(out var icid))
        {
            return UnknownMid;
        }
        var rest = c.Rest();
        if (rest.Length >= 2 && rest[0] == (byte)'(' && rest[^1] == (byte)')')
        {
            rest = rest[1..^1];
        }
        return ParseResult.Of(new MidStarted(mid, icid, LogText.DecodeOrNull(rest)));
    }

    /// <summary>After <c>MID</c>.</summary>
    public static ParseResult ParseMid(ref SpanCursor c)
    {
        if (!c.TryDigits(out var mid))
        {
            return UnknownMid;
        }
        // "MID n: scanning error (…)" and "MID n, Message Scanning Problem: …" put punctuation right after the id.
        if (c.TryByteHere((byte)':'))
        {
            return c.TryWord("scanning"u8) ? Info : UnknownMid;
        }
        if (c.TryByteHere((byte)','))
        {
            return c.TryWord("Message"u8) ? Info : UnknownMid;
        }
        if (!c.AtTokenBoundary)
        {
            return UnknownMid;
        }
        var verb = c.PeekToken();
        if (verb.IsEmpty)
        {
            return UnknownMid;
        }
        switch (verb[0] | 0x20)
        {
            case 'i':
                if (c.TryWord("ICID"u8))
                {
                    return ParseWithIcid(ref c, mid);
                }
                break;
            case 'f':
                if (c.TryPrefix("From:"u8))
                {
                    // 3.x "MID n From: <> To: <…>, ... 1 total recipients": the sender is all this event keeps.
                    return ParseResult.Of(new MidFrom(mid, null, LogText.Address(ref c)));
                }
                break;
            case 'm':
                if (c.TryWord("Message-ID"u8))
                {
                    return ParseResult.Of(new MidMessageId(mid, LogText.Unquote(c.Rest())));
                }
                if (c.TryWord("matched"u8))
                {
                    return ParsePolicyMatched(ref c, mid);
                }
                break;
            case 's':
                if (c.TryWord("Subject"u8))
                {
                    return ParseResult.Of(new MidSubject(mid, LogText.Unquote(c.Rest())));
                }
                break;
            case 'r':
                if (c.TryWord("ready"u8))
                {
                    return ParseReady(ref c, mid);
                }
                if (c.TryWord("RID"u8))
                {
                    return ParseRid(ref c, mid);
                }
                if (c.TryWord("rewritten"u8))
                {
                    return RelationLineParser.ParseRewritten(ref c, mid);
                }
                if (c.TryWord("received"u8))
                {
                    return RelationLineParser.ParseReceivedFromSma(ref c, mid);
                }
                break;
            case 'q':
                if (c.TryWord("queued"u8))
                {
                    return c.TryWord("for"u8) && c.TryWord("delivery"u8) ? ParseResult.Of(new MidQueued(mid)) : UnknownMid;
                }
                if (c.TryWord("quarantined"u8))
                {
                    return ParseQuarantined(ref c, mid);
                }
                break;
            case 'w':
                if (c.TryWord("was"u8))
                {
                    return RelationLineParser.ParseWas(ref c, mid);
                }
                break;
            case 'g':
                if (c.TryWord("generated"u8))
                {
                    return RelationLineParser.ParseGenerated(ref c, mid);
                }
                break;
            case 't':
                if (c.TryWord("to"u8))
                {
                    return DeliveryLineParser.ParsePending(ref c, mid);
                }
                break;
        }
        return IsScanningVerb(verb) ? Info : UnknownMid;
    }

    /// <summary>After <c>MID m ICID i</c>: From, To (with RID, or rejected without), Debug-level TLS read.</summary>
    private static ParseResult ParseWithIcid(ref SpanCursor c, long mid)
    {
        if (!c.TryId(out var icid))
        {
            return UnknownMid;
        }
        if (c.TryPrefix("From:"u8))
        {
            return ParseResult.Of(new MidFrom(mid, icid, LogText.Address(ref c)));
        }
        if (c.TryWord("RID"u8))
        {
            if (!c.TryInt(out var rid) || !c.TryPrefix("To:"u8))
            {
                return UnknownMid;
            }
            return ParseResult.Of(new MidRecipient(mid, icid, rid, LogText.Address(ref c), null));
        }
        if (c.TryPrefix("To:"u8))
        {
            // Rejected recipients get no RID: "To: <a> Rejected by RAT|Receiving Control|LDAPACCEPT|…".
            var address = LogText.Address(ref c);
            var reason = c.Rest();
            if (StartsWithIgnoreCase(reason, "Rejected by "u8))
            {
                reason = reason["Rejected by "u8.Length..];
            }
            return ParseResult.Of(new MidRecipient(mid, icid, null, address, LogText.DecodeOrNull(reason)));
        }
        if (c.TryWord("TLS"u8) && c.TryWord("read"u8))
        {
            return ParseResult.Of(new MidTlsRead(mid, icid));
        }
        return UnknownMid;
    }

    /// <summary>After <c>MID m RID</c>: <c>[r…] Response '…'</c>, or a recipient line without ICID (<c>r To: &lt;a&gt;</c>).</summary>
    private static ParseResult ParseRid(ref SpanCursor c, long mid)
    {
        if (c.TryInt(out var rid))
        {
            return c.TryPrefix("To:"u8)
                ? ParseResult.Of(new MidRecipient(mid, null, rid, LogText.Address(ref c), null))
                : UnknownMid;
        }
        return DeliveryLineParser.ParseResponse(ref c, mid);
    }

    /// <summary>After <c>ready</c>: <c>n bytes from &lt;addr&gt;</c>.</summary>
    private static ParseResult ParseReady(ref SpanCursor c, long mid)
    {
        if (!c.TryId(out var bytes))
        {
            return UnknownMid;
        }
        c.TryWord("bytes"u8);
        var from = c.TryWord("from"u8) ? LogText.Address(ref c) : null;
        return ParseResult.Of(new MidReady(mid, bytes, from));
    }

    /// <summary>After <c>matched</c>: <c>all recipients for per-recipient policy P in the inbound|outbound table</c>.</summary>
    private static ParseResult ParsePolicyMatched(ref SpanCursor c, long mid)
    {
        var rest = c.Rest();
        var at = IndexOfWord(rest, "policy"u8);
        if (at < 0)
        {
            return UnknownMid;
        }
        rest = rest[(at + "policy"u8.Length)..];
        // Policy names may contain spaces: the last " in the " ends the name.
        var direction = MailDirection.Unknown;
        var inThe = LastIndexOfIgnoreCase(rest, " in the "u8);
        var name = rest;
        if (inThe >= 0)
        {
            name = rest[..inThe];
            var table = new SpanCursor(rest[(inThe + " in the "u8.Length)..]);
            direction = table.TryWord("inbound"u8) ? MailDirection.Inbound
                : table.TryWord("outbound"u8) ? MailDirection.Outbound
                : MailDirection.Unknown;
        }
        var policy = LogText.DecodeOrNull(name);
        return policy is null ? UnknownMid : ParseResult.Of(new MidPolicyMatched(mid, policy, direction));
    }

    /// <summary>After <c>quarantined</c>: <c>to "Q" (reason)</c>.</summary>
    private static ParseResult ParseQuarantined(ref SpanCursor c, long mid)
    {
        c.TryWord("to"u8);
        var rest = c.Rest();
        string? name;
        if (!rest.IsEmpty && rest[0] is (byte)'"' or (byte)'\'')
        {
            var end = PythonLiteral.ReadQuoted(rest, out var inner);
            name = end < 0 ? null : PythonLiteral.Unescape(inner);
        }
        else
        {
            var open = rest.IndexOf(" ("u8);
            name = LogText.DecodeOrNull(open >= 0 ? rest[..open] : rest);
        }
        return string.IsNullOrEmpty(name) ? UnknownMid : ParseResult.Of(new MidQuarantined(mid, name));
    }

    /// <summary>
    /// Scanning verdicts and quarantine bookkeeping (§4.9, §4.10) and other per-message lines that carry nothing
    /// the TLS verdicts need.
    /// </summary>
    private static bool IsScanningVerb(ReadOnlySpan<byte> verb) => (verb[0] | 0x20) switch
    {
        'a' => EqualsIgnoreCase(verb, "antivirus"u8) || EqualsIgnoreCase(verb, "antispam"u8)
            || EqualsIgnoreCase(verb, "AMP"u8) || EqualsIgnoreCase(verb, "attachment"u8),
        'c' => EqualsIgnoreCase(verb, "Custom"u8) || EqualsIgnoreCase(verb, "CASE"u8),
        'd' => EqualsWordOrColon(verb, "DKIM"u8) || EqualsWordOrColon(verb, "DMARC"u8) || EqualsIgnoreCase(verb, "DLP"u8)
            || EqualsWordOrColon(verb, "DomainKeys"u8) || EqualsIgnoreCase(verb, "deleted"u8),
        'e' => EqualsIgnoreCase(verb, "enqueued"u8),
        'i' => EqualsIgnoreCase(verb, "interim"u8) || StartsWithIgnoreCase(verb, "IncomingRelay"u8),
        'm' => EqualsIgnoreCase(verb, "Malformed"u8),
        'o' => EqualsIgnoreCase(verb, "Outbreak"u8),
        'q' => EqualsIgnoreCase(verb, "quarantine"u8),
        'r' => EqualsIgnoreCase(verb, "released"u8),
        's' => EqualsWordOrColon(verb, "SPF"u8) || EqualsWordOrColon(verb, "SDR"u8) || EqualsIgnoreCase(verb, "SHA"u8),
        't' => EqualsIgnoreCase(verb, "Threat"u8),
        'u' => EqualsIgnoreCase(verb, "using"u8) || EqualsIgnoreCase(verb, "URL"u8),
        'v' => EqualsIgnoreCase(verb, "Virus"u8),
        _ => false,
    };
}
