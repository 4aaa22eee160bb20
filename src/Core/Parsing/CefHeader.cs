namespace EsaTls.Core.Parsing;

/// <summary>
/// The seven <c>|</c>-separated header fields of a CEF record and the extension after them. Header fields may
/// hold <c>\|</c> and <c>\\</c>; the extension may hold unescaped pipes, so splitting stops at the seventh.
/// Spans point into the line and are raw (still escaped).
/// </summary>
internal readonly ref struct CefHeader
{
    public const int FieldCount = 7;

    /// <summary><c>CEF:0</c></summary>
    public ReadOnlySpan<byte> Version { get; init; }
    public ReadOnlySpan<byte> Vendor { get; init; }
    public ReadOnlySpan<byte> Product { get; init; }
    public ReadOnlySpan<byte> DeviceVersion { get; init; }
    public ReadOnlySpan<byte> SignatureId { get; init; }
    public ReadOnlySpan<byte> Name { get; init; }
    public ReadOnlySpan<byte> Severity { get; init; }
    public ReadOnlySpan<byte> Extension { get; init; }

    /// <summary>False when the text does not start with <c>CEF:</c> or has fewer than seven unescaped pipes.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out CefHeader header)
    {
        header = default;
        if (!text.StartsWith("CEF:"u8))
        {
            return false;
        }
        Span<int> pipes = stackalloc int[FieldCount];
        var found = 0;
        for (var i = 0; i < text.Length && found < FieldCount; i++)
        {
            if (text[i] == (byte)'\\')
            {
                i++; // the escaped byte is never a separator
            }
            else if (text[i] == (byte)'|')
            {
                pipes[found++] = i;
            }
        }
        if (found < FieldCount)
        {
            return false;
        }
        header = new CefHeader
        {
            Version = text[..pipes[0]],
            Vendor = text[(pipes[0] + 1)..pipes[1]],
            Product = text[(pipes[1] + 1)..pipes[2]],
            DeviceVersion = text[(pipes[2] + 1)..pipes[3]],
            SignatureId = text[(pipes[3] + 1)..pipes[4]],
            Name = text[(pipes[4] + 1)..pipes[5]],
            Severity = text[(pipes[5] + 1)..pipes[6]],
            Extension = text[(pipes[6] + 1)..],
        };
        return true;
    }
}
