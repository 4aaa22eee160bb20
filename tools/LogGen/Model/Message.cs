using EsaTls.Core.Contract;

namespace EsaTls.LogGen.Model;

internal enum MessageOrigin
{
    /// <summary>Received on an inbound connection (<c>Start MID m ICID i</c>, i ≠ 0).</summary>
    Received,
    /// <summary><c>MID p was split creating MID c</c>: no Start MID, RIDs renumbered.</summary>
    SplitChild,
    /// <summary><c>MID p rewritten to MID c</c>: no Start MID.</summary>
    Rewrite,
    /// <summary><c>Start MID c ICID 0</c> + <c>MID c was generated based on MID p by bcc filter</c>.</summary>
    Bcc,
    /// <summary>A DSN: <c>MID b was generated for bounce of MID p</c> + <c>Start MID b ICID 0</c>.</summary>
    Bounce,
}

internal sealed record Recipient(string Address, string Domain);

/// <summary>
/// One delivery attempt of some RIDs on one DCID (DCID 0: a DNS hard bounce), and which of its lines made it
/// into the output — the truth's <c>deliveries[]</c> are built from this.
/// </summary>
internal sealed class Attempt
{
    public Attempt(long dcid, int[] rids, LegTlsStatus? leg, bool startWritten, bool quarantine)
    {
        Dcid = dcid;
        Rids = rids;
        Leg = leg;
        StartWritten = startWritten;
        Quarantine = quarantine;
        Outcomes = new DeliveryOutcome?[rids.Length];
    }

    public long Dcid { get; }

    public int[] Rids { get; }

    /// <summary>The DCID's leg status as the output shows it when the attempt is first seen; null for DCID 0.</summary>
    public LegTlsStatus? Leg { get; set; }

    public bool StartWritten { get; }

    /// <summary>Hand-off to the spam quarantine: not a delivery to a recipient.</summary>
    public bool Quarantine { get; }

    /// <summary>Per RID (same index as <see cref="Rids"/>): the outcome whose line was written, if any.</summary>
    public DeliveryOutcome?[] Outcomes { get; }

    public void SetOutcome(int rid, DeliveryOutcome outcome)
    {
        var i = Array.IndexOf(Rids, rid);
        if (i >= 0)
        {
            Outcomes[i] = outcome;
        }
    }
}

/// <summary>
/// A message on one appliance: what it is in the traffic model, and what the output shows about it
/// (which of its lines were written, its receive leg as visible at Start MID, its delivery attempts).
/// </summary>
internal sealed partial class Message : Actor
{
    public Message(Appliance app, long mid, MessageOrigin origin, Message? parent)
    {
        App = app;
        Mid = mid;
        Origin = origin;
        Parent = parent;
        app.Open.Add(mid, this);
    }

    public Appliance App { get; }

    public long Mid { get; }

    public MessageOrigin Origin { get; }

    public Message? Parent { get; }

    public long Icid { get; init; }

    /// <summary>Envelope sender without brackets; empty for the null sender.</summary>
    public string From { get; init; } = "";

    public List<Recipient> Recipients { get; init; } = [];

    public bool Outbound { get; init; }

    public long Size { get; init; }

    public bool Campaign { get; init; }

    // ---- what the output shows (the truth is derived from these only) ---------------------------

    /// <summary>Time of the first written line that names this MID (any role), -1 while none.</summary>
    public long FirstWrittenMs { get; private set; } = -1;

    /// <summary>Time of the written <c>Start MID</c> line, -1 if it was not written (or there is none).</summary>
    public long StartWrittenMs { get; set; } = -1;

    /// <summary>Receive leg of the ICID as visible when <c>Start MID</c> was logged.</summary>
    public LegTlsStatus ReceiveAtStart { get; set; } = LegTlsStatus.Unknown;

    /// <summary>A Debug <c>MID m ICID i TLS read</c> line for this MID was written.</summary>
    public bool TlsReadWritten { get; set; }

    /// <summary>The line linking this MID to its parent (split, rewrite, bcc, bounce) was written.</summary>
    public bool LinkWritten { get; set; }

    /// <summary><c>Message finished MID m</c> was written.</summary>
    public bool FinishWritten { get; private set; }

    public List<Attempt> Attempts { get; } = [];

    public void Touch(Simulation sim, bool written)
    {
        if (written && FirstWrittenMs < 0)
        {
            FirstWrittenMs = sim.Now;
        }
    }

    /// <summary>Writes <c>Message finished</c> and hands the message to the truth.</summary>
    public void Finish(Simulation sim, bool aborted)
    {
        var w = LogLines.Finished(sim, App, Mid, aborted);
        Touch(sim, w);
        FinishWritten = w;
        Retire();
    }

    /// <summary>No further line will name this MID: record its truth (if any of its lines was written) and forget it.</summary>
    public void Retire()
    {
        if (!App.Open.Remove(Mid))
        {
            return;
        }
        if (FirstWrittenMs >= 0)
        {
            App.Truth?.Write(this);
        }
    }
}
