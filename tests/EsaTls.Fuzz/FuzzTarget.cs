namespace EsaTls.Fuzz;

/// <summary>
/// One fuzz target: builds an input from the random source it is given, feeds it to the code under test and
/// checks what must hold for any input. Anything thrown that the target does not expect is a finding.
/// </summary>
public abstract class FuzzTarget
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    /// <summary>How much slower one input is than a single parsed line: the default volume is divided by it.</summary>
    public virtual int Cost => 1;

    /// <summary>Runs one input. Record it in <paramref name="input"/> before calling the code under test.</summary>
    public abstract void Run(Random random, FuzzInput input);
}

/// <summary>The input of one iteration, kept so that a finding can be reported and replayed.</summary>
public sealed class FuzzInput
{
    public long Index { get; internal set; }

    /// <summary>The bytes fed in (a line, a stream, a file).</summary>
    public byte[]? Bytes { get; set; }

    /// <summary>Other inputs (arguments, settings) in readable form.</summary>
    public string? Text { get; set; }

    internal void Reset(long index)
    {
        Index = index;
        Bytes = null;
        Text = null;
    }
}

/// <summary>An invariant that did not hold (thrown by a target's checks).</summary>
public sealed class FuzzCheckException(string message) : Exception(message)
{
    public static void That(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzCheckException(message);
        }
    }
}
