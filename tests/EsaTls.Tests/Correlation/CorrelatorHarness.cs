using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Parsing;
using EsaTls.Core.Stores;

namespace EsaTls.Tests.Correlation;

/// <summary>Feeds events to a correlator at given log times and keeps the latest version of every document.</summary>
internal sealed class CorrelatorHarness
{
    public static readonly DateTime T0 = new(2025, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    public CorrelatorHarness(CorrelatorOptions? options = null)
    {
        Correlator = new Correlator(options ?? new CorrelatorOptions(), r =>
        {
            Emitted.Add(r);
            Latest[r.Id] = r;
        }, () => T0.AddDays(100));
    }

    public Correlator Correlator { get; private set; }
    public List<MessageRecord> Emitted { get; } = [];
    public Dictionary<string, MessageRecord> Latest { get; } = [];

    public string Appliance { get; set; } = "esa1";

    public CorrelatorHarness At(double seconds, params MailEvent[] events) => On(Appliance, seconds, events);

    public CorrelatorHarness On(string appliance, double seconds, params MailEvent[] events)
    {
        foreach (var e in events)
        {
            Correlator.Apply(appliance, T0.AddSeconds(seconds), e);
        }
        return this;
    }

    public CorrelatorHarness Flush()
    {
        Correlator.FlushAll();
        return this;
    }

    /// <summary>Replaces the correlator by a fresh one restored from the current one's saved state.</summary>
    public CorrelatorHarness Restart(CorrelatorOptions? options = null)
    {
        var state = Correlator.SaveState();
        Correlator = new Correlator(options ?? new CorrelatorOptions(), r =>
        {
            Emitted.Add(r);
            Latest[r.Id] = r;
        }, () => T0.AddDays(100));
        Correlator.RestoreState(state);
        return this;
    }

    public MessageDocument Doc(long mid, string? appliance = null)
    {
        Flush();
        var host = appliance ?? Appliance;
        var matches = Latest.Values.Where(r => r.Document.Esa.Mid == mid && r.Document.Observer.Hostname == host).ToList();
        matches.Should().HaveCount(1, $"one document for MID {mid} on {host}");
        return matches[0].Document;
    }

    public IReadOnlyList<MessageDocument> Docs(long mid, string? appliance = null)
    {
        Flush();
        var host = appliance ?? Appliance;
        return Latest.Values.Where(r => r.Document.Esa.Mid == mid && r.Document.Observer.Hostname == host)
            .Select(r => r.Document).OrderBy(d => d.Timestamp).ToList();
    }

    // Short constructors for the events used most.
    public static IcidOpened Open(long icid, string ip = "192.0.2.10", string? rdns = "mx.partner.example") => new(icid, "Incoming", "10.0.0.1", ip, rdns, true);
    public static IcidPolicy Hat(long icid, string action = "ACCEPT", string sg = "UNKNOWNLIST", string sbrs = "3.5") => new(icid, action, sg, sbrs, null);
    public static IcidTls IcidOk(long icid, string proto = "TLSv1.2", string cipher = "ECDHE-RSA-AES256-GCM-SHA384") => new(icid, TlsOutcome.Success, proto, cipher, null);
    public static IcidTls IcidFail(long icid, string? error = null) => new(icid, TlsOutcome.Failed, null, null, error);
    public static MidStarted Start(long mid, long icid) => new(mid, icid, null);
    public static MidFrom From(long mid, string address, long icid = 1) => new(mid, icid, address);
    public static MidRecipient To(long mid, int rid, string address, long icid = 1) => new(mid, icid, rid, address, null);
    public static DcidOpened DOpen(long dcid, string ip = "198.51.100.7") => new(dcid, "10.0.0.1", ip, 25);
    public static DcidTls DcidOk(long dcid, string proto = "TLSv1.3", string cipher = "TLS_AES_256_GCM_SHA384") => new(dcid, TlsOutcome.Success, proto, cipher, null, null, null, null);
    public static DcidTls DcidFail(long dcid, string error = "STARTTLS unexpected response") => new(dcid, TlsOutcome.Failed, null, null, null, error, null, null);
    public static DeliveryStarted Deliver(long dcid, long mid, params int[] rids) => new(dcid, mid, rids);
    public static DeliveryDone Done(long dcid, long mid, params int[] rids) => new(dcid, mid, rids, false);
    public static MessageFinished Finished(long mid) => new(mid, false);
}
