namespace EsaTls.Core.Parsing;

/// <summary>Recipient ids: <c>[0]</c>, <c>[0, 1]</c>, <c>[0,1]</c>, or a bare <c>0</c> (3.x bounce lines).</summary>
internal static class RidList
{
    /// <summary>
    /// Reads the list at the cursor, up to its own closing bracket (anything after it, such as a logged-headers
    /// list, is left unread). False for an empty, unterminated or non-numeric list.
    /// </summary>
    public static bool TryRead(ref SpanCursor c, out int[] rids)
    {
        rids = [];
        var rest = c.Rest();
        if (rest.IsEmpty)
        {
            return false;
        }
        if (rest[0] != (byte)'[')
        {
            if (!c.TryInt(out var single))
            {
                return false;
            }
            rids = [single];
            return true;
        }
        // First pass validates and counts, so the array is allocated once with its exact size.
        var count = Scan(rest, null, out var used);
        if (count <= 0)
        {
            return false;
        }
        rids = new int[count];
        Scan(rest, rids, out _);
        c.Advance(used);
        return true;
    }

    /// <summary>Number of ids in the list at <paramref name="s"/>[0] == '[' (filling <paramref name="into"/> when given); -1 if malformed.</summary>
    private static int Scan(ReadOnlySpan<byte> s, int[]? into, out int used)
    {
        used = 0;
        var count = 0;
        var i = 1;
        while (true)
        {
            while (i < s.Length && Utf8Text.IsBlank(s[i]))
            {
                i++;
            }
            if (i < s.Length && s[i] == (byte)']' && count == 0)
            {
                return -1;
            }
            if (!Utf8Text.TryParseDigits(s[i..], out var rid, out var digits) || rid > int.MaxValue)
            {
                return -1;
            }
            if (into is not null)
            {
                into[count] = (int)rid;
            }
            count++;
            i += digits;
            while (i < s.Length && Utf8Text.IsBlank(s[i]))
            {
                i++;
            }
            if (i >= s.Length)
            {
                return -1;
            }
            if (s[i] == (byte)']')
            {
                used = i + 1;
                return count;
            }
            if (s[i] != (byte)',')
            {
                return -1;
            }
            i++;
        }
    }
}
