using EsaTls.LogGen.Output;

namespace EsaTls.LogGen.Model;

/// <summary>Something that acts at scheduled times (a connection, a message, a traffic source).</summary>
internal abstract class Actor
{
    /// <summary>Bumped on every scheduling: only the latest scheduled wake-up of an actor runs.</summary>
    internal long Token;

    public abstract void Run(Simulation sim);
}

internal readonly record struct EventKey(long Time, long Sequence);

internal sealed class EventKeyComparer : IComparer<EventKey>
{
    public static readonly EventKeyComparer Instance = new();

    public int Compare(EventKey x, EventKey y) => x.Time != y.Time ? x.Time.CompareTo(y.Time) : x.Sequence.CompareTo(y.Sequence);
}

/// <summary>
/// Discrete-event clock shared by all appliances. Actors run in time order (ties in scheduling order), so the
/// lines come out in time order and a seed always gives the same run. Lines before the window start (the
/// warm-up) or after its end are not written; the model still records which lines were, for the truth.
/// </summary>
internal sealed class Simulation
{
    private readonly PriorityQueue<(Actor Actor, long Token), EventKey> _queue = new(EventKeyComparer.Instance);
    private long _sequence;

    public Simulation(long windowStartMs, long windowEndMs, long? sizeLimit)
    {
        WindowStartMs = windowStartMs;
        WindowEndMs = windowEndMs;
        SizeLimit = sizeLimit;
    }

    /// <summary>Milliseconds since the Unix epoch, UTC.</summary>
    public long Now { get; private set; }

    public long WindowStartMs { get; }

    /// <summary>End of the window; moves earlier when the size limit is reached.</summary>
    public long WindowEndMs { get; private set; }

    public long? SizeLimit { get; }

    public long BytesWritten { get; private set; }

    public long LinesWritten { get; private set; }

    /// <summary>The message text of the line being built; <see cref="Emit"/> writes and clears it.</summary>
    public LineBuilder Line { get; } = new();

    public bool Writing => Now >= WindowStartMs && Now < WindowEndMs;

    public void At(Actor actor, long timeMs)
    {
        actor.Token++;
        _queue.Enqueue((actor, actor.Token), new EventKey(Math.Max(timeMs, Now), _sequence++));
    }

    public void After(Actor actor, double seconds) => At(actor, Now + (long)(seconds * 1000));

    public void Start(long simStartMs) => Now = simStartMs;

    public void Run()
    {
        while (_queue.TryDequeue(out var item, out var key))
        {
            if (key.Time >= WindowEndMs)
            {
                break;
            }
            if (item.Token != item.Actor.Token)
            {
                continue;
            }
            Now = key.Time;
            item.Actor.Run(this);
        }
        Now = WindowEndMs;
    }

    /// <summary>Writes the line in <see cref="Line"/> for <paramref name="appliance"/> if the clock is inside the window.</summary>
    /// <returns>True when the line is part of the output.</returns>
    public bool Emit(Appliance appliance, LogLevel level, in LineKeys keys)
    {
        if (!Writing)
        {
            Line.Clear();
            return false;
        }
        BytesWritten += appliance.Sink.Write(appliance, Now, level, Line.Span, keys);
        LinesWritten++;
        Line.Clear();
        if (SizeLimit is { } limit && BytesWritten >= limit)
        {
            // The window closes here: no later line is written, not even one of this same step.
            WindowEndMs = Now;
        }
        return true;
    }

    public bool Emit(Appliance appliance, in LineKeys keys) => Emit(appliance, LogLevel.Info, keys);
}
