using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EsaTls.Core.Contract;

/// <summary>
/// Deterministic document id from (appliance, MID, message start): re-ingesting the same input, or a
/// window that also holds the message's start, writes the same id and so replaces instead of duplicating.
/// The start time keeps apart two messages with the same MID after an appliance's counter reset.
/// </summary>
public static class DocumentId
{
    public static string For(string appliance, long mid, DateTime startUtc)
    {
        var nameBytes = Encoding.UTF8.GetByteCount(appliance);
        Span<byte> buffer = nameBytes <= 512 ? stackalloc byte[nameBytes + 17] : new byte[nameBytes + 17];
        Encoding.UTF8.GetBytes(appliance, buffer);
        buffer[nameBytes] = 0;
        BinaryPrimitives.WriteInt64BigEndian(buffer[(nameBytes + 1)..], mid);
        // Whole seconds: the log's resolution, so the same line always gives the same id.
        BinaryPrimitives.WriteInt64BigEndian(buffer[(nameBytes + 9)..], startUtc.Ticks / TimeSpan.TicksPerSecond);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
