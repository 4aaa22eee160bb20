using System.Text;
using EsaTls.LogGen.Options;
using EsaTls.LogGen.Output;

namespace EsaTls.LogGen.Model;

/// <summary>One simulated appliance: identity, its id counters, its own random streams and its output.</summary>
internal sealed class Appliance
{
    private static readonly string[] Versions = ["15.0.0-104", "14.3.0-032", "15.0.1-030", "14.2.0-620"];

    private readonly double _variants;

    public Appliance(int index, GeneratorOptions options, World world, TlsChooser tls)
    {
        Index = index;
        World = world;
        Tls = tls;
        Options = options;
        Host = $"esa{index + 1}.example.net";
        HostUtf8 = Encoding.UTF8.GetBytes(Host);
        Rng = Rng.Derive(options.Seed, 100 + (ulong)index);
        VariantRng = Rng.Derive(options.Seed, 5000 + (ulong)index);
        Serial = "42" + World.Hex(Rng, 18) + "-" + World.Hex(Rng, 12);
        Version = Versions[index % Versions.Length];
        UtcOffsetSeconds = options.UtcOffsets[index % options.UtcOffsets.Count];
        Warmup = options.Warmups[index % options.Warmups.Count];
        Syslog = options.Framing == Framing.Syslog || (options.Framing == Framing.Mixed && index % 3 == 2);
        Identity = Syslog || options.HostIdentity == HostIdentity.Hostname ? Host : Serial;
        PublicIp = $"192.0.2.{10 + index % 100}";
        RelayIp = $"10.20.0.{20 + index % 200}";
        DeliveryIp = $"192.0.2.{110 + index % 100}";
        Stamps = new Stamps(UtcOffsetSeconds);
        _variants = options.Variants;

        // Counters of an appliance that has been running for a while (design: ids per appliance, increasing).
        NextIcid = Rng.RangeLong(100_000, 60_000_000);
        NextMid = Rng.RangeLong(100_000, 40_000_000);
        NextDcid = Rng.RangeLong(10_000, 9_000_000);
        NextRcid = Rng.RangeLong(1_000, 900_000);
    }

    public int Index { get; }

    public string Host { get; }

    public byte[] HostUtf8 { get; }

    public string Serial { get; }

    public string Version { get; }

    public int UtcOffsetSeconds { get; }

    public TimeSpan Warmup { get; }

    public bool Syslog { get; }

    /// <summary>What the ingest names this appliance by (and so the truth's <c>appliance</c>).</summary>
    public string Identity { get; }

    public string PublicIp { get; }

    public string RelayIp { get; }

    public string DeliveryIp { get; }

    public World World { get; }

    public TlsChooser Tls { get; }

    public GeneratorOptions Options { get; }

    /// <summary>The traffic model's random stream.</summary>
    public Rng Rng { get; }

    /// <summary>Separate stream for line-form variants, so <c>--variants</c> changes forms, not traffic.</summary>
    public Rng VariantRng { get; }

    public Stamps Stamps { get; }

    public ILineSink Sink { get; set; } = null!;

    public Truth.TruthLog? Truth { get; set; }

    public long NextIcid;
    public long NextMid;
    public long NextDcid;
    public long NextRcid;

    /// <summary>Delivery routes by destination domain.</summary>
    public Dictionary<string, Destination> Destinations { get; } = new(StringComparer.Ordinal);

    /// <summary>Messages not yet finished, by MID (flushed into the truth at the end).</summary>
    public Dictionary<long, Message> Open { get; } = [];

    /// <summary>Regular messages started inside the window so far.</summary>
    public long RegularMessagesInWindow;

    /// <summary>True for the share of lines that should use an older documented form.</summary>
    public bool Variant() => _variants > 0 && VariantRng.Chance(_variants);

    public Destination Route(string domain)
    {
        if (!Destinations.TryGetValue(domain, out var d))
        {
            d = Destination.For(this, domain);
            Destinations.Add(domain, d);
        }
        return d;
    }
}
