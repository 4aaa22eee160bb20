using System.Globalization;

namespace EsaTls.LogGen.Options;

/// <summary>
/// Plain <c>--name value</c> parsing: the generator has a flat option set, and a hand-written parser keeps
/// every error message explicit (option name and the offending value).
/// </summary>
internal static class OptionParser
{
    public const string Usage = """
        esatls-loggen — deterministic Cisco ESA text mail-log generator with ground truth

        usage: esatls-loggen [options]

          --appliances N            appliances esa1.example.net … (default 1)
          --messages N              regular messages started in the window, all appliances (default 1000)
          --size SIZE               instead of --messages: stop after SIZE bytes of log (e.g. 1GB)
          --start TIME              window start, ISO 8601 UTC (default 2025-03-01T00:00:00Z)
          --duration DUR            window length: 90s, 30m, 12h, 1d, 1h30m (default 1d)
          --seed S                  random seed (default 1)
          --framing native|syslog|mixed   (default native; mixed: every third appliance pushes syslog)
          --syslog-layout per-appliance|interleaved   (default per-appliance)
          --no-pri                  syslog lines without <PRI> (as a receiving syslogd writes them)
          --out DIR                 output directory (default ./loggen-out)
          --file-size SIZE          native roll-over size (default 10MB)
          --utc-offset LIST         appliance zones, seconds or ±hh:mm, cycled (default 0)
          --warmup LIST             time each appliance runs before the window, cycled (default 15m; 0 = clean start)
          --tls-mix success=80,failed=5,none=15
          --tls-versions TLSv1.2=70,TLSv1.3=25,TLSv1=5
          --reorder P               syslog: fraction of lines delivered a few positions late (default 0)
          --variants P              fraction of lines in an older documented form (default 0)
          --debug-tls-read P        fraction of TLS-received messages with a Debug 'TLS read' line (default 0)
          --campaign N@OFFSET/MESSAGES/DURATION[/DOMAIN]   bulk send on appliance N (1-based) starting at
                                    window start + OFFSET (e.g. 1@-3m/60/8m; OFFSET may be an ISO time),
                                    optionally to recipients at DOMAIN only; repeatable
          --truth FILE              write the ground truth (ndjson, one line per MID written)
          --host-identity serial|hostname  appliance identity in the truth for native files (default serial)
          --quiet                   no summary on stderr
          --help

        SIZE: bytes with optional KB, MB, GB (1024-based). Exit codes: 0 ok, 1 failure, 2 usage error.
        """;

    /// <returns>False with <paramref name="error"/> set on a usage error; true with null options for --help.</returns>
    public static bool TryParse(IReadOnlyList<string> args, out GeneratorOptions? options, out string? error)
    {
        options = null;
        error = null;
        var o = new GeneratorOptions();
        var campaigns = new List<(int Appliance, string Offset, int Messages, TimeSpan Duration, string? Domain)>();
        long? messages = null;

        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return true;
            }
            if (name is "--quiet")
            {
                o = o with { Quiet = true };
                continue;
            }
            if (name is "--no-pri")
            {
                o = o with { SyslogPri = false };
                continue;
            }
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unexpected argument '{name}'";
                return false;
            }
            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value";
                return false;
            }
            var value = args[++i];
            string? e = null;
            switch (name)
            {
                case "--appliances":
                    if (TryInt(value, 1, 1000, out var n, out e))
                    {
                        o = o with { Appliances = n };
                    }
                    break;
                case "--messages":
                    if (TryLong(value, 0, long.MaxValue, out var m, out e))
                    {
                        messages = m;
                    }
                    break;
                case "--size":
                    if (TrySize(value, out var size, out e))
                    {
                        o = o with { SizeBytes = size };
                    }
                    break;
                case "--start":
                    if (TryTime(value, out var start, out e))
                    {
                        o = o with { StartUtc = start };
                    }
                    break;
                case "--duration":
                    if (TryDuration(value, out var duration, out e) && duration <= TimeSpan.Zero)
                    {
                        e = "must be longer than zero";
                    }
                    if (e is null)
                    {
                        o = o with { Duration = duration };
                    }
                    break;
                case "--seed":
                    if (ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
                    {
                        o = o with { Seed = seed };
                    }
                    else
                    {
                        e = "expected a non-negative integer";
                    }
                    break;
                case "--framing":
                    switch (value)
                    {
                        case "native": o = o with { Framing = Framing.Native }; break;
                        case "syslog": o = o with { Framing = Framing.Syslog }; break;
                        case "mixed": o = o with { Framing = Framing.Mixed }; break;
                        default: e = "expected native, syslog or mixed"; break;
                    }
                    break;
                case "--syslog-layout":
                    switch (value)
                    {
                        case "per-appliance": o = o with { SyslogLayout = SyslogLayout.PerAppliance }; break;
                        case "interleaved": o = o with { SyslogLayout = SyslogLayout.Interleaved }; break;
                        default: e = "expected per-appliance or interleaved"; break;
                    }
                    break;
                case "--out":
                    if (value.Length == 0)
                    {
                        e = "must not be empty";
                    }
                    else
                    {
                        o = o with { OutDir = value };
                    }
                    break;
                case "--file-size":
                    if (TrySize(value, out var fileSize, out e) && fileSize < 1024)
                    {
                        e = "must be at least 1KB";
                    }
                    if (e is null)
                    {
                        o = o with { FileSize = fileSize };
                    }
                    break;
                case "--utc-offset":
                    if (TryList<int>(value, TryOffset, out var offsets, out e))
                    {
                        o = o with { UtcOffsets = offsets };
                    }
                    break;
                case "--warmup":
                    if (TryList<TimeSpan>(value, TryDuration, out var warmups, out e))
                    {
                        if (warmups.Any(w => w < TimeSpan.Zero))
                        {
                            e = "must not be negative";
                        }
                        else
                        {
                            o = o with { Warmups = warmups };
                        }
                    }
                    break;
                case "--tls-mix":
                    if (TryWeights(value, out var mix, out e))
                    {
                        var unknownKey = mix.FirstOrDefault(kv => kv.Key is not ("success" or "failed" or "none")).Key;
                        if (unknownKey is not null)
                        {
                            e = $"unknown key '{unknownKey}' (expected success, failed, none)";
                        }
                        else
                        {
                            var tls = new TlsMix(Get(mix, "success"), Get(mix, "failed"), Get(mix, "none"));
                            if (tls.Success + tls.Failed + tls.None <= 0)
                            {
                                e = "weights must not all be zero";
                            }
                            else
                            {
                                o = o with { TlsMix = tls };
                            }
                        }
                    }
                    break;
                case "--tls-versions":
                    if (TryWeights(value, out var versions, out e))
                    {
                        if (versions.Sum(v => v.Value) <= 0)
                        {
                            e = "weights must not all be zero";
                        }
                        else
                        {
                            o = o with { TlsVersions = versions.Select(kv => (kv.Key, kv.Value)).ToArray() };
                        }
                    }
                    break;
                case "--reorder":
                    if (TryFraction(value, out var reorder, out e))
                    {
                        o = o with { Reorder = reorder };
                    }
                    break;
                case "--variants":
                    if (TryFraction(value, out var variants, out e))
                    {
                        o = o with { Variants = variants };
                    }
                    break;
                case "--debug-tls-read":
                    if (TryFraction(value, out var tlsRead, out e))
                    {
                        o = o with { DebugTlsRead = tlsRead };
                    }
                    break;
                case "--campaign":
                    if (TryCampaign(value, out var campaign, out e))
                    {
                        campaigns.Add(campaign);
                    }
                    break;
                case "--truth":
                    if (value.Length == 0)
                    {
                        e = "must not be empty";
                    }
                    else
                    {
                        o = o with { TruthFile = value };
                    }
                    break;
                case "--host-identity":
                    switch (value)
                    {
                        case "serial": o = o with { HostIdentity = HostIdentity.Serial }; break;
                        case "hostname": o = o with { HostIdentity = HostIdentity.Hostname }; break;
                        default: e = "expected serial or hostname"; break;
                    }
                    break;
                default:
                    error = $"unknown option '{name}' (see --help)";
                    return false;
            }
            if (e is not null)
            {
                error = $"{name} '{value}': {e}";
                return false;
            }
        }

        if (messages is not null && o.SizeBytes is not null)
        {
            error = "--messages and --size exclude each other";
            return false;
        }
        o = o with { Messages = o.SizeBytes is null ? messages ?? 1000 : null };

        var resolved = new List<CampaignSpec>();
        foreach (var (appliance, offset, count, duration, domain) in campaigns)
        {
            if (appliance > o.Appliances)
            {
                error = $"--campaign: appliance {appliance} does not exist (--appliances {o.Appliances})";
                return false;
            }
            DateTime at;
            if (TryDuration(offset, out var rel, out _))
            {
                at = o.StartUtc + rel;
            }
            else if (!TryTime(offset, out at, out var te))
            {
                error = $"--campaign offset '{offset}': {te}";
                return false;
            }
            resolved.Add(new CampaignSpec(appliance, at, count, duration, domain));
        }
        options = o with { Campaigns = resolved };
        return true;
    }

    private static double Get(Dictionary<string, double> d, string key) => d.TryGetValue(key, out var v) ? v : 0;

    private static bool TryInt(string s, int min, int max, out int value, out string? error)
    {
        error = null;
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            error = $"expected an integer from {min} to {max}";
            return false;
        }
        return true;
    }

    private static bool TryLong(string s, long min, long max, out long value, out string? error)
    {
        error = null;
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            error = $"expected an integer from {min} to {max}";
            return false;
        }
        return true;
    }

    private static bool TryFraction(string s, out double value, out string? error)
    {
        error = null;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || value is < 0 or > 1 || double.IsNaN(value))
        {
            error = "expected a fraction from 0 to 1";
            return false;
        }
        return true;
    }

    internal static bool TrySize(string s, out long bytes, out string? error)
    {
        error = null;
        bytes = 0;
        var t = s.Trim().ToUpperInvariant();
        long unit = 1;
        string[] suffixes = ["KB", "MB", "GB", "TB", "K", "M", "G", "T", "B"];
        long[] units = [1L << 10, 1L << 20, 1L << 30, 1L << 40, 1L << 10, 1L << 20, 1L << 30, 1L << 40, 1];
        for (var i = 0; i < suffixes.Length; i++)
        {
            if (t.EndsWith(suffixes[i], StringComparison.Ordinal))
            {
                unit = units[i];
                t = t[..^suffixes[i].Length];
                break;
            }
        }
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number <= 0 || double.IsInfinity(number))
        {
            error = "expected a positive size such as 500MB or 1GB";
            return false;
        }
        bytes = (long)(number * unit);
        return true;
    }

    /// <summary><c>1d</c>, <c>12h</c>, <c>30m</c>, <c>90s</c>, combinations <c>1h30m</c>, a sign, or <c>0</c>.</summary>
    internal static bool TryDuration(string s, out TimeSpan duration, out string? error)
    {
        error = null;
        duration = TimeSpan.Zero;
        var t = s.Trim();
        if (t == "0")
        {
            return true;
        }
        var sign = 1;
        if (t.StartsWith('-') || t.StartsWith('+'))
        {
            sign = t[0] == '-' ? -1 : 1;
            t = t[1..];
        }
        if (t.Length == 0)
        {
            error = "expected a duration such as 90s, 30m, 12h, 1d";
            return false;
        }
        double total = 0;
        var pos = 0;
        while (pos < t.Length)
        {
            var startDigits = pos;
            while (pos < t.Length && (char.IsAsciiDigit(t[pos]) || t[pos] == '.'))
            {
                pos++;
            }
            if (pos == startDigits || pos >= t.Length
                || !double.TryParse(t.AsSpan(startDigits, pos - startDigits), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                error = "expected a duration such as 90s, 30m, 12h, 1d";
                return false;
            }
            var seconds = t[pos] switch { 'd' => 86400.0, 'h' => 3600.0, 'm' => 60.0, 's' => 1.0, _ => -1 };
            if (seconds < 0)
            {
                error = $"unknown unit '{t[pos]}' (use d, h, m, s)";
                return false;
            }
            total += number * seconds;
            pos++;
        }
        duration = TimeSpan.FromSeconds(sign * total);
        return true;
    }

    private static bool TryTime(string s, out DateTime time, out string? error)
    {
        error = null;
        if (DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out time))
        {
            time = DateTime.SpecifyKind(time, DateTimeKind.Utc);
            return true;
        }
        error = "expected an ISO 8601 time such as 2025-03-01T00:00:00Z";
        return false;
    }

    /// <summary>Seconds east of UTC (<c>-18000</c>) or <c>±hh:mm</c>.</summary>
    internal static bool TryOffset(string s, out int seconds, out string? error)
    {
        error = null;
        seconds = 0;
        var t = s.Trim();
        if (t.Contains(':', StringComparison.Ordinal))
        {
            var sign = t.StartsWith('-') ? -1 : 1;
            var body = t.TrimStart('+', '-');
            var parts = body.Split(':');
            if (parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && h <= 14 && m < 60)
            {
                seconds = sign * (h * 3600 + m * 60);
                return true;
            }
        }
        else if (int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seconds) && Math.Abs(seconds) <= 14 * 3600)
        {
            return true;
        }
        error = "expected seconds east of UTC (-18000) or ±hh:mm, at most 14 hours";
        return false;
    }

    private delegate bool ItemParser<T>(string s, out T value, out string? error);

    private static bool TryList<T>(string s, ItemParser<T> parse, out T[] values, out string? error)
    {
        var parts = s.Split(',');
        values = new T[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parse(parts[i], out values[i], out error))
            {
                return false;
            }
        }
        error = null;
        return true;
    }

    /// <summary><c>key=weight,key=weight</c>; keys keep their order.</summary>
    private static bool TryWeights(string s, out Dictionary<string, double> weights, out string? error)
    {
        weights = new Dictionary<string, double>(StringComparer.Ordinal);
        error = null;
        foreach (var part in s.Split(','))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !double.TryParse(part.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || w < 0 || double.IsInfinity(w))
            {
                error = $"expected key=weight pairs, got '{part}'";
                return false;
            }
            var key = part[..eq].Trim();
            if (!weights.TryAdd(key, w))
            {
                error = $"'{key}' given twice";
                return false;
            }
        }
        return true;
    }

    private static bool TryCampaign(string s, out (int, string, int, TimeSpan, string?) campaign, out string? error)
    {
        campaign = default;
        error = "expected N@OFFSET/MESSAGES/DURATION[/DOMAIN], e.g. 1@-3m/60/8m";
        var at = s.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }
        var rest = s[(at + 1)..].Split('/');
        if (rest.Length is not (3 or 4)
            || (rest.Length == 4 && (rest[3].Length < 3 || !rest[3].Contains('.', StringComparison.Ordinal)))
            || !int.TryParse(s.AsSpan(0, at), NumberStyles.None, CultureInfo.InvariantCulture, out var appliance) || appliance < 1
            || !int.TryParse(rest[1], NumberStyles.None, CultureInfo.InvariantCulture, out var messages) || messages < 1
            || !TryDuration(rest[2], out var duration, out _) || duration <= TimeSpan.Zero)
        {
            return false;
        }
        error = null;
        campaign = (appliance, rest[0], messages, duration, rest.Length == 4 ? rest[3] : null);
        return true;
    }
}
