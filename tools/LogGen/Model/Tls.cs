using EsaTls.Core.Contract;
using EsaTls.LogGen.Options;

namespace EsaTls.LogGen.Model;

internal enum InboundTlsPlan
{
    Success,
    /// <summary>STARTTLS failed, the client carries on in clear.</summary>
    Failed,
    /// <summary>STARTTLS failed and the client gives up (no message).</summary>
    FailedDrop,
    None,
}

internal enum OutboundTlsPlan
{
    Success,
    /// <summary><c>TLS failed: …</c> with TLS Preferred: delivery continues in clear.</summary>
    FailedClear,
    /// <summary><c>STARTTLS command not supported.</c> with TLS Preferred: delivery continues in clear.</summary>
    NotSupportedClear,
    None,
    /// <summary>TLS Required and not achieved: nothing is delivered on the connection.</summary>
    RequiredFailed,
}

/// <summary>Draws TLS outcomes and parameters from <c>--tls-mix</c> and <c>--tls-versions</c>.</summary>
internal sealed class TlsChooser
{
    private static readonly string[] Tls13 = ["TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256"];
    private static readonly string[] Tls12 =
        ["ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "DHE-RSA-AES256-GCM-SHA384", "AES256-GCM-SHA384"];
    private static readonly string[] Tls11 = ["ECDHE-RSA-AES256-SHA", "AES128-SHA"];
    private static readonly string[] Tls10 = ["AES128-SHA", "DHE-RSA-AES256-SHA", "ECDHE-RSA-AES256-SHA", "RC4-SHA"];

    private readonly Weighted<string> _versions;
    private readonly Weighted<LegTlsStatus> _mix;

    public TlsChooser(GeneratorOptions options)
    {
        _versions = new Weighted<string>(options.TlsVersions.Select(v => (v.Version, v.Weight)).ToArray());
        var m = options.TlsMix;
        _mix = new Weighted<LegTlsStatus>([(LegTlsStatus.Success, m.Success), (LegTlsStatus.Failed, m.Failed), (LegTlsStatus.None, m.None)]);
    }

    public LegTlsStatus DrawOutcome(Rng rng) => _mix.Draw(rng);

    public TlsParams DrawParams(Rng rng)
    {
        var version = _versions.Draw(rng);
        var ciphers = version switch
        {
            "TLSv1.3" => Tls13,
            "TLSv1.2" => Tls12,
            "TLSv1.1" => Tls11,
            "TLSv1" or "TLSv1/SSLv3" => Tls10,
            _ => Tls12,
        };
        return new TlsParams(version, rng.Pick(ciphers));
    }

    public InboundTlsPlan DrawInbound(Rng rng) => DrawOutcome(rng) switch
    {
        LegTlsStatus.Success => InboundTlsPlan.Success,
        LegTlsStatus.Failed => rng.Chance(0.25) ? InboundTlsPlan.FailedDrop : InboundTlsPlan.Failed,
        _ => InboundTlsPlan.None,
    };

    /// <summary>A destination's usual behaviour (what its MX offers and what our policy asks).</summary>
    public OutboundTlsPlan DrawDestinationProfile(Rng rng) => DrawOutcome(rng) switch
    {
        LegTlsStatus.Success => OutboundTlsPlan.Success,
        LegTlsStatus.Failed => rng.Chance(0.55) ? OutboundTlsPlan.FailedClear : OutboundTlsPlan.NotSupportedClear,
        _ => OutboundTlsPlan.None,
    };
}

/// <summary>
/// What the log shows about one connection's TLS so far: whether its opening line was written and the last
/// TLS line written for it. This is the design's leg status (design.md §2) as a reader of the output sees it.
/// </summary>
internal struct LegView
{
    public bool OpenWritten;
    public LegTlsStatus? Seen;

    public readonly LegTlsStatus Status => Seen ?? (OpenWritten ? LegTlsStatus.None : LegTlsStatus.Unknown);
}
