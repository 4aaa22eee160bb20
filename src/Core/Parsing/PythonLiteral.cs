using System.Buffers;
using System.Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Just enough of Python's literal syntax for the values AsyncOS logs with <c>repr()</c>: quoted strings with
/// backslash escapes, and lists/tuples of them (logged headers, SMTP replies).
/// </summary>
internal static class PythonLiteral
{
    /// <summary>
    /// <paramref name="s"/> starts with a quote; returns the index just after its closing quote (skipping
    /// backslash-escaped characters) and the text between the quotes, or -1 when the string is unterminated.
    /// </summary>
    public static int ReadQuoted(ReadOnlySpan<byte> s, out ReadOnlySpan<byte> inner)
    {
        var quote = s[0];
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] == (byte)'\\')
            {
                i++;
            }
            else if (s[i] == quote)
            {
                inner = s[1..i];
                return i + 1;
            }
        }
        inner = default;
        return -1;
    }

    /// <summary>
    /// <paramref name="s"/> starts with <c>[</c> or <c>(</c>; returns the index just after the matching close,
    /// honouring nesting and quoted strings (which may hold brackets and escaped quotes), or -1 if unterminated.
    /// </summary>
    public static int SkipBracketed(ReadOnlySpan<byte> s)
    {
        var depth = 0;
        for (var i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case (byte)'[' or (byte)'(' or (byte)'{':
                    depth++;
                    break;
                case (byte)']' or (byte)')' or (byte)'}':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }
                    break;
                case (byte)'\'' or (byte)'"':
                    var end = ReadQuoted(s[i..], out _);
                    if (end < 0)
                    {
                        return -1;
                    }
                    i += end - 1;
                    break;
            }
        }
        return -1;
    }

    /// <summary>Decodes the inside of a quoted repr: <c>\'</c> <c>\"</c> <c>\\</c> become the character; other escapes stay as text.</summary>
    public static string Unescape(ReadOnlySpan<byte> inner)
    {
        if (inner.IndexOf((byte)'\\') < 0)
        {
            return LogText.Decode(inner);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(inner.Length);
        try
        {
            var n = 0;
            for (var i = 0; i < inner.Length; i++)
            {
                var b = inner[i];
                if (b == (byte)'\\' && i + 1 < inner.Length && inner[i + 1] is (byte)'\'' or (byte)'"' or (byte)'\\')
                {
                    b = inner[++i];
                }
                buffer[n++] = b;
            }
            return Encoding.UTF8.GetString(buffer, 0, n);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
