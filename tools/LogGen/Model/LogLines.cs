using EsaTls.LogGen.Output;

namespace EsaTls.LogGen.Model;

/// <summary>
/// Every line kind the generator writes, in the forms of esa-mail-logs.md (section numbers in the
/// comments). The AsyncOS 14–15 form is the default; where the catalogue documents an older form of the
/// same line, <c>--variants</c> picks it for that share of lines. Each method writes one line and
/// returns whether it is part of the output (inside the window).
/// </summary>
internal static class LogLines
{
    // ---- inbound connection (§3) ----------------------------------------------------------------

    /// <summary>§3.1 <c>New SMTP ICID i interface NAME (IP) address A reverse dns host H verified yes|no</c>.</summary>
    public static bool NewIcid(Simulation sim, Appliance app, long icid, string ifName, string ifIp, string remoteIp, string rdns, bool verified)
    {
        var b = sim.Line;
        // TechNote 118500 writes the lower-case form.
        b.A(app.Variant() ? "New smtp ICID "u8 : "New SMTP ICID "u8).N(icid)
            .A(" interface "u8).A(ifName).A(" ("u8).A(ifIp).A(") address "u8).A(remoteIp)
            .A(" reverse dns host "u8).A(rdns).A(verified ? " verified yes"u8 : " verified no"u8);
        return sim.Emit(app, LineKeys.ForIcid(icid));
    }

    /// <summary>§3.2 <c>ICID i ACCEPT|RELAY|REJECT SG name match crit SBRS s country c</c>; older form without country.</summary>
    public static bool Hat(Simulation sim, Appliance app, long icid, string action, string senderGroup, string match, string sbrs, string country)
    {
        var b = sim.Line;
        b.A("ICID "u8).N(icid).C((byte)' ').A(action).A(" SG "u8).A(senderGroup).A(" match "u8).A(match).A(" SBRS "u8).A(sbrs);
        if (!app.Variant())
        {
            b.A(" country "u8).A(country);
        }
        return sim.Emit(app, LineKeys.ForIcid(icid));
    }

    /// <summary>§3.3 I2 <c>ICID i TLS success protocol P cipher C</c>; I1 (old) <c>ICID i TLS success</c>.</summary>
    public static bool IcidTlsSuccess(Simulation sim, Appliance app, long icid, TlsParams tls)
    {
        var b = sim.Line;
        b.A("ICID "u8).N(icid).A(" TLS success"u8);
        if (!app.Variant())
        {
            b.A(" protocol "u8).A(tls.Protocol).A(" cipher "u8).A(tls.Cipher);
        }
        return sim.Emit(app, LineKeys.ForIcid(icid));
    }

    private static readonly string[] InboundTlsErrors =
    [
        "[Errno 54] Connection reset by peer",
        "(336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')",
        "(336109761, 'error:1408A0C1:SSL routines:ssl3_get_client_hello:no shared cipher')",
        "(336027900, 'error:1407609C:SSL routines:SSL23_GET_CLIENT_HELLO:http request')",
    ];

    /// <summary>§3.3 I4/I5 <c>ICID i TLS failed: reason</c>; I3 (old) <c>ICID i TLS failed</c>.</summary>
    public static bool IcidTlsFailed(Simulation sim, Appliance app, long icid)
    {
        var b = sim.Line;
        b.A("ICID "u8).N(icid).A(" TLS failed"u8);
        if (!app.Variant())
        {
            b.A(": "u8).A(app.VariantRng.Pick(InboundTlsErrors));
        }
        return sim.Emit(app, LineKeys.ForIcid(icid));
    }

    /// <summary>§3.3 I6: listener requires TLS, the client never asked; no message is accepted.</summary>
    public static bool IcidTlsRequired(Simulation sim, Appliance app, long icid)
    {
        sim.Line.A("ICID "u8).N(icid).A(" TLS was required but remote host did not initiate it"u8);
        return sim.Emit(app, LineKeys.ForIcid(icid));
    }

    /// <summary>§3.5 <c>ICID i close</c> / <c>ICID i lost</c>.</summary>
    public static bool IcidEnd(Simulation sim, Appliance app, long icid, bool lost)
    {
        sim.Line.A("ICID "u8).N(icid).A(lost ? " lost"u8 : " close"u8);
        return sim.Emit(app, LineKeys.ForIcid(icid));
    }

    // ---- message reception (§4) -----------------------------------------------------------------

    /// <summary>§4.1 <c>Start MID m ICID i</c> (ICID 0 for appliance-generated messages).</summary>
    public static bool StartMid(Simulation sim, Appliance app, long mid, long icid)
    {
        sim.Line.A("Start MID "u8).N(mid).A(" ICID "u8).N(icid);
        return sim.Emit(app, new LineKeys(icid, 0, mid, 0));
    }

    /// <summary>§4.2 <c>MID m ICID i From: &lt;addr&gt;</c> (<c>&lt;&gt;</c> = null sender).</summary>
    public static bool From(Simulation sim, Appliance app, long mid, long icid, string address)
    {
        sim.Line.A("MID "u8).N(mid).A(" ICID "u8).N(icid).A(" From: <"u8).A(address).C((byte)'>');
        return sim.Emit(app, new LineKeys(icid, 0, mid, 0));
    }

    /// <summary>§4.3 <c>MID m ICID i RID r To: &lt;addr&gt;</c>.</summary>
    public static bool To(Simulation sim, Appliance app, long mid, long icid, int rid, string address)
    {
        sim.Line.A("MID "u8).N(mid).A(" ICID "u8).N(icid).A(" RID "u8).N(rid).A(" To: <"u8).A(address).C((byte)'>');
        return sim.Emit(app, new LineKeys(icid, 0, mid, 0));
    }

    /// <summary>§4.3 rejected recipient: no RID, <c>Rejected by RAT|LDAPACCEPT|Receiving Control</c>.</summary>
    public static bool ToRejected(Simulation sim, Appliance app, long mid, long icid, string address, string by)
    {
        sim.Line.A("MID "u8).N(mid).A(" ICID "u8).N(icid).A(" To: <"u8).A(address).A("> Rejected by "u8).A(by);
        return sim.Emit(app, new LineKeys(icid, 0, mid, 0));
    }

    /// <summary>§4.4 <c>MID m Message-ID '&lt;id&gt;'</c>, Python-repr quoted.</summary>
    public static bool MessageId(Simulation sim, Appliance app, long mid, string messageId)
    {
        sim.Line.A("MID "u8).N(mid).A(" Message-ID "u8).PyRepr(messageId);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§4.5 <c>MID m Subject 'text'</c>, Python-repr quoted (double quotes when the text holds <c>'</c>).</summary>
    public static bool Subject(Simulation sim, Appliance app, long mid, string subject)
    {
        sim.Line.A("MID "u8).N(mid).A(" Subject "u8).PyRepr(subject);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§4.6 <c>MID m ready n bytes from &lt;addr&gt;</c>.</summary>
    public static bool Ready(Simulation sim, Appliance app, long mid, long bytes, string from)
    {
        sim.Line.A("MID "u8).N(mid).A(" ready "u8).N(bytes).A(" bytes from <"u8).A(from).C((byte)'>');
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§3.3 I8 (Debug level): <c>MID m ICID i TLS read n bytes (s seconds)</c>.</summary>
    public static bool TlsRead(Simulation sim, Appliance app, long mid, long icid, long bytes, int millis)
    {
        sim.Line.A("MID "u8).N(mid).A(" ICID "u8).N(icid).A(" TLS read "u8).N(bytes).A(" bytes ("u8)
            .N(millis / 1000).C((byte)'.').N(millis % 1000, 3).A(" seconds)"u8);
        return sim.Emit(app, LogLevel.Debug, new LineKeys(icid, 0, mid, 0));
    }

    /// <summary>§4.7 <c>MID m matched all recipients for per-recipient policy P in the inbound|outbound table</c>.</summary>
    public static bool Policy(Simulation sim, Appliance app, long mid, string policy, bool outbound)
    {
        sim.Line.A("MID "u8).N(mid).A(" matched all recipients for per-recipient policy "u8).A(policy)
            .A(outbound ? " in the outbound table"u8 : " in the inbound table"u8);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§4.9 one scanning verdict line, <c>MID m &lt;text&gt;</c>.</summary>
    public static bool Scan(Simulation sim, Appliance app, long mid, ReadOnlySpan<byte> text)
    {
        sim.Line.A("MID "u8).N(mid).C((byte)' ').A(text);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§4.9 <c>MID m SPF: mailfrom identity addr Pass (v=spf1)</c>.</summary>
    public static bool Spf(Simulation sim, Appliance app, long mid, string from)
    {
        sim.Line.A("MID "u8).N(mid).A(" SPF: mailfrom identity "u8).A(from).A(" Pass (v=spf1)"u8);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§4.9 <c>MID m DKIM: pass signature verified (d=dom s=selector1 i=@dom)</c>.</summary>
    public static bool Dkim(Simulation sim, Appliance app, long mid, string domain)
    {
        sim.Line.A("MID "u8).N(mid).A(" DKIM: pass signature verified (d="u8).A(domain).A(" s=selector1 i=@"u8).A(domain).C((byte)')');
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§4.9 <c>MID m DMARC: Message from domain dom, DMARC pass (SPF aligned True, DKIM aligned True)</c>.</summary>
    public static bool Dmarc(Simulation sim, Appliance app, long mid, string domain)
    {
        sim.Line.A("MID "u8).N(mid).A(" DMARC: Message from domain "u8).A(domain).A(", DMARC pass (SPF aligned True, DKIM aligned True)"u8);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§4.9 <c>MID m SDR: Consolidated Sender Threat Level: …</c> as in the integration fixtures.</summary>
    public static bool Sdr(Simulation sim, Appliance app, long mid, string domain)
    {
        sim.Line.A("MID "u8).N(mid)
            .A(" SDR: Consolidated Sender Threat Level: Neutral, Threat Category: N/A, Suspected Domain(s) : N/A (other reasons for verdict). Sender Maturity: 30 days (or greater) for domain: "u8)
            .A(domain);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§4.8 <c>MID m queued for delivery</c>.</summary>
    public static bool Queued(Simulation sim, Appliance app, long mid)
    {
        sim.Line.A("MID "u8).N(mid).A(" queued for delivery"u8);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    // ---- relationships (§6) and end (§7) --------------------------------------------------------

    /// <summary>§6.3 <c>MID p was split creating MID c due to a per-recipient policy P in the inbound table</c>.</summary>
    public static bool Split(Simulation sim, Appliance app, long parent, long child, string policy)
    {
        sim.Line.A("MID "u8).N(parent).A(" was split creating MID "u8).N(child)
            .A(" due to a per-recipient policy "u8).A(policy).A(" in the inbound table"u8);
        return sim.Emit(app, new LineKeys(0, 0, parent, child));
    }

    /// <summary>§6.2 <c>MID p rewritten to MID c by agent</c>.</summary>
    public static bool Rewritten(Simulation sim, Appliance app, long parent, long child, string agent)
    {
        sim.Line.A("MID "u8).N(parent).A(" rewritten to MID "u8).N(child).A(" by "u8).A(agent);
        return sim.Emit(app, new LineKeys(0, 0, parent, child));
    }

    /// <summary>§6.1 <c>MID c was generated based on MID p by bcc filter 'name'</c>; 3.x/4.x form without <c>was</c>.</summary>
    public static bool GeneratedBcc(Simulation sim, Appliance app, long child, long parent, string filter)
    {
        sim.Line.A("MID "u8).N(child).A(app.Variant() ? " generated based on MID "u8 : " was generated based on MID "u8)
            .N(parent).A(" by bcc filter "u8).PyRepr(filter);
        return sim.Emit(app, new LineKeys(0, 0, child, parent));
    }

    /// <summary>§6.4 <c>MID b was generated for bounce of MID p</c>; older form without <c>was</c>.</summary>
    public static bool GeneratedBounce(Simulation sim, Appliance app, long dsn, long parent)
    {
        sim.Line.A("MID "u8).N(dsn).A(app.Variant() ? " generated for bounce of MID "u8 : " was generated for bounce of MID "u8).N(parent);
        return sim.Emit(app, new LineKeys(0, 0, dsn, parent));
    }

    /// <summary>§6.6 <c>Message aborted MID m reason</c>.</summary>
    public static bool Aborted(Simulation sim, Appliance app, long mid, string reason)
    {
        sim.Line.A("Message aborted MID "u8).N(mid).C((byte)' ').A(reason);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§7 <c>Message finished MID m done|aborted</c>.</summary>
    public static bool Finished(Simulation sim, Appliance app, long mid, bool aborted)
    {
        sim.Line.A("Message finished MID "u8).N(mid).A(aborted ? " aborted"u8 : " done"u8);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    // ---- delivery (§5) ----------------------------------------------------------------------------

    /// <summary>§5.1 <c>New SMTP DCID d interface IP address A port p</c>; pre-4.6 form without port.</summary>
    public static bool NewDcid(Simulation sim, Appliance app, long dcid, string remoteIp, int port)
    {
        var b = sim.Line;
        b.A("New SMTP DCID "u8).N(dcid).A(" interface "u8).A(app.DeliveryIp).A(" address "u8).A(remoteIp);
        if (!app.Variant())
        {
            b.A(" port "u8).N(port);
        }
        return sim.Emit(app, LineKeys.ForDcid(dcid));
    }

    /// <summary>
    /// §5.2 O4 <c>DCID d TLS success protocol P cipher C</c>; older forms O1 <c>CN: &lt;cn&gt;</c>, O2 <c>CN=cn</c>,
    /// O3 protocol+cipher+<c>CN=cn</c>, O5 <c>… for domain</c>, and the 7.6 trailing blank.
    /// </summary>
    public static bool DcidTlsSuccess(Simulation sim, Appliance app, long dcid, TlsParams tls, string peerCn, string domain)
    {
        var b = sim.Line;
        b.A("DCID "u8).N(dcid).A(" TLS success"u8);
        if (!app.Variant())
        {
            b.A(" protocol "u8).A(tls.Protocol).A(" cipher "u8).A(tls.Cipher);
        }
        else
        {
            switch (app.VariantRng.Next(5))
            {
                case 0: b.A(" CN: <"u8).A(peerCn).C((byte)'>'); break;
                case 1: b.A(" CN="u8).A(peerCn); break;
                case 2: b.A(" protocol "u8).A(tls.Protocol).A(" cipher "u8).A(tls.Cipher).A(" CN="u8).A(peerCn); break;
                case 3: b.A(" protocol "u8).A(tls.Protocol).A(" cipher "u8).A(tls.Cipher).A(" for "u8).A(domain); break;
                default: b.A(" protocol "u8).A(tls.Protocol).A(" cipher "u8).A(tls.Cipher).C((byte)' '); break;
            }
        }
        return sim.Emit(app, LineKeys.ForDcid(dcid));
    }

    private static readonly string[] OutboundTlsErrors =
    [
        "STARTTLS unexpected response",
        "(336130315, 'error:1408F10B:SSL routines:ssl3_get_record:wrong version number')",
        "(337047686, 'error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed')",
        "[Errno 104] Connection reset by peer",
    ];

    /// <summary>§5.2 O6/O7 <c>DCID d TLS failed: reason</c>.</summary>
    public static bool DcidTlsFailed(Simulation sim, Appliance app, long dcid)
    {
        sim.Line.A("DCID "u8).N(dcid).A(" TLS failed: "u8).A(app.Rng.Pick(OutboundTlsErrors));
        return sim.Emit(app, LineKeys.ForDcid(dcid));
    }

    /// <summary>§5.2 O10 <c>DCID d STARTTLS command not supported.</c></summary>
    public static bool DcidStartTlsNotSupported(Simulation sim, Appliance app, long dcid)
    {
        sim.Line.A("DCID "u8).N(dcid).A(" STARTTLS command not supported."u8);
        return sim.Emit(app, LineKeys.ForDcid(dcid));
    }

    /// <summary>§5.2 O9 <c>DCID d TLS was required but could not be successfully negotiated</c>; O8 with <c>IP a</c>.</summary>
    public static bool DcidTlsRequired(Simulation sim, Appliance app, long dcid, string remoteIp)
    {
        var b = sim.Line;
        b.A("DCID "u8).N(dcid);
        if (app.Variant())
        {
            b.A(" IP "u8).A(remoteIp);
        }
        b.A(" TLS was required but could not be successfully negotiated"u8);
        return sim.Emit(app, LineKeys.ForDcid(dcid));
    }

    /// <summary>§5.5 <c>DCID d close</c>.</summary>
    public static bool DcidClose(Simulation sim, Appliance app, long dcid)
    {
        sim.Line.A("DCID "u8).N(dcid).A(" close"u8);
        return sim.Emit(app, LineKeys.ForDcid(dcid));
    }

    /// <summary>§5.4 <c>Connection Error: DCID d domain: D IP: A port: p details: … interface: I reason: …</c></summary>
    public static bool ConnectionError(Simulation sim, Appliance app, long dcid, string domain, string remoteIp, int port)
    {
        sim.Line.A("Connection Error: DCID "u8).N(dcid).A(" domain: "u8).A(domain).A(" IP: "u8).A(remoteIp)
            .A(" port: "u8).N(port).A(" details: timeout interface: "u8).A(app.DeliveryIp).A(" reason: network error"u8);
        return sim.Emit(app, LineKeys.ForDcid(dcid));
    }

    /// <summary>§5.3 <c>Delivery start DCID d MID m to RID [r, …]</c>.</summary>
    public static bool DeliveryStart(Simulation sim, Appliance app, long dcid, long mid, int[] rids)
    {
        sim.Line.A("Delivery start DCID "u8).N(dcid).A(" MID "u8).N(mid).A(" to RID "u8).Rids(rids);
        return sim.Emit(app, new LineKeys(0, dcid, mid, 0));
    }

    /// <summary>§5.3 <c>Message done DCID d MID m to RID [r, …] [(external quarantine)]</c>; 7.6 trailing blank.</summary>
    public static bool MessageDone(Simulation sim, Appliance app, long dcid, long mid, ReadOnlySpan<int> rids, bool externalQuarantine)
    {
        var b = sim.Line;
        b.A("Message done DCID "u8).N(dcid).A(" MID "u8).N(mid).A(" to RID "u8).Rids(rids);
        if (externalQuarantine)
        {
            b.A(" (external quarantine)"u8);
        }
        else if (app.Variant())
        {
            b.C((byte)' ');
        }
        return sim.Emit(app, new LineKeys(0, dcid, mid, 0));
    }

    /// <summary>§5.3 <c>MID m RID [r, …] Response 'reply'</c>.</summary>
    public static bool Response(Simulation sim, Appliance app, long mid, ReadOnlySpan<int> rids, string reply)
    {
        sim.Line.A("MID "u8).N(mid).A(" RID "u8).Rids(rids).A(" Response "u8).PyRepr(reply);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§5.4 <c>Bounced: DCID d MID m to RID r - x.y.z - text ('code', ['reply']) []</c> (DCID 0: DNS failure).</summary>
    public static bool Bounced(Simulation sim, Appliance app, long dcid, long mid, int rid, SmtpFailure f)
    {
        sim.Line.A("Bounced: DCID "u8).N(dcid).A(" MID "u8).N(mid).A(" to RID "u8).N(rid).A(" - "u8).A(f.Status).A(" - "u8).A(f.Text)
            .A(" ('"u8).A(f.Code).A("', ["u8).PyRepr(f.Reply).A("]) []"u8);
        return sim.Emit(app, new LineKeys(0, dcid, mid, 0));
    }

    /// <summary>§5.4 <c>Delayed: DCID d MID m to RID r - x.y.z - text ('code', ['reply']) []</c>.</summary>
    public static bool Delayed(Simulation sim, Appliance app, long dcid, long mid, int rid, SmtpFailure f)
    {
        sim.Line.A("Delayed: DCID "u8).N(dcid).A(" MID "u8).N(mid).A(" to RID "u8).N(rid).A(" - "u8).A(f.Status).A(" - "u8).A(f.Text)
            .A(" ('"u8).A(f.Code).A("', ["u8).PyRepr(f.Reply).A("]) []"u8);
        return sim.Emit(app, new LineKeys(0, dcid, mid, 0));
    }

    /// <summary>§5.4 <c>Message m to RID [r] pending till Www Mmm dd HH:MM:SS YYYY</c> (appliance-local time).</summary>
    public static bool PendingTill(Simulation sim, Appliance app, long mid, int rid, long untilUtcMs)
    {
        Span<int> one = [rid];
        sim.Line.A("Message "u8).N(mid).A(" to RID "u8).Rids(one).A(" pending till "u8).A(Stamps.CtimeText(app.Stamps.Local(untilUtcMs)));
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§5.3 spam quarantine over RPC: <c>RPC Delivery start RCID r MID m to local IronPort Spam Quarantine</c>.</summary>
    public static bool RpcStart(Simulation sim, Appliance app, long rcid, long mid)
    {
        sim.Line.A("RPC Delivery start RCID "u8).N(rcid).A(" MID "u8).N(mid).A(" to local IronPort Spam Quarantine"u8);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }

    /// <summary>§5.3 <c>RPC Message done RCID r MID m</c>.</summary>
    public static bool RpcDone(Simulation sim, Appliance app, long rcid, long mid)
    {
        sim.Line.A("RPC Message done RCID "u8).N(rcid).A(" MID "u8).N(mid);
        return sim.Emit(app, LineKeys.ForMid(mid));
    }
}

/// <summary>Negotiated TLS parameters of a connection.</summary>
internal sealed record TlsParams(string Protocol, string Cipher);

/// <summary>A failed or deferred RCPT: enhanced status, ESA's text, the remote code and reply.</summary>
internal sealed record SmtpFailure(string Status, string Text, string Code, string Reply);
