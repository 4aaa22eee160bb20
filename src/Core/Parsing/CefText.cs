using System.Buffers;
using System.Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Decodes CEF-escaped text. Header fields escape <c>\|</c> and <c>\\</c>; extension values escape <c>\=</c>,
/// <c>\\</c>, <c>\n</c> and <c>\r</c>. Unknown escapes stay as logged (both bytes).
/// </summary>
/// <remarks>
/// AsyncOS escapes an <c>=</c> in a value and then escapes that backslash once more: the sender
/// <c>a=b@example.com</c> is logged <c>suser=a\\=b@example.com</c> (the same line's SPF dict shows it unescaped).
/// A spec-conforming writer never leaves an unescaped <c>=</c> after <c>\\</c>, so <c>\\=</c> is read as <c>=</c>.
/// </remarks>
internal static class CefText
{
    public static string Header(ReadOnlySpan<byte> raw) => Decode(Utf8Text.Trim(raw), extension: false);

    public static string Value(ReadOnlySpan<byte> raw) => Decode(raw, extension: true);

    public static string? ValueOrNull(ReadOnlySpan<byte> raw) => raw.IsEmpty ? null : Value(raw);

    /// <summary>A value AsyncOS wrote with Python's <c>repr()</c> (<c>msg='…'</c>, <c>cs4='&lt;…&gt;'</c>): CEF escapes
    /// first, then the quotes and their escapes. Null when nothing is left.</summary>
    public static string? QuotedValueOrNull(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return Empty(LogText.Unquote(raw));
        }
        var buffer = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var n = Unescape(raw, buffer, extension: true);
            return Empty(LogText.Unquote(buffer.AsSpan(0, n)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static string Decode(ReadOnlySpan<byte> raw, bool extension)
    {
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return LogText.Decode(raw);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var n = Unescape(raw, buffer, extension);
            return Encoding.UTF8.GetString(buffer, 0, n);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the unescaped bytes of <paramref name="raw"/> to <paramref name="dest"/> (never longer); returns the count.</summary>
    public static int Unescape(ReadOnlySpan<byte> raw, Span<byte> dest, bool extension)
    {
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b != (byte)'\\' || i + 1 == raw.Length)
            {
                dest[n++] = b;
                continue;
            }
            var next = raw[i + 1];
            if (next == (byte)'\\')
            {
                // "\\=" in a value: AsyncOS's doubly escaped '=' (see remarks).
                var doubled = extension && i + 2 < raw.Length && raw[i + 2] == (byte)'=';
                dest[n++] = doubled ? (byte)'=' : (byte)'\\';
                i += doubled ? 2 : 1;
            }
            else if (!extension && next == (byte)'|')
            {
                dest[n++] = (byte)'|';
                i++;
            }
            else if (extension && next == (byte)'=')
            {
                dest[n++] = (byte)'=';
                i++;
            }
            else if (extension && next == (byte)'n')
            {
                dest[n++] = (byte)'\n';
                i++;
            }
            else if (extension && next == (byte)'r')
            {
                dest[n++] = (byte)'\r';
                i++;
            }
            else
            {
                dest[n++] = b; // unknown escape: kept as logged
            }
        }
        return n;
    }
}
