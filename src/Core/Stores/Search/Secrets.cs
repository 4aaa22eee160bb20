using System.Text;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// Keeps credentials out of text: every message this store builds from server answers or exceptions goes
/// through <see cref="Redact"/>, so a server or proxy that echoes a header cannot leak it into a log.
/// </summary>
internal sealed class Secrets
{
    public const string Mask = "***";

    private readonly string[] values;

    private Secrets(List<string> values) => this.values = [.. values];

    public static readonly Secrets None = new([]);

    /// <summary>The secrets themselves plus the forms they travel in (Basic and ApiKey headers are base64).</summary>
    public static Secrets For(string? apiKey, string? username, string? password)
    {
        var list = new List<string>();
        void Add(string? v)
        {
            // Very short values would mask ordinary words; they are not worth hiding anyway.
            if (!string.IsNullOrEmpty(v) && v.Length >= 4)
            {
                list.Add(v);
            }
        }
        Add(apiKey);
        Add(password);
        if (username is not null && password is not null)
        {
            Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password)));
        }
        if (apiKey is not null)
        {
            Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey)));
            // Elasticsearch hands out API keys encoded: base64 of "id:key". Decoded, the pair and the key are as secret.
            if (Decoded(apiKey) is { } pair)
            {
                Add(pair);
                Add(pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            }
        }
        return new Secrets(list);
    }

    /// <summary>The text an encoded API key stands for (<c>id:key</c>), or null when it is not one.</summary>
    private static string? Decoded(string apiKey)
    {
        var bytes = new byte[apiKey.Length];
        if (!Convert.TryFromBase64String(apiKey, bytes, out var length))
        {
            return null;
        }
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
            return text.Contains(':', StringComparison.Ordinal) ? text : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        foreach (var v in values)
        {
            text = text.Replace(v, Mask, StringComparison.Ordinal);
        }
        return text;
    }
}
