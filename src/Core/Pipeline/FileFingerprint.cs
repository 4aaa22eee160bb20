using System.Globalization;
using System.Security.Cryptography;

namespace EsaTls.Core.Pipeline;

/// <summary>
/// Identifies a log file by the hash of its first bytes, not by its name: rollover renames <c>.c</c> to <c>.s</c>,
/// and the same content must resume where it stopped rather than be read again. The fingerprint records how many
/// bytes it covers (<c>"1024:ab12…"</c>), so a file that was short when first seen still matches after it grew.
/// </summary>
public static class FileFingerprint
{
    public const int PrefixBytes = 1024;

    /// <summary>Fingerprint over the first <paramref name="length"/> bytes (at most <see cref="PrefixBytes"/>), or null when the file is shorter or empty.</summary>
    public static string? Of(Stream stream, int length = PrefixBytes)
    {
        var buffer = new byte[length];
        var read = ReadPrefix(stream, buffer);
        if (read == 0)
        {
            return null;
        }
        if (read < length)
        {
            if (length != PrefixBytes)
            {
                return null;
            }
            length = read;
        }
        return Format(length, buffer.AsSpan(0, length));
    }

    /// <summary>Number of bytes a fingerprint covers.</summary>
    public static int LengthOf(string fingerprint)
    {
        var colon = fingerprint.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(fingerprint.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

    private static string Format(int length, ReadOnlySpan<byte> bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{length}:{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}");

    private static int ReadPrefix(Stream stream, byte[] buffer)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        return read;
    }

    /// <summary>The saved position of the file open in <paramref name="stream"/>: by its fingerprint, or — for a file that was
    /// shorter than the fingerprint prefix when it was read — by a fingerprint over the length recorded then.</summary>
    public static Stores.InputPosition? FindPosition(IReadOnlyDictionary<string, Stores.InputPosition> positions, Stream stream, string fingerprint)
    {
        if (positions.Count == 0)
        {
            return null;
        }
        if (positions.TryGetValue(fingerprint, out var p))
        {
            return p;
        }
        foreach (var candidate in positions.Values)
        {
            var length = LengthOf(candidate.Fingerprint);
            if (length > 0 && length < PrefixBytes && stream.Length >= length && Of(stream, length) == candidate.Fingerprint)
            {
                return candidate;
            }
        }
        return null;
    }
}
