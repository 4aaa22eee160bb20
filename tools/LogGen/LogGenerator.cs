using System.Diagnostics;
using EsaTls.Core.Contract;
using EsaTls.LogGen.Model;
using EsaTls.LogGen.Options;
using EsaTls.LogGen.Output;
using EsaTls.LogGen.Truth;

namespace EsaTls.LogGen;

internal sealed record GenerationSummary(
    IReadOnlyList<string> Files,
    long Bytes,
    long Lines,
    long Messages,
    IReadOnlyDictionary<ReceiveTlsStatus, long> ByReceive,
    IReadOnlyDictionary<DeliverTlsStatus, long> ByDeliver,
    long Lacked,
    long Unknown,
    DateTime WindowEndUtc,
    TimeSpan Elapsed);

/// <summary>Builds the appliances and their outputs, runs the simulation over the window, flushes the truth.</summary>
internal static class LogGenerator
{
    /// <summary>Average bytes of log per regular message (all its lines, its connection's and deliveries' share), for <c>--size</c>.</summary>
    public const double BytesPerMessage = 2400;

    public static GenerationSummary Run(GeneratorOptions o)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(o.OutDir);
        var world = new World(Rng.Derive(o.Seed, 1));
        var tls = new TlsChooser(o);
        var appliances = new List<Appliance>(o.Appliances);
        for (var i = 0; i < o.Appliances; i++)
        {
            appliances.Add(new Appliance(i, o, world, tls));
        }

        var sinks = new List<ILineSink>();
        SyslogWriter? shared = null;
        foreach (var app in appliances)
        {
            if (!app.Syslog)
            {
                app.Sink = new NativeLogWriter(app, Path.Combine(o.OutDir, app.Host), o.FileSize, Rng.Derive(o.Seed, 300 + (ulong)app.Index));
                sinks.Add(app.Sink);
            }
            else if (o.SyslogLayout == SyslogLayout.Interleaved)
            {
                if (shared is null)
                {
                    shared = new SyslogWriter(Path.Combine(o.OutDir, "syslog.log"), o.SyslogPri, o.Reorder, Rng.Derive(o.Seed, 2));
                    sinks.Add(shared);
                }
                app.Sink = shared;
            }
            else
            {
                app.Sink = new SyslogWriter(Path.Combine(o.OutDir, app.Host, "syslog.log"), o.SyslogPri, o.Reorder, Rng.Derive(o.Seed, 400 + (ulong)app.Index));
                sinks.Add(app.Sink);
            }
        }

        using var truth = new TruthLog(o.TruthFile);
        foreach (var app in appliances)
        {
            app.Truth = truth;
        }

        var windowStart = ToMs(o.StartUtc);
        // --size: the size decides where the log ends; the rate only aims at --duration (cap: 100 × the duration).
        var windowEnd = o.SizeBytes is null ? ToMs(o.EndUtc) : ToMs(o.StartUtc + o.Duration * 100);
        var sim = new Simulation(windowStart, windowEnd, o.SizeBytes);
        var simStart = windowStart;
        foreach (var app in appliances)
        {
            simStart = Math.Min(simStart, windowStart - (long)app.Warmup.TotalMilliseconds);
        }
        foreach (var c in o.Campaigns)
        {
            simStart = Math.Min(simStart, ToMs(c.StartUtc));
        }
        sim.Start(simStart);

        var perAppliance = o.Messages is { } total ? (double)total / o.Appliances : o.SizeBytes!.Value / BytesPerMessage / o.Appliances;
        for (var i = 0; i < appliances.Count; i++)
        {
            var app = appliances[i];
            // Spread the quota exactly: the first (total mod N) appliances take one more.
            long? quota = o.Messages is { } m ? m / o.Appliances + (i < m % o.Appliances ? 1 : 0) : null;
            var source = new TrafficSource(app, quota, perAppliance / o.Duration.TotalSeconds, o.StartUtc, o.Duration);
            if (quota is not 0)
            {
                sim.At(source, windowStart - (long)app.Warmup.TotalMilliseconds);
            }
        }
        foreach (var c in o.Campaigns)
        {
            sim.At(new CampaignSource(appliances[c.Appliance - 1], c.Messages, c.Duration, c.Domain), ToMs(c.StartUtc));
        }

        sim.Run();

        // Messages still open at the end (queued, pending retry, cut by the window) are retired in MID order.
        foreach (var app in appliances)
        {
            var open = app.Open.Keys.ToArray();
            Array.Sort(open);
            foreach (var mid in open)
            {
                app.Open[mid].Retire();
            }
        }

        var files = new List<string>();
        foreach (var sink in sinks)
        {
            sink.Dispose();
            files.AddRange(sink.Files);
        }
        return new GenerationSummary(files, sim.BytesWritten, sim.LinesWritten, truth.Messages, truth.ByReceive, truth.ByDeliver,
            truth.Lacked, truth.Unknown, DateTime.UnixEpoch.AddMilliseconds(sim.WindowEndMs), clock.Elapsed);
    }

    private static long ToMs(DateTime utc) => (long)(utc - DateTime.UnixEpoch).TotalMilliseconds;
}
