namespace EsaTls.Core.Parsing;

/// <summary>
/// Whether a consolidated event line may have been cut on its way, judged by its length. Relays cut long lines at a
/// fixed size, so a cut line has no mark of its own when the cut falls between two pairs; only its length gives it
/// away. A whole line that happens to have such a length is only judged more cautiously (absent TLS keys become
/// <c>unknown</c>, its last value is dropped), never wrongly.
/// </summary>
public static class ConsolidatedTruncation
{
    /// <summary>Length of the CEF text (from <c>CEF:</c>) at which consolidated lines have been seen cut in the field.</summary>
    public const int ObservedCutLength = 969;

    /// <summary>Bytes either side of <see cref="ObservedCutLength"/> still treated as that cut (a multi-byte character
    /// or trailing blanks move the cut point a little).</summary>
    public const int ObservedCutSlack = 8;

    /// <summary>Message size limits of syslog transports and relays (RFC 3164, RFC 5424, common buffer sizes).</summary>
    private static readonly int[] TransportLimits = [1024, 2048, 4096, 8192, 16384, 32768, 65536];

    /// <param name="lineLength">Bytes of the whole line as read.</param>
    /// <param name="messageLength">Bytes of the CEF text.</param>
    public static bool MayBeCut(int lineLength, int messageLength)
    {
        if (Math.Abs(messageLength - ObservedCutLength) <= ObservedCutSlack)
        {
            return true;
        }
        foreach (var limit in TransportLimits)
        {
            // A cut may fall on a blank that the framer trims, or inside a multi-byte character: allow a few bytes.
            if (lineLength <= limit && lineLength >= limit - 4)
            {
                return true;
            }
            if (messageLength <= limit && messageLength >= limit - 4)
            {
                return true;
            }
        }
        return false;
    }
}
