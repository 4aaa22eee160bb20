namespace EsaTls.LogGen.Model;

/// <summary>
/// xoshiro256** seeded through SplitMix64. Our own generator rather than <see cref="Random"/> so that a
/// seed gives the same bytes on every runtime version (the output of a seed is part of the samples' contract).
/// </summary>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream derived from a seed and a stream number (appliance, reorderer…).</summary>
    public static Rng Derive(ulong seed, ulong stream) => new(seed * 0x9E3779B97F4A7C15UL ^ (stream + 0x632BE59BD9B4E019UL));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextU64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextU64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, n).</summary>
    public int Next(int n) => (int)(((NextU64() >> 32) * (ulong)n) >> 32);

    /// <summary>Uniform in [lo, hi] (both inclusive).</summary>
    public int Range(int lo, int hi) => lo + Next(hi - lo + 1);

    public long RangeLong(long lo, long hi) => lo + (long)(NextDouble() * (hi - lo + 1));

    public bool Chance(double p) => p > 0 && NextDouble() < p;

    /// <summary>Exponentially distributed with the given mean.</summary>
    public double Exp(double mean) => -mean * Math.Log(1.0 - NextDouble());

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    /// <summary>Index drawn with a Zipf-like skew: low indexes are much more likely (popular domains).</summary>
    public int Skewed(int n) => Math.Min(n - 1, (int)(n * Math.Pow(NextDouble(), 2.5)));

    /// <summary>Log-normal integer, e.g. message sizes.</summary>
    public long LogNormal(double median, double sigma, long min, long max)
    {
        // Box–Muller on two uniforms.
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        var v = (long)(median * Math.Exp(sigma * z));
        return Math.Clamp(v, min, max);
    }
}

/// <summary>A fixed set of choices with weights; drawing is a walk over cumulative weights (sets are tiny).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Weighted(IReadOnlyList<(T Item, double Weight)> entries)
    {
        _items = new T[entries.Count];
        _cumulative = new double[entries.Count];
        double sum = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            sum += entries[i].Weight;
            _items[i] = entries[i].Item;
            _cumulative[i] = sum;
        }
        Total = sum;
    }

    public double Total { get; }

    public IReadOnlyList<T> Items => _items;

    public T Draw(Rng rng)
    {
        var x = rng.NextDouble() * Total;
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (x < _cumulative[i])
            {
                return _items[i];
            }
        }
        return _items[^1];
    }
}
