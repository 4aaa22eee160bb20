using System.Globalization;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;
using EsaTls.Query.Output;

namespace EsaTls.Query.Cli;

/// <summary>Parses option values into the query types; a bad value is a <see cref="UsageException"/> naming the option and the allowed values.</summary>
public static class Arguments
{
    public static T Choice<T>(string option, string? text, T defaultValue, params (string Name, T Value)[] choices)
    {
        if (text is null)
        {
            return defaultValue;
        }
        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw new UsageException($"{option}: '{text}' is not one of {string.Join(", ", choices.Select(c => c.Name))}");
    }

    public static Leg Leg(string? text) => Choice("--leg", text, Core.Stores.Querying.Leg.Any,
        ("receive", Core.Stores.Querying.Leg.Receive), ("deliver", Core.Stores.Querying.Leg.Deliver), ("any", Core.Stores.Querying.Leg.Any));

    public static MailDirection? Direction(string? text) => Choice<MailDirection?>("--direction", text, null,
        ("inbound", MailDirection.Inbound), ("outbound", MailDirection.Outbound), ("unknown", MailDirection.Unknown));

    public static OutputFormat Format(string? text, OutputFormat defaultValue = OutputFormat.Table) => Choice("--format", text, defaultValue,
        ("table", OutputFormat.Table), ("csv", OutputFormat.Csv), ("json", OutputFormat.Json), ("ndjson", OutputFormat.Ndjson));

    public static CoverageBy CoverageBy(string? text) => Choice("--by", text, Core.Stores.Querying.CoverageBy.None,
        ("host", Core.Stores.Querying.CoverageBy.Host), ("sender-domain", Core.Stores.Querying.CoverageBy.SenderDomain),
        ("recipient-domain", Core.Stores.Querying.CoverageBy.RecipientDomain), ("day", Core.Stores.Querying.CoverageBy.Day),
        ("hour", Core.Stores.Querying.CoverageBy.Hour), ("tls-version", Core.Stores.Querying.CoverageBy.TlsVersion));

    public static FailureBy FailureBy(string? text) => Choice("--by", text, Core.Stores.Querying.FailureBy.Reason,
        ("reason", Core.Stores.Querying.FailureBy.Reason), ("peer", Core.Stores.Querying.FailureBy.Peer), ("domain", Core.Stores.Querying.FailureBy.Domain));

    /// <summary>Comma-separated statuses, each one of <paramref name="vocabulary"/> (wire names, case-insensitive).</summary>
    public static IReadOnlyList<string>? Statuses(string option, string? text, IReadOnlyList<string> vocabulary)
    {
        if (text is null)
        {
            return null;
        }
        var result = new List<string>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var status = vocabulary.FirstOrDefault(v => string.Equals(v, part, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"{option}: '{part}' is not one of {string.Join(", ", vocabulary)}");
            if (!result.Contains(status))
            {
                result.Add(status);
            }
        }
        return result.Count == 0 ? throw new UsageException($"{option} needs at least one status ({string.Join(", ", vocabulary)})") : result;
    }

    /// <summary><c>--limit N</c> (default 50) or <c>--all</c> (null: no limit).</summary>
    public static int? Limit(string? text, bool all)
    {
        if (all)
        {
            return text is null ? null : throw new UsageException("use either --limit or --all, not both");
        }
        if (text is null)
        {
            return 50;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"--limit: '{text}' is not a positive whole number");
    }

    /// <summary>A percentage from 0 to 100 (a trailing % is allowed).</summary>
    public static double? Percent(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }
        var value = text.Trim().TrimEnd('%');
        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 100
            ? p
            : throw new UsageException($"{option}: '{text}' is not a percentage from 0 to 100");
    }

    public static long Mid(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var mid)
            ? mid
            : throw new UsageException($"MID: '{text}' is not a message id (a whole number such as 12345)");
}
