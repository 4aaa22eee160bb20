using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace EsaTls.Core.Parsing;

/// <summary>
/// Byte-level helpers for the line parsers: blanks, ASCII case-insensitive keyword comparison, word search and
/// number parsing. Keywords are ASCII; any other byte only ever compares equal to itself.
/// </summary>
internal static class Utf8Text
{
    // Called for nearly every byte of a line: always inlined, and one comparison for the bytes that are never
    // blank (all but the control characters and space).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(byte b) => b <= (byte)' ' && b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    /// <summary>The bytes that separate tokens.</summary>
    public static readonly SearchValues<byte> Blanks = SearchValues.Create(" \t\r\n"u8);

    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsBlank(s[start]))
        {
            start++;
        }
        while (end > start && IsBlank(s[end - 1]))
        {
            end--;
        }
        return s[start..end];
    }

    /// <summary>Equal ignoring ASCII case (<paramref name="b"/> is a keyword: ASCII). A plain loop: the words compared are short.</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x != y && ((x | 0x20) != (y | 0x20) || (uint)((x | 0x20) - 'a') > 'z' - 'a'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary><paramref name="token"/> is <paramref name="word"/>, with or without a trailing colon (<c>DCID</c> / <c>DCID:</c>).</summary>
    public static bool EqualsWordOrColon(ReadOnlySpan<byte> token, ReadOnlySpan<byte> word) =>
        EqualsIgnoreCase(token, word)
        || (token.Length == word.Length + 1 && token[^1] == (byte)':' && Ascii.EqualsIgnoreCase(token[..^1], word));

    public static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> prefix) =>
        s.Length >= prefix.Length && Ascii.EqualsIgnoreCase(s[..prefix.Length], prefix);

    public static bool EndsWithIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> suffix) =>
        s.Length >= suffix.Length && Ascii.EqualsIgnoreCase(s[^suffix.Length..], suffix);

    /// <summary>First index of <paramref name="needle"/> at or after <paramref name="from"/>, ignoring ASCII case; -1 if none.</summary>
    public static int IndexOfIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> needle, int from = 0)
    {
        if (needle.IsEmpty)
        {
            return from <= s.Length ? from : -1;
        }
        var first = needle[0];
        var lower = (byte)(first is >= (byte)'A' and <= (byte)'Z' ? first | 0x20 : first);
        var upper = (byte)(first is >= (byte)'a' and <= (byte)'z' ? first & ~0x20 : first);
        var last = s.Length - needle.Length;
        var i = from;
        while (i <= last)
        {
            var j = s[i..(last + 1)].IndexOfAny(lower, upper);
            if (j < 0)
            {
                return -1;
            }
            i += j;
            if (Ascii.EqualsIgnoreCase(s.Slice(i, needle.Length), needle))
            {
                return i;
            }
            i++;
        }
        return -1;
    }

    /// <summary>Last index of <paramref name="needle"/>, ignoring ASCII case; -1 if none.</summary>
    public static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> needle)
    {
        for (var i = s.Length - needle.Length; i >= 0; i--)
        {
            if (Ascii.EqualsIgnoreCase(s.Slice(i, needle.Length), needle))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>First occurrence of <paramref name="word"/> as a whole blank-separated word at or after <paramref name="from"/>; -1 if none.</summary>
    public static int IndexOfWord(ReadOnlySpan<byte> s, ReadOnlySpan<byte> word, int from = 0)
    {
        for (var i = IndexOfIgnoreCase(s, word, from); i >= 0; i = IndexOfIgnoreCase(s, word, i + 1))
        {
            var end = i + word.Length;
            if ((i == 0 || IsBlank(s[i - 1])) && (end == s.Length || IsBlank(s[end])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Leading decimal digits of <paramref name="s"/> as a non-negative long; false when there are none or they overflow.</summary>
    public static bool TryParseDigits(ReadOnlySpan<byte> s, out long value, out int consumed)
    {
        value = 0;
        consumed = 0;
        while (consumed < s.Length)
        {
            var digit = (uint)(s[consumed] - '0');
            if (digit > 9)
            {
                break;
            }
            // 18 digits always fit a long: only longer numbers need the (dividing) overflow check.
            if (consumed >= 18 && value > (long.MaxValue - digit) / 10)
            {
                value = 0;
                return false;
            }
            value = (value * 10) + digit;
            consumed++;
        }
        return consumed > 0;
    }
}
