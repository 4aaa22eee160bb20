using System.Buffers.Text;
using System.Text;

namespace EsaTls.LogGen.Output;

/// <summary>
/// Builds one message text as UTF-8 bytes in a reused buffer: literals go in as <c>"…"u8</c>, numbers are
/// formatted straight into the buffer, so writing a line allocates nothing.
/// </summary>
internal sealed class LineBuilder
{
    private byte[] _buffer = new byte[1024];
    private int _length;

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    public int Length => _length;

    public void Clear() => _length = 0;

    public LineBuilder A(ReadOnlySpan<byte> utf8)
    {
        Ensure(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
        return this;
    }

    public LineBuilder A(string text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
        return this;
    }

    public LineBuilder C(byte c)
    {
        Ensure(1);
        _buffer[_length++] = c;
        return this;
    }

    public LineBuilder N(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
        return this;
    }

    /// <summary>Zero-padded to <paramref name="width"/> digits.</summary>
    public LineBuilder N(long value, int width)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written, new System.Buffers.StandardFormat('D', (byte)width));
        _length += written;
        return this;
    }

    /// <summary>Python list repr of RIDs: <c>[0]</c>, <c>[0, 1]</c>.</summary>
    public LineBuilder Rids(ReadOnlySpan<int> rids)
    {
        C((byte)'[');
        for (var i = 0; i < rids.Length; i++)
        {
            if (i > 0)
            {
                A(", "u8);
            }
            N(rids[i]);
        }
        return C((byte)']');
    }

    /// <summary>Python <c>repr()</c> of a text, as AsyncOS logs Subject and Message-ID values.</summary>
    public LineBuilder PyRepr(string text)
    {
        // Most values need no escaping: quote them in place without building a string.
        foreach (var ch in text)
        {
            if (ch is '\'' or '"' or '\\' or < ' ' or '\x7f')
            {
                return A(PythonRepr.Quote(text));
            }
        }
        return C((byte)'\'').A(text).C((byte)'\'');
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }
}

/// <summary>
/// Python 3 <c>repr(str)</c>: single quotes unless the text holds a single quote and no double quote; the
/// chosen quote and backslashes escaped; control characters as <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\xNN</c>;
/// other characters (non-ASCII included) kept as they are.
/// </summary>
internal static class PythonRepr
{
    public static string Quote(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var sb = new StringBuilder(text.Length + 2);
        sb.Append(quote);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (ch == quote)
                    {
                        sb.Append('\\').Append(ch);
                    }
                    else if (ch < ' ' || ch == '\x7f')
                    {
                        sb.Append(@"\x").Append(((int)ch).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }
}
