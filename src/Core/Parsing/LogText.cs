using System.Buffers;
using System.Text;
using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Turns the parts of a line that an event keeps into strings. Invalid UTF-8 becomes U+FFFD (the decoder
/// never throws), so odd bytes in a subject cannot lose the message.
/// </summary>
internal static class LogText
{
    public static string Decode(ReadOnlySpan<byte> s) => s.IsEmpty ? string.Empty : Encoding.UTF8.GetString(s);

    /// <summary>The trimmed text, or null when nothing is left (absent parts are null in events).</summary>
    public static string? DecodeOrNull(ReadOnlySpan<byte> s)
    {
        s = Trim(s);
        return s.IsEmpty ? null : Encoding.UTF8.GetString(s);
    }

    /// <summary>
    /// The address at the start of <paramref name="s"/> without its angle brackets: <c>&lt;a@b&gt;</c> up to the
    /// closing bracket (<c>&lt;&gt;</c> is the null sender, an empty address), otherwise the first token.
    /// </summary>
    public static ReadOnlySpan<byte> ReadAddress(ReadOnlySpan<byte> s, out int consumed)
    {
        if (!s.IsEmpty && s[0] == (byte)'<')
        {
            var close = s.IndexOf((byte)'>');
            if (close < 0)
            {
                consumed = s.Length;
                return Trim(s[1..]);
            }
            consumed = close + 1;
            return Trim(s[1..close]);
        }
        var end = 0;
        while (end < s.Length && !IsBlank(s[end]))
        {
            end++;
        }
        consumed = end;
        var token = s[..end];
        // "a@b>" or "<a@b" left by a truncated or reformatted line: brackets are never part of the address.
        if (!token.IsEmpty && token[^1] == (byte)'>')
        {
            token = token[..^1];
        }
        return token;
    }

    /// <summary>Reads an address at the cursor and returns it as a string.</summary>
    public static string Address(ref SpanCursor c)
    {
        var rest = c.Rest();
        var address = ReadAddress(rest, out var used);
        c.Advance(used);
        return Decode(address);
    }

    /// <summary>
    /// A value that AsyncOS wrote with Python's <c>repr()</c> (<c>'x'</c>, or <c>"x"</c> when x holds a quote) or
    /// bare. Quotes are removed and <c>\'</c> <c>\"</c> <c>\\</c> unescaped; other escapes such as a literal
    /// <c>\r\n</c> stay as logged text. An unterminated quote (truncated line) keeps what is there.
    /// </summary>
    public static string Unquote(ReadOnlySpan<byte> value)
    {
        value = Trim(value);
        if (value.IsEmpty || (value[0] != (byte)'\'' && value[0] != (byte)'"'))
        {
            return Decode(value);
        }
        var end = PythonLiteral.ReadQuoted(value, out var inner);
        if (end < 0)
        {
            inner = value[1..];
        }
        return PythonLiteral.Unescape(inner);
    }

    /// <summary>Joins the non-empty parts with <c>"; "</c> into one string (one allocation); null when all are empty.</summary>
    public static string? Join(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
    {
        a = Trim(a);
        b = Trim(b);
        c = Trim(c);
        var parts = (a.IsEmpty ? 0 : 1) + (b.IsEmpty ? 0 : 1) + (c.IsEmpty ? 0 : 1);
        if (parts == 0)
        {
            return null;
        }
        var length = a.Length + b.Length + c.Length + ((parts - 1) * 2);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var n = 0;
            Append(buffer, ref n, a);
            Append(buffer, ref n, b);
            Append(buffer, ref n, c);
            return Encoding.UTF8.GetString(buffer, 0, n);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Append(byte[] buffer, ref int n, ReadOnlySpan<byte> part)
    {
        if (part.IsEmpty)
        {
            return;
        }
        if (n > 0)
        {
            buffer[n++] = (byte)';';
            buffer[n++] = (byte)' ';
        }
        part.CopyTo(buffer.AsSpan(n));
        n += part.Length;
    }
}
