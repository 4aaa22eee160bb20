using System.Globalization;
using System.Net;
using EsaTls.Core.Framing;
using EsaTls.Ingest.Cli;
using Microsoft.Extensions.Configuration;

namespace EsaTls.Ingest.Hosting;

/// <summary>
/// Typed reads of configuration values that fail with one message naming the key (<c>Syslog:Udp: …</c>), and a
/// check that every key given is one we know: a misspelt key is an error, not a silently ignored setting.
/// </summary>
internal sealed class ConfigReader(IConfiguration configuration)
{
    public IConfiguration Configuration { get; } = configuration;

    public static UsageException Error(string key, string problem) => new($"configuration: {key}: {problem}");

    public string? String(string key)
    {
        var value = Configuration[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The values of a list section (<c>Key:0</c>, <c>Key:1</c> …), empty when absent.</summary>
    public IReadOnlyList<string> List(string key)
    {
        var values = new List<string>();
        foreach (var child in Configuration.GetSection(key).GetChildren())
        {
            if (!string.IsNullOrWhiteSpace(child.Value))
            {
                values.Add(child.Value.Trim());
            }
        }
        return values;
    }

    public bool Bool(string key, bool fallback)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }
        return bool.TryParse(text, out var value) ? value : throw Error(key, $"'{text}' is not true or false");
    }

    public int Int(string key, int fallback, int min, int max) => (int)Long(key, fallback, min, max);

    public int? OptionalInt(string key, int min, int max) => String(key) is null ? null : Int(key, 0, min, max);

    public long Long(string key, long fallback, long min, long max)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(key, $"'{text}' is not a whole number");
        }
        if (value < min || value > max)
        {
            throw Error(key, string.Create(CultureInfo.InvariantCulture, $"{value} is out of range ({min}…{max})"));
        }
        return value;
    }

    /// <summary><c>hh:mm:ss</c> (<c>d.hh:mm:ss</c>) or a number with a unit: <c>200ms</c>, <c>5s</c>, <c>10m</c>, <c>2h</c>, <c>7d</c>.</summary>
    public TimeSpan Duration(string key, TimeSpan fallback, TimeSpan min, TimeSpan max)
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }
        if (!TryParseDuration(text, out var value))
        {
            throw Error(key, $"'{text}' is not a duration (hh:mm:ss, or a number with ms, s, m, h or d)");
        }
        if (value < min || value > max)
        {
            throw Error(key, $"{text} is out of range ({min}…{max})");
        }
        return value;
    }

    public TimeZoneSpec? Zone(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        return TimeZoneSpec.TryParse(text, out var zone, out var error) ? zone : throw Error(key, error);
    }

    public int? Year(string key) => OptionalInt(key, 1990, 2200);

    /// <summary><c>address:port</c> (<c>[v6]:port</c>); <c>off</c> or empty: disabled (null).</summary>
    public IPEndPoint? Endpoint(string key, IPEndPoint? fallback)
    {
        var raw = Configuration[key];
        if (raw is null)
        {
            return fallback;
        }
        var text = raw.Trim();
        if (text.Length == 0 || text.Equals("off", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var colon = text.LastIndexOf(':');
        if (colon < 0 || text.EndsWith(':') || !IPEndPoint.TryParse(text, out var endpoint) || (text[0] != '[' && text.IndexOf(':') != colon))
        {
            throw Error(key, $"'{text}' is not address:port (e.g. 127.0.0.1:5514, 0.0.0.0:5514, [::1]:5514) or off");
        }
        return endpoint;
    }

    public IPAddress Address(string key)
    {
        var text = String(key) ?? throw Error(key, "missing (an IP address)");
        return IPAddress.TryParse(text, out var address) ? address : throw Error(key, $"'{text}' is not an IP address");
    }

    /// <summary>Indexes of an array section (<c>Files:0</c>, <c>Files:1</c>…), in order.</summary>
    public List<string> Items(string key)
    {
        var items = new List<(int Index, string Key)>();
        foreach (var child in Configuration.GetSection(key).GetChildren())
        {
            if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw Error(child.Path, "expected a list (Files:0:…, Files:1:…)");
            }
            items.Add((index, child.Path));
        }
        items.Sort((a, b) => a.Index.CompareTo(b.Index));
        return items.ConvertAll(i => i.Key);
    }

    /// <summary>Fails on the first key that is not in <paramref name="known"/> (array indexes written <c>*</c>).</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> known, IReadOnlyCollection<string> openSections)
    {
        var knownSet = new HashSet<string>(known, StringComparer.OrdinalIgnoreCase);
        var leaves = new List<string>();
        foreach (var (key, value) in Configuration.AsEnumerable())
        {
            if (value is not null)
            {
                leaves.Add(key);
            }
        }
        leaves.Sort(StringComparer.OrdinalIgnoreCase);
        foreach (var key in leaves)
        {
            var shape = Shape(key);
            if (knownSet.Contains(shape) || IsUnder(shape, openSections))
            {
                continue;
            }
            var parent = shape.LastIndexOf(':') is var c and > 0 ? shape[..c] : "";
            var siblings = known.Where(k => (k.LastIndexOf(':') is var kc and > 0 ? k[..kc] : "").Equals(parent, StringComparison.OrdinalIgnoreCase))
                .Select(k => k[(k.LastIndexOf(':') + 1)..]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var hint = siblings.Count > 0
                ? $" (known here: {string.Join(", ", siblings)})"
                : $" (known sections: {string.Join(", ", known.Select(k => k.Split(':')[0]).Distinct(StringComparer.OrdinalIgnoreCase))})";
            throw Error(key, "unknown setting" + hint);
        }
    }

    private static bool IsUnder(string shape, IReadOnlyCollection<string> sections)
    {
        foreach (var s in sections)
        {
            if (shape.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase) || shape.Equals(s, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><c>Files:3:Path</c> → <c>Files:*:Path</c>.</summary>
    private static string Shape(string key)
    {
        var parts = key.Split(':');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0 && parts[i].All(char.IsAsciiDigit))
            {
                parts[i] = "*";
            }
        }
        return string.Join(':', parts);
    }

    internal static bool TryParseDuration(string text, out TimeSpan value)
    {
        var units = new (string Suffix, double Factor)[] { ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000) };
        foreach (var (suffix, factor) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text.AsSpan(0, text.Length - suffix.Length), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
                && n * factor < TimeSpan.MaxValue.TotalMilliseconds)
            {
                value = TimeSpan.FromMilliseconds(n * factor);
                return true;
            }
        }
        if (text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero)
        {
            return true;
        }
        value = default;
        return false;
    }
}
