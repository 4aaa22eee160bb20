namespace EsaTls.Core.Pipeline;

/// <summary>A source of lines that is read in step with others by log time.</summary>
public interface IStepCursor
{
    bool Exhausted { get; }

    /// <summary>Log time of the last line read from it.</summary>
    DateTime Time { get; }
}

/// <summary>
/// Reading several groups of files in step by log time: the group furthest behind reads next, until it passes the
/// next group's time. Two log subscriptions of one appliance so reach the correlator interleaved, as they were written.
/// </summary>
public static class InStep
{
    /// <summary>The cursor furthest behind (null when all are exhausted) and the time of the one after it.</summary>
    public static T? Behind<T>(IReadOnlyList<T> cursors, out DateTime next)
        where T : class, IStepCursor
    {
        T? behind = null;
        next = DateTime.MaxValue;
        foreach (var c in cursors)
        {
            if (c.Exhausted)
            {
                continue;
            }
            if (behind is null || c.Time < behind.Time)
            {
                if (behind is not null)
                {
                    next = behind.Time;
                }
                behind = c;
            }
            else if (c.Time < next)
            {
                next = c.Time;
            }
        }
        return behind;
    }
}
