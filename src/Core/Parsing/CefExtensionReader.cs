using static EsaTls.Core.Parsing.Utf8Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Reads the key=value pairs of a CEF extension in order. A value runs until the next blank that is followed by a
/// key and an unescaped <c>=</c>, so values may hold blanks; a value that starts with a quote or <c>{</c> (AsyncOS
/// writes Python reprs and dicts) runs at least to its closing quote or brace, and keys inside it are not keys.
/// Keys may come in any order and repeat; runs of blanks between pairs do not matter.
/// </summary>
internal ref struct CefExtensionReader
{
    // The one key AsyncOS writes with blanks in it.
    private static ReadOnlySpan<byte> MessageFilters => "Message Filters "u8;
    private static ReadOnlySpan<byte> Verdict => "Verdict"u8;

    private readonly ReadOnlySpan<byte> _s;
    private int _pos;

    public CefExtensionReader(ReadOnlySpan<byte> extension)
    {
        _s = extension;
        _pos = 0;
    }

    /// <summary>The text shows that the line was cut: it ends inside a quoted value or a dict, or with a key fragment
    /// that has no <c>=</c>.</summary>
    public bool CutEvidence { get; private set; }

    /// <summary>The value last returned was a quoted string or dict that closed: its end is certain even if the line was cut after it.</summary>
    public bool LastValueClosed { get; private set; }

    /// <summary>Offset of the value last returned in the extension.</summary>
    public int ValueOffset { get; private set; }

    /// <summary>The next pair; the value is trimmed and still escaped.</summary>
    public bool TryNext(out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        while (true)
        {
            while (_pos < _s.Length && IsBlank(_s[_pos]))
            {
                _pos++;
            }
            if (_pos >= _s.Length)
            {
                key = default;
                value = default;
                return false;
            }
            var keyLength = KeyAt(_s, _pos);
            if (keyLength > 0)
            {
                key = _s.Slice(_pos, keyLength);
                var valueStart = _pos + keyLength + 1;
                var valueEnd = ValueEnd(valueStart, out var next);
                var raw = _s[valueStart..valueEnd];
                var lead = 0;
                while (lead < raw.Length && IsBlank(raw[lead]))
                {
                    lead++;
                }
                value = Trim(raw[lead..]);
                ValueOffset = valueStart + lead;
                _pos = next;
                return true;
            }
            // Only the start of the extension can hold something else (the loop always stops at a key): skip it.
            var boundary = NextBoundary(_s, _pos);
            if (boundary < 0)
            {
                CutEvidence = true;
                _pos = _s.Length;
            }
            else
            {
                _pos = boundary;
            }
        }
    }

    /// <summary>End of the value starting at <paramref name="start"/>; <paramref name="next"/> is where the next key starts.</summary>
    private int ValueEnd(int start, out int next)
    {
        LastValueClosed = false;
        var scanFrom = start;
        if (start < _s.Length && _s[start] is (byte)'{' or (byte)'\'' or (byte)'"')
        {
            var rest = _s[start..];
            var close = rest[0] == (byte)'{' ? PythonLiteral.SkipBracketed(rest) : PythonLiteral.ReadQuoted(rest, out _);
            if (close < 0)
            {
                // Unclosed: a cut line, or a stray quote in a plain value. Keys after it are still found below.
                CutEvidence = true;
            }
            else
            {
                scanFrom = start + close;
                LastValueClosed = true;
            }
        }
        var boundary = NextBoundary(_s, scanFrom);
        if (boundary >= 0)
        {
            next = boundary + 1;
            return boundary;
        }
        next = _s.Length;
        if (LastValueClosed && !Trim(_s[scanFrom..]).IsEmpty)
        {
            // "msg='Testing' ESATLSInCip": a key whose '=' was cut away.
            CutEvidence = true;
        }
        return _s.Length;
    }

    /// <summary>Length of the key at <paramref name="pos"/> when an <c>=</c> follows it, else 0.</summary>
    private static int KeyAt(ReadOnlySpan<byte> s, int pos)
    {
        var rest = s[pos..];
        if (rest.StartsWith(MessageFilters) && rest[MessageFilters.Length..].StartsWith(Verdict)
            && rest.Length > MessageFilters.Length + Verdict.Length && rest[MessageFilters.Length + Verdict.Length] == (byte)'=')
        {
            return MessageFilters.Length + Verdict.Length;
        }
        if (rest.IsEmpty || !IsKeyStart(rest[0]))
        {
            return 0;
        }
        var n = 1;
        while (n < rest.Length && IsKeyByte(rest[n]))
        {
            n++;
        }
        return n < rest.Length && rest[n] == (byte)'=' ? n : 0;
    }

    /// <summary>
    /// Index of the blank that ends the value being read: the first blank at or after <paramref name="from"/> that is
    /// followed by a key and <c>=</c>; -1 when the value runs to the end. Looks at each <c>=</c> and walks back over
    /// the key, so long values cost one vectorised search per <c>=</c>.
    /// </summary>
    private static int NextBoundary(ReadOnlySpan<byte> s, int from)
    {
        var search = from;
        while (search < s.Length)
        {
            var rel = s[search..].IndexOf((byte)'=');
            if (rel < 0)
            {
                return -1;
            }
            var eq = search + rel;
            search = eq + 1;
            var k = eq;
            while (k > from && IsKeyByte(s[k - 1]))
            {
                k--;
            }
            if (k == eq || k - 1 < from || !IsBlank(s[k - 1]) || !IsKeyStart(s[k]))
            {
                continue;
            }
            var blank = k - 1;
            if (eq - k == Verdict.Length && s[k..eq].SequenceEqual(Verdict)
                && blank - MessageFilters.Length >= from && s[..(blank + 1)].EndsWith(MessageFilters)
                && IsBlank(s[blank - MessageFilters.Length]))
            {
                blank -= MessageFilters.Length;
            }
            return blank;
        }
        return -1;
    }

    private static bool IsKeyStart(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a' || b == (byte)'_';

    private static bool IsKeyByte(byte b) => IsKeyStart(b) || IsDigit(b);
}
