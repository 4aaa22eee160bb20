using EsaTls.Core.Contract;
using EsaTls.Core.Parsing;

namespace EsaTls.Core.Correlation;

// Consolidated event lines (one CEF line per message) and their merge with the text mail log's view of the same
// message (same appliance + MID): one document, text wins for per-recipient detail, the consolidated line fills
// gaps, and disagreements are counted and named in esa.conflicts.
public sealed partial class Correlator
{
    private static readonly string[] TextOnly = [DocumentSources.Text];
    private static readonly string[] ConsolidatedOnly = [DocumentSources.Consolidated];
    private static readonly string[] BothSources = [DocumentSources.Text, DocumentSources.Consolidated];

    private void OnConsolidated(ApplianceState a, DateTime time, ConsolidatedMessage c)
    {
        _counters.ConsolidatedLines++;
        a.ConsolidatedSeen = true;
        if (c.Serial is { } serial)
        {
            a.Serial = serial;
        }
        // Judge absent keys by what the stream had shown before this line (design: unknown until seen, none after).
        var selected = _options.Consolidated.SelectsTlsFields(a.Name);
        var receive = TlsVerdict.ConsolidatedReceiveLeg(c.TlsIn, c.Icid, selected || a.ConsolidatedTlsIn, c.Partial);
        var deliver = TlsVerdict.ConsolidatedLeg(c.TlsOut, selected || a.ConsolidatedTlsOut, c.Partial);
        a.ConsolidatedTlsIn |= c.TlsIn is not null;
        a.ConsolidatedTlsOut |= c.TlsOut is not null;

        var m = MessageAt(a, c.Mid, time);
        var facts = ConsolidatedFacts.Of(c, time, receive, deliver);
        if (m.Consolidated is null)
        {
            m.Consolidated = facts;
        }
        else
        {
            m.Consolidated.Add(facts);
        }
        if (!m.TextSeen)
        {
            // The appliance writes the line when it is done with the message: with no text lines (yet), it is final.
            Emit(a, m);
            if (a.Messages.Remove(c.Mid))
            {
                a.Finished[c.Mid] = m;
            }
        }
    }

    /// <summary>A finished message still waiting for its other half (the appliance has both streams) within the merge window.</summary>
    private static bool AwaitsOtherSource(ApplianceState a, MessageState m, DateTime mergeEdge) =>
        a.TextSeen && a.ConsolidatedSeen && m.LastSeen >= mergeEdge && (m.Consolidated is null || !m.TextSeen);

    private static string[] SourcesOf(MessageState m) =>
        m.Consolidated is null ? TextOnly : m.TextSeen ? BothSources : ConsolidatedOnly;

    /// <summary>The text log's document completed with the consolidated line's facts.</summary>
    private static MessageDocument MergeConsolidated(MessageState m, ConsolidatedFacts c, MessageDocument doc)
    {
        List<string>? conflicts = null;
        void Conflict(string field)
        {
            conflicts ??= new List<string>(2);
            if (!conflicts.Contains(field))
            {
                conflicts.Add(field);
            }
        }

        var text = doc.Esa.Receive.Tls;
        var receiveStatus = TlsVerdict.MergeReceive(text.Status, c.Receive, out var receiveConflict);
        if (receiveConflict && m.TextSeen)
        {
            Conflict(Fields.ReceiveStatus);
        }
        var receive = receiveStatus == text.Status
            ? text with
            {
                Version = receiveStatus == ReceiveTlsStatus.Success ? text.Version ?? c.ReceiveVersion : text.Version,
                Cipher = receiveStatus == ReceiveTlsStatus.Success ? text.Cipher ?? c.ReceiveCipher : text.Cipher,
            }
            : new ReceiveTls
            {
                Status = receiveStatus,
                Version = receiveStatus == ReceiveTlsStatus.Success ? c.ReceiveVersion : null,
                Cipher = receiveStatus == ReceiveTlsStatus.Success ? c.ReceiveCipher : null,
            };

        var deliveries = MergeDeliveries(m, c, doc.Esa.Deliveries, Conflict);
        var rolled = new TlsVerdict.DeliveredLegs();
        if (deliveries is not null)
        {
            foreach (var d in deliveries)
            {
                if (TlsVerdict.CountsAsDelivered(d.Outcome, toQuarantine: false))
                {
                    rolled.Add(d.Tls.Status);
                }
            }
        }
        var deliverStatus = rolled.RollUp();

        var direction = doc.Email.Direction;
        var stated = c.Direction != MailDirection.Unknown ? c.Direction : DirectionOfPolicy(c.MailFlowPolicy);
        if (direction == MailDirection.Unknown)
        {
            direction = stated;
        }
        else if (stated != MailDirection.Unknown && stated != direction && m.TextSeen)
        {
            Conflict(Fields.EmailDirection);
        }

        var sourceIp = doc.Source?.Ip ?? c.SourceIp;
        var sourceDomain = doc.Source?.Domain ?? KnownHost(c.SourceHost);
        return doc with
        {
            Email = doc.Email with
            {
                MessageId = doc.Email.MessageId ?? c.MessageId,
                Subject = doc.Email.Subject ?? c.Subject,
                From = doc.Email.From ?? (c.From is null ? null : new AddressList { Address = [c.From] }),
                To = doc.Email.To ?? (c.Recipients.Length == 0 ? null : new AddressList { Address = c.Recipients }),
                Direction = direction,
            },
            Source = sourceIp is null && sourceDomain is null ? null : new SourceInfo { Ip = sourceIp, Domain = sourceDomain },
            Esa = doc.Esa with
            {
                Icid = doc.Esa.Icid ?? c.Icid,
                SenderGroup = doc.Esa.SenderGroup ?? c.SenderGroup,
                Sbrs = doc.Esa.Sbrs ?? ParseSbrs(c.Sbrs),
                Receive = new ReceiveInfo { Tls = receive },
                Deliver = new DeliverInfo { Tls = new DeliverTls { Status = deliverStatus } },
                Deliveries = deliveries,
                Tls = new TlsSummary
                {
                    Lacked = TlsVerdict.Lacked(receiveStatus, deliverStatus),
                    Unknown = TlsVerdict.Unknown(receiveStatus, deliverStatus),
                },
                // The appliance writes the consolidated line once it is done with the message.
                Final = true,
                Sources = SourcesOf(m),
                Evidence = new EvidenceInfo { Partial = c.Partial },
                Conflicts = conflicts,
                Dane = c.DaneStatus is null && c.DaneHost is null ? null : new DaneInfo { Status = c.DaneStatus, Host = c.DaneHost },
            },
        };
    }

    /// <summary>
    /// Text attempts when there are any (per-recipient detail), with the consolidated delivery leg filled into the
    /// attempts on its DCID; otherwise one attempt made from the consolidated line when it says delivered or bounced.
    /// </summary>
    private static IReadOnlyList<DeliveryInfo>? MergeDeliveries(MessageState m, ConsolidatedFacts c, IReadOnlyList<DeliveryInfo>? text, Action<string> conflict)
    {
        var stated = TlsVerdict.ConsolidatedDelivered(c.Action);
        if (m.TextSeen && stated is { } delivered && TextSaysDelivered(m, text) is { } textDelivered && textDelivered != delivered)
        {
            conflict(Fields.DeliveryOutcome);
        }
        if (text is { Count: > 0 })
        {
            if (c.Dcid is not { } dcid)
            {
                return text;
            }
            var merged = new List<DeliveryInfo>(text.Count);
            foreach (var d in text)
            {
                if (d.Dcid != dcid)
                {
                    merged.Add(d);
                    continue;
                }
                var status = TlsVerdict.MergeLeg(d.Tls.Status, c.Deliver, out var legConflict);
                if (legConflict)
                {
                    conflict(Fields.DeliveryTlsStatus);
                }
                var tls = status == d.Tls.Status
                    ? d.Tls with
                    {
                        Version = status == LegTlsStatus.Success ? d.Tls.Version ?? c.DeliverVersion : d.Tls.Version,
                        Cipher = status == LegTlsStatus.Success ? d.Tls.Cipher ?? c.DeliverCipher : d.Tls.Cipher,
                    }
                    : new LegTls
                    {
                        Status = status,
                        Version = status == LegTlsStatus.Success ? c.DeliverVersion : null,
                        Cipher = status == LegTlsStatus.Success ? c.DeliverCipher : null,
                    };
                // An attempt whose result is not in the text data: the consolidated line says how it ended.
                var outcome = d.Outcome ?? (stated == true ? DeliveryOutcome.Delivered : null);
                merged.Add(d with { Tls = tls, Outcome = outcome });
            }
            return merged;
        }
        var bounced = c.Action is { } act && act.Equals("BOUNCED", StringComparison.OrdinalIgnoreCase) && c.Dcid is not null;
        if (stated != true && !bounced)
        {
            return text;
        }
        return
        [
            new DeliveryInfo
            {
                Timestamp = c.End ?? c.Time,
                Dcid = c.Dcid ?? 0,
                Rids = [],
                Recipients = c.Recipients.Length == 0 ? null : c.Recipients,
                Tls = new LegTls
                {
                    Status = c.Deliver,
                    Version = c.Deliver == LegTlsStatus.Success ? c.DeliverVersion : null,
                    Cipher = c.Deliver == LegTlsStatus.Success ? c.DeliverCipher : null,
                },
                Outcome = stated == true ? DeliveryOutcome.Delivered : DeliveryOutcome.Bounced,
            },
        ];
    }

    /// <summary>Whether the text log shows the message delivered; null when it cannot tell (no attempt has ended and
    /// the message's whole life is not in the data).</summary>
    private static bool? TextSaysDelivered(MessageState m, IReadOnlyList<DeliveryInfo>? text)
    {
        var ended = false;
        if (text is not null)
        {
            foreach (var d in text)
            {
                if (TlsVerdict.CountsAsDelivered(d.Outcome, toQuarantine: false))
                {
                    return true;
                }
                ended |= d.Outcome is not null;
            }
        }
        return ended || (m.Finished && m.StartedAt is not null) ? false : null;
    }

    private static MailDirection DirectionOfPolicy(string? policy) =>
        policy is null ? MailDirection.Unknown
        : policy.Equals("ACCEPT", StringComparison.OrdinalIgnoreCase) ? MailDirection.Inbound
        : policy.Equals("RELAY", StringComparison.OrdinalIgnoreCase) ? MailDirection.Outbound
        : MailDirection.Unknown;

    private static string? KnownHost(string? host) =>
        host is null || host.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? null : host;
}
