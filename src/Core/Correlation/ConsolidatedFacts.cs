using EsaTls.Core.Contract;
using EsaTls.Core.Parsing;

namespace EsaTls.Core.Correlation;

/// <summary>
/// What the consolidated line(s) of one MID said, with the TLS legs already judged: a line without TLS keys is
/// judged by what the appliance's stream had shown when the line arrived, so the result does not depend on when
/// the document is built. Saved with the correlator state.
/// </summary>
internal sealed class ConsolidatedFacts
{
    /// <summary>Log time of the latest line.</summary>
    public DateTime Time { get; set; }
    public long? Icid { get; set; }
    public long? Dcid { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    public MailDirection Direction { get; set; }
    public string? MailFlowPolicy { get; set; }
    public string? SenderGroup { get; set; }
    public string? Sbrs { get; set; }
    public string? SourceIp { get; set; }
    public string? SourceHost { get; set; }
    public string? From { get; set; }
    public string[] Recipients { get; set; } = [];
    public string? Subject { get; set; }
    public string? MessageId { get; set; }
    public string? Action { get; set; }

    // No initialisers: the state is saved without default values, and default(LegTlsStatus) is Success.
    public LegTlsStatus Receive { get; set; }
    public string? ReceiveVersion { get; set; }
    public string? ReceiveCipher { get; set; }
    public LegTlsStatus Deliver { get; set; }
    public string? DeliverVersion { get; set; }
    public string? DeliverCipher { get; set; }
    public string? DaneStatus { get; set; }
    public string? DaneHost { get; set; }

    /// <summary>Every line seen for the MID may have been cut.</summary>
    public bool Partial { get; set; }

    /// <summary>The facts of one line, its legs judged by the caller.</summary>
    public static ConsolidatedFacts Of(ConsolidatedMessage e, DateTime time, LegTlsStatus receive, LegTlsStatus deliver) => new()
    {
        Time = time,
        Icid = e.Icid,
        Dcid = e.Dcid,
        Start = e.StartUtc,
        End = e.EndUtc,
        Direction = e.Direction,
        MailFlowPolicy = e.MailFlowPolicy,
        SenderGroup = e.SenderGroup,
        Sbrs = e.Sbrs,
        SourceIp = e.SourceIp,
        SourceHost = e.SourceHost,
        From = e.From,
        Recipients = [.. e.Recipients],
        Subject = e.Subject,
        MessageId = e.MessageId,
        Action = e.Action,
        Receive = receive,
        ReceiveVersion = e.TlsIn?.Protocol,
        ReceiveCipher = e.TlsIn?.Cipher,
        Deliver = deliver,
        DeliverVersion = e.TlsOut?.Protocol,
        DeliverCipher = e.TlsOut?.Cipher,
        DaneStatus = e.DaneStatus,
        DaneHost = e.DaneHost,
        Partial = e.Partial,
    };

    /// <summary>
    /// Adds a later line for the same MID (appliances repeat a line, or log a fuller one): its values win where it has
    /// them, the earlier ones fill its gaps, and a stated TLS status is never replaced by an inferred or unknown one.
    /// </summary>
    public void Add(ConsolidatedFacts later)
    {
        Time = later.Time > Time ? later.Time : Time;
        Icid = later.Icid ?? Icid;
        Dcid = later.Dcid ?? Dcid;
        Start = later.Start ?? Start;
        End = later.End ?? End;
        Direction = later.Direction != MailDirection.Unknown ? later.Direction : Direction;
        MailFlowPolicy = later.MailFlowPolicy ?? MailFlowPolicy;
        SenderGroup = later.SenderGroup ?? SenderGroup;
        Sbrs = later.Sbrs ?? Sbrs;
        SourceIp = later.SourceIp ?? SourceIp;
        SourceHost = later.SourceHost ?? SourceHost;
        From = later.From ?? From;
        Recipients = later.Recipients.Length > 0 ? later.Recipients : Recipients;
        Subject = later.Subject ?? Subject;
        MessageId = later.MessageId ?? MessageId;
        Action = later.Action ?? Action;
        (Receive, ReceiveVersion, ReceiveCipher) = Combine(Receive, ReceiveVersion, ReceiveCipher, later.Receive, later.ReceiveVersion, later.ReceiveCipher);
        (Deliver, DeliverVersion, DeliverCipher) = Combine(Deliver, DeliverVersion, DeliverCipher, later.Deliver, later.DeliverVersion, later.DeliverCipher);
        DaneStatus = later.DaneStatus ?? DaneStatus;
        DaneHost = later.DaneHost ?? DaneHost;
        Partial &= later.Partial;
    }

    private static (LegTlsStatus, string?, string?) Combine(LegTlsStatus status, string? version, string? cipher, LegTlsStatus later, string? laterVersion, string? laterCipher)
    {
        var merged = TlsVerdict.MergeLeg(status, later, out _);
        return merged == later && merged != status
            ? (merged, laterVersion ?? version, laterCipher ?? cipher)
            : (merged, version ?? laterVersion, cipher ?? laterCipher);
    }
}
