using System.Net;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// <c>Syslog:MaxLinesPerSecond</c> per source address: a token bucket per address holding at most one second of
/// lines. UDP asks <see cref="TryTake"/> per line and drops (and counts) what is over; TCP takes what it read with
/// <see cref="Take"/> and pauses reading for the time returned, so a fast sender is slowed down, never cut.
/// Thread-safe; the clock is injected so tests need no real waiting.
/// </summary>
public sealed class SyslogRateLimiter
{
    /// <summary>Buckets kept at most; spoofed UDP sources cannot grow the table without bound.</summary>
    internal const int MaxSources = 4096;

    private readonly double _rate;
    private readonly TimeProvider _time;
    private readonly Dictionary<IPAddress, Bucket> _buckets = [];
    private readonly Lock _lock = new();

    /// <param name="linesPerSecond">0: no limit.</param>
    public SyslogRateLimiter(int linesPerSecond, TimeProvider? time = null)
    {
        _rate = linesPerSecond;
        _time = time ?? TimeProvider.System;
    }

    public bool Enabled => _rate > 0;

    /// <summary>One line from <paramref name="source"/>: false when it is over the rate (the caller drops it).</summary>
    public bool TryTake(IPAddress source)
    {
        if (!Enabled)
        {
            return true;
        }
        lock (_lock)
        {
            var bucket = Refilled(source);
            if (bucket.Tokens < 1)
            {
                return false;
            }
            bucket.Tokens -= 1;
            return true;
        }
    }

    /// <summary>
    /// <paramref name="lines"/> already read from <paramref name="source"/> (kept whatever the rate): how long the
    /// reader should wait before reading more; zero when within the rate.
    /// </summary>
    public TimeSpan Take(IPAddress source, int lines)
    {
        if (!Enabled || lines <= 0)
        {
            return TimeSpan.Zero;
        }
        lock (_lock)
        {
            var bucket = Refilled(source);
            bucket.Tokens -= lines; // may go below zero: the debt is paid by waiting
            return bucket.Tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-bucket.Tokens / _rate);
        }
    }

    private Bucket Refilled(IPAddress source)
    {
        var now = _time.GetTimestamp();
        if (!_buckets.TryGetValue(source, out var bucket))
        {
            if (_buckets.Count >= MaxSources)
            {
                Forget(now);
            }
            bucket = new Bucket { Tokens = _rate, Stamp = now };
            _buckets[source] = bucket;
            return bucket;
        }
        var elapsed = _time.GetElapsedTime(bucket.Stamp, now).TotalSeconds;
        bucket.Tokens = Math.Min(_rate, bucket.Tokens + (elapsed * _rate));
        bucket.Stamp = now;
        return bucket;
    }

    /// <summary>Drops the buckets that have refilled (their sources are idle); all of them if none has.</summary>
    private void Forget(long now)
    {
        var idle = new List<IPAddress>();
        foreach (var (address, bucket) in _buckets)
        {
            if (bucket.Tokens + (_time.GetElapsedTime(bucket.Stamp, now).TotalSeconds * _rate) >= _rate)
            {
                idle.Add(address);
            }
        }
        if (idle.Count == 0)
        {
            _buckets.Clear();
            return;
        }
        foreach (var address in idle)
        {
            _buckets.Remove(address);
        }
    }

    private sealed class Bucket
    {
        public double Tokens;
        public long Stamp;
    }
}
