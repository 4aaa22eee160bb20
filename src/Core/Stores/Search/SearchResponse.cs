using System.Text;
using System.Text.Json;

namespace EsaTls.Core.Stores.Search;

/// <summary>One HTTP exchange: the status (null when no answer came), the body, the transport failure if any.</summary>
internal sealed record SearchResponse(int? Status, byte[] Body, string? Failure)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>
    /// Worth repeating unchanged: no answer (refused, reset, timeout), too many requests, or a gateway /
    /// unavailable status. Other statuses will not change by retrying.
    /// </summary>
    public bool IsTransient => Status is null or 429 or 502 or 503 or 504;

    public JsonDocument Json() => JsonDocument.Parse(Body.Length == 0 ? "{}"u8.ToArray() : Body);

    /// <summary>The server's error type, e.g. <c>resource_already_exists_exception</c>.</summary>
    public string? ErrorType
    {
        get
        {
            if (!LooksLikeJson)
            {
                return null;
            }
            try
            {
                using var doc = JsonDocument.Parse(Body);
                return doc.RootElement.ValueKind == JsonValueKind.Object
                    && doc.RootElement.TryGetProperty("error", out var e)
                    && e.ValueKind == JsonValueKind.Object
                    && e.TryGetProperty("type", out var t) ? t.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private bool LooksLikeJson => Body.Length > 0 && (Body[0] == (byte)'{' || Body[0] == (byte)'[');

    /// <summary>Short human text: status and the server's reason, or the transport failure.</summary>
    public string Describe()
    {
        if (Status is null)
        {
            return "no answer: " + (Failure ?? "unknown transport failure");
        }
        var reason = ErrorReason(Body);
        return reason.Length == 0 ? $"HTTP {Status}" : $"HTTP {Status}: {reason}";
    }

    internal static string ErrorReason(byte[] body)
    {
        if (body.Length == 0)
        {
            return "";
        }
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
            {
                return ErrorReason(error);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy page): fall through to a short prefix.
        }
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300)).ReplaceLineEndings(" ").Trim();
        return text;
    }

    internal static string ErrorReason(JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.String)
        {
            return error.GetString() ?? "";
        }
        if (error.ValueKind != JsonValueKind.Object)
        {
            return error.GetRawText();
        }
        var type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
        var reason = error.TryGetProperty("reason", out var r) ? r.GetString() : null;
        if (error.TryGetProperty("caused_by", out var cause) && cause.ValueKind == JsonValueKind.Object)
        {
            var inner = ErrorReason(cause);
            reason = reason is null ? inner : reason + " (caused by " + inner + ")";
        }
        return (type, reason) switch
        {
            (null, null) => error.GetRawText(),
            (null, _) => reason!,
            (_, null) => type,
            _ => type + ": " + reason,
        };
    }
}
