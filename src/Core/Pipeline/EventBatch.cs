using EsaTls.Core.Correlation;
using EsaTls.Core.Parsing;
using EsaTls.Core.Stores;

namespace EsaTls.Core.Pipeline;

/// <summary>One call a source made to the correlator: an event (<see cref="Event"/> set) or a serial learnt from a header.</summary>
internal readonly record struct CorrelatorCall(string Appliance, DateTime Time, MailEvent? Event, string? Serial)
{
    public void ApplyTo(ICorrelatorInput correlator)
    {
        if (Event is not null)
        {
            correlator.Apply(Appliance, Time, Event);
        }
        else
        {
            correlator.SetSerial(Appliance, Serial!);
        }
    }
}

/// <summary>
/// Consecutive lines of one input as the correlator must see them, and where reading stood after the last of
/// them. A commit happens only between batches, so the input positions it saves always match the correlator
/// state saved with it.
/// </summary>
internal sealed class EventBatch
{
    /// <summary>A batch is handed on after at most this many correlator calls…</summary>
    public const int MaxCalls = 1024;

    /// <summary>…or this many bytes of input, whichever comes first (bounds memory with very long lines).</summary>
    public const long MaxBytes = 1 << 20;

    /// <param name="calls">Calls per batch: fewer than <see cref="MaxCalls"/> when commits must come more often
    /// (a commit happens only between batches, and a message takes several calls).</param>
    public EventBatch(int calls = MaxCalls)
    {
        _calls = Math.Clamp(calls, 1, MaxCalls);
        Calls = new(_calls);
    }

    private readonly int _calls;

    public List<CorrelatorCall> Calls { get; }

    /// <summary>Input bytes of the lines in the batch (line endings excluded).</summary>
    public long Bytes { get; set; }

    /// <summary>Where reading stood after the batch in every file it read from (and at the end of each file it finished).</summary>
    public List<InputPosition> Positions { get; } = [];

    public bool IsFull => Calls.Count >= _calls || Bytes >= MaxBytes;

    public void Clear()
    {
        Calls.Clear();
        Bytes = 0;
        Positions.Clear();
    }
}

/// <summary>Records a source's correlator calls into the current batch.</summary>
internal sealed class EventBatchRecorder : ICorrelatorInput
{
    public EventBatch Batch { get; set; } = new();

    public void Apply(string appliance, DateTime time, MailEvent e) => Batch.Calls.Add(new CorrelatorCall(appliance, time, e, null));

    public void SetSerial(string appliance, string serial) => Batch.Calls.Add(new CorrelatorCall(appliance, default, null, serial));
}
