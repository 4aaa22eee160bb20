using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EsaTls.Fuzz;

/// <summary>A failing input: which iteration, what it was, what was thrown.</summary>
public sealed record FuzzFinding(string Target, long Seed, long Index, string Input, string Error);

public sealed record FuzzResult(string Target, long Iterations, TimeSpan Elapsed, IReadOnlyList<FuzzFinding> Findings)
{
    public bool Clean => Findings.Count == 0;
}

/// <summary>
/// Runs a target for a number of iterations on several threads. Iteration <c>i</c> draws from a random source
/// seeded by (seed, i) alone, so any finding replays with <c>--seed S --index I</c> whatever the thread count.
/// A watchdog reports an input that runs longer than the hang limit (an endless loop) and stops the run.
/// </summary>
public static class FuzzEngine
{
    public static FuzzResult Run(FuzzTarget target, long iterations, long seed, int threads = 0, int maxFindings = 10,
        TimeSpan? hangLimit = null, long firstIndex = 0)
    {
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        var limit = hangLimit ?? TimeSpan.FromSeconds(30);
        var findings = new List<FuzzFinding>();
        var next = firstIndex - 1;
        var end = firstIndex + iterations;
        long done = 0;
        var stop = false;
        var inputs = new FuzzInput[threads];
        var started = new long[threads];
        var workers = new Thread[threads];
        var clock = Stopwatch.StartNew();
        for (var t = 0; t < threads; t++)
        {
            var slot = t;
            inputs[slot] = new FuzzInput();
            workers[slot] = new Thread(() =>
            {
                var input = inputs[slot];
                long i;
                while (!Volatile.Read(ref stop) && (i = Interlocked.Increment(ref next)) < end)
                {
                    input.Reset(i);
                    Volatile.Write(ref started[slot], Stopwatch.GetTimestamp());
                    try
                    {
                        target.Run(new Random(SeedOf(seed, i)), input);
                    }
                    catch (Exception e)
                    {
                        lock (findings)
                        {
                            findings.Add(new FuzzFinding(target.Name, seed, i, Describe(input), e.ToString()));
                            if (findings.Count >= maxFindings)
                            {
                                Volatile.Write(ref stop, true);
                            }
                        }
                    }
                    Volatile.Write(ref started[slot], 0);
                    Interlocked.Increment(ref done);
                }
            })
            { IsBackground = true, Name = $"fuzz-{target.Name}-{slot}" };
            workers[slot].Start();
        }

        var abandoned = false;
        while (!abandoned && !AllJoined(workers, TimeSpan.FromMilliseconds(250)))
        {
            for (var t = 0; t < threads; t++)
            {
                var since = Volatile.Read(ref started[t]);
                if (since != 0 && Stopwatch.GetElapsedTime(since) > limit)
                {
                    lock (findings)
                    {
                        findings.Add(new FuzzFinding(target.Name, seed, inputs[t].Index, Describe(inputs[t]),
                            $"no result after {limit.TotalSeconds:F0} s: the input hangs"));
                    }
                    // The stuck thread cannot be stopped; it is a background thread and is abandoned.
                    Volatile.Write(ref stop, true);
                    abandoned = true;
                    break;
                }
            }
        }
        return new FuzzResult(target.Name, Interlocked.Read(ref done), clock.Elapsed, findings);
    }

    private static bool AllJoined(Thread[] workers, TimeSpan wait)
    {
        foreach (var w in workers)
        {
            if (!w.Join(wait))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>SplitMix64 of (seed, index), folded to the int seed of <see cref="Random"/>.</summary>
    public static int SeedOf(long seed, long index)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return unchecked((int)(z ^ (z >> 32)));
    }

    /// <summary>The input as printable text: bytes escaped (\xHH) beyond printable ASCII, long inputs shortened.</summary>
    public static string Describe(FuzzInput input)
    {
        var sb = new StringBuilder();
        if (input.Text is not null)
        {
            sb.Append(input.Text);
        }
        if (input.Bytes is { } bytes)
        {
            if (sb.Length > 0)
            {
                sb.Append(" | ");
            }
            sb.Append(CultureInfo.InvariantCulture, $"{bytes.Length} bytes: ");
            var shown = Math.Min(bytes.Length, 4096);
            for (var i = 0; i < shown; i++)
            {
                var b = bytes[i];
                if (b is >= 0x20 and < 0x7F and not (byte)'\\')
                {
                    sb.Append((char)b);
                }
                else
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
                }
            }
            if (shown < bytes.Length)
            {
                sb.Append('…');
            }
        }
        return sb.ToString();
    }
}
